// The composition root: builds the adapters one execution needs, once, for the entry functions.
import { SheetsRegister } from '../adapters/sheets/sheetsRegister';
import { ScriptPropertiesStore } from '../adapters/script/properties';
import { ScriptLocker, INTERACTIVE_WAIT_MS } from '../adapters/script/lock';
import { SessionIdentity, systemClock } from '../adapters/script/identity';
import { DocsWriter } from '../adapters/docs/docsWriter';
import { MailAppMailer } from '../adapters/mail/mailAppMailer';
import type {
  Clock, ConfigCache, KeyValueStore, Continuations, DocumentWriter, Identity, Locker, Mailer, Register, RegisterRows, RowLinks, ShippedDataSource, StandingDocuments,
} from '../ports';
import { ScriptConfigCache } from '../adapters/script/configCache';
import { ShippedDataFile } from '../adapters/script/shippedDataFile';
import { Outbox } from '../app/notify/outbox';
import { ScriptFollowUpTrigger } from '../adapters/script/continuations';
import { PendingContinuations } from '../app/schedule';
import type { ChannelDelivery } from '../ports/notification';
import type { Profile } from '../profiles/schema';
import { SmsGateway } from '../adapters/sms/smsGateway';
import { WhatsAppCloud } from '../adapters/whatsapp/cloudApi';
import { PropertiesDailyCounter } from '../adapters/script/dailyCounter';
import { messagingOf, urlFetchDaily } from '../app/notify/channels';
import { BeneficiaryIndex } from '../app/intake/beneficiaryIndex';
import { HmacKeyedHash } from '../adapters/script/keyedHash';

/** What the channels need of the register's configuration: the profile and the settings tab. */
export interface ChannelConfig {
  profile: Profile;
  settings: Record<string, string>;
}

export interface Services {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  register: Register;
  /** Deleting the register's rows (the archive), through the same tables as `register`. */
  rows: RegisterRows;
  /** Links to a row of the register (the digests' case lines), from the same spreadsheet. */
  links: RowLinks;
  store: ScriptPropertiesStore;
  locker: Locker;
  clock: Clock;
  /** Follow-up runs of the scheduled jobs: the waiting list in script properties, one one-off trigger. */
  continuations: Continuations;
  identity: Identity;
  docs: DocumentWriter;
  /** Documents kept under one key and revised in place (the record of processing). */
  documents: StandingDocuments;
  configCache: ConfigCache;
  shipped: ShippedDataSource;
  mailer(senderName: string): Mailer;
  /** The status web app's address once deployed (null before). */
  statusUrl(): string | null;
  /** SMS and WhatsApp as the organisation set them up. Adding a channel: its adapter, one line here. */
  channels(config: ChannelConfig): ChannelDelivery;
  /** The one outbox every workflow queues its messages in (and sends through, under its in-flight guard);
   *  with the configuration, it sends on SMS and WhatsApp too. */
  outbox(senderName: string, config?: ChannelConfig): Outbox;
  /** The beneficiaries' lookup index (the hidden lookup tab, keyed by this install's secret); callers hold the lock. */
  beneficiaryIndex(): BeneficiaryIndex;
}

/** Only the script properties and the clock: what the hourly run reads to learn that nothing is due. */
export function propertiesAndClock(): { store: KeyValueStore; clock: Clock } {
  return { store: new ScriptPropertiesStore(), clock: systemClock };
}

export function services(lockWaitMs: number = INTERACTIVE_WAIT_MS): Services {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = new ScriptPropertiesStore();
  const register = new SheetsRegister(spreadsheet);
  const docs = new DocsWriter(store);
  let index: BeneficiaryIndex | null = null;
  return {
    spreadsheet,
    register,
    rows: register,
    links: register,
    store,
    locker: new ScriptLocker(lockWaitMs),
    clock: systemClock,
    continuations: new PendingContinuations(store, new ScriptFollowUpTrigger()),
    identity: new SessionIdentity(),
    docs,
    documents: docs,
    configCache: new ScriptConfigCache(),
    shipped: new ShippedDataFile(),
    mailer: (senderName) => new MailAppMailer(senderName),
    channels,
    statusUrl: () => ScriptApp.getService().getUrl() || null,
    beneficiaryIndex: () => (index ??= new BeneficiaryIndex({ register, hash: new HmacKeyedHash(store), tabs: register })),
    outbox: (senderName, config) => new Outbox(register.table('outbox'), new MailAppMailer(senderName), systemClock, store, config ? channels(config) : null),
  };

  function channels(config: ChannelConfig): ChannelDelivery {
    const messaging = messagingOf(config.profile, config.settings);
    const sms = messaging.sms ? { provider: messaging.sms.provider, sender: messaging.sms.sender ?? '', userName: messaging.sms.userName, url: messaging.sms.url } : null;
    return {
      adapters: {
        sms: new SmsGateway(sms, store),
        whatsapp: new WhatsAppCloud(messaging.whatsapp?.phoneNumberId ? { phoneNumberId: messaging.whatsapp.phoneNumberId } : null, store),
      },
      counter: new PropertiesDailyCounter(store, systemClock),
      // The account's figure, known from the mail quota Google reported (consumer until a Workspace day is seen).
      limits: { sms: messaging.sms?.dailyLimit ?? null, whatsapp: messaging.whatsapp?.dailyLimit ?? null, urlfetch: urlFetchDaily(store) },
    };
  }
}
