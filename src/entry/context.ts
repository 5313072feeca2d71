// The composition root: builds the adapters one execution needs, once, for the entry functions.
import { SheetsRegister } from '../adapters/sheets/sheetsRegister';
import { ScriptPropertiesStore } from '../adapters/script/properties';
import { ScriptLocker, INTERACTIVE_WAIT_MS } from '../adapters/script/lock';
import { SessionIdentity, systemClock } from '../adapters/script/identity';
import { DocsWriter } from '../adapters/docs/docsWriter';
import { MailAppMailer } from '../adapters/mail/mailAppMailer';
import type {
  Clock, ConfigCache, Continuations, DocumentWriter, Identity, Locker, Mailer, Register, RegisterRows, ShippedDataSource, StandingDocuments,
} from '../ports';
import { ScriptConfigCache } from '../adapters/script/configCache';
import { ShippedDataFile } from '../adapters/script/shippedDataFile';
import { Outbox } from '../app/notify/outbox';
import { ScriptFollowUpTrigger } from '../adapters/script/continuations';
import { PendingContinuations } from '../app/schedule';

export interface Services {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  register: Register;
  /** Deleting the register's rows (the archive), through the same tables as `register`. */
  rows: RegisterRows;
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
  /** The one outbox every workflow queues its messages in (and sends through, under its in-flight guard). */
  outbox(senderName: string): Outbox;
}

export function services(lockWaitMs: number = INTERACTIVE_WAIT_MS): Services {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = new ScriptPropertiesStore();
  const register = new SheetsRegister(spreadsheet);
  const docs = new DocsWriter(store);
  return {
    spreadsheet,
    register,
    rows: register,
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
    outbox: (senderName) => new Outbox(register.table('outbox'), new MailAppMailer(senderName), systemClock, store),
  };
}
