// The add-on's way to a register: the one each user chose (user properties), opened by id as that user, checked
// to be a register Mustafid set up with the user on its staff tab; and the services its cards read it with.
import { SheetsRegister } from '../../adapters/sheets/sheetsRegister';
import { SessionIdentity, systemClock } from '../../adapters/script/identity';
import { ShippedDataFile } from '../../adapters/script/shippedDataFile';
import { loadConfig, PROFILE_ID_KEY, type RegisterConfig, type StaffMember } from '../../app/config';
import { staffMemberOf } from '../../app/access';
import type { Clock, Identity, KeyValueStore, Register } from '../../ports';
import { cleanText } from '../../domain/text';
import { errorCode } from '../errors';
import { CodedError, type ErrorParams } from '../../domain/codedError';
import type { MessageKey } from '../../i18n';

/** The user property holding the id of the register this user chose (per user, per add-on project). */
export const CHOSEN_REGISTER_KEY = 'MUSTAFID_REGISTER_ID';

/** What the add-on reads a register with. No lock: its only writes are audit rows, which the register's tab
 *  takes with appendRow (append-only, no lock needed); the register's own project holds its script lock. */
export interface AddonServices {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  register: Register;
  clock: Clock;
  identity: Identity;
  config: RegisterConfig;
  member: StaffMember;
}

type AddonRefusalKey = Extract<MessageKey, `addon.error.${string}`>;

function refusal<K extends AddonRefusalKey>(key: K, code: string, params?: ErrorParams<K>, cause?: unknown): CodedError {
  // The underlying error is kept for the log (a wrong id and a file not shared read alike to the person).
  const detail = cause instanceof Error ? { detail: cause.message } : {};
  return new CodedError(code, { key, params: params ?? {} }, detail);
}

/** The spreadsheet id in a link (…/spreadsheets/d/ID/…) or a bare id; a refusal in Arabic otherwise. */
export function registerIdOf(typed: unknown): string {
  const text = cleanText(String(typed ?? '')).trim();
  if (!text) throw refusal('addon.error.blankRef', 'BLANK_REF');
  const fromUrl = /\/spreadsheets\/d\/([\w-]{20,})/.exec(text)?.[1];
  if (fromUrl) return fromUrl;
  if (/^[\w-]{20,}$/.test(text)) return text;
  throw refusal('addon.error.badRef', 'BAD_REF');
}

/** The register's profile id, from the settings tab setup writes (the register's project keeps it in its own
 *  script properties, which another project cannot read). Read only: the add-on sets nothing there. */
class SettingsProfileStore implements KeyValueStore {
  private profileId: string | null | undefined;

  constructor(private readonly register: Register) {}

  get(key: string): string | null {
    if (key !== PROFILE_ID_KEY) return null;
    if (this.profileId === undefined) {
      const row = this.register.table('settings').findBy('key', 'profile_id');
      this.profileId = row && row.row.value ? String(row.row.value) : null;
    }
    return this.profileId;
  }

  set(): void {
    throw new Error('The add-on writes no register setting', { cause: { code: 'READ_ONLY' } });
  }

  setAll(): void {
    this.set();
  }
}

/** How loadConfig fails on a spreadsheet that is not a register set up by Mustafid. */
const NOT_A_REGISTER = new Set(['MISSING_TAB', 'MISSING_COLUMN', 'NOT_SET_UP', 'UNKNOWN_PROFILE']);

const CANNOT_OPEN = /do not have permission to access the requested document|Unexpected error while getting the method or property openById|Bad value|not found/i;

/** Opens a spreadsheet by id as the user; a refusal in Arabic when it does not exist or is not shared with them. */
function open(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  try {
    return SpreadsheetApp.openById(id);
  } catch (err) {
    // Google's words for an id that names nothing and for a file not shared with the user; any other failure
    // (a service busy for a moment) keeps its own message, so nobody is told to ask for sharing they have.
    if (err instanceof Error && CANNOT_OPEN.test(err.message)) throw refusal('addon.error.cannotOpen', 'CANNOT_OPEN', undefined, err);
    throw err;
  }
}

/** The register with the caller's staff row: refused unless Mustafid set it up and the caller is on its staff tab. */
export function readRegister(id: string): AddonServices {
  const spreadsheet = open(id);
  const register = new SheetsRegister(spreadsheet);
  const identity = new SessionIdentity();
  let config: RegisterConfig;
  try {
    config = loadConfig({ register, store: new SettingsProfileStore(register), shipped: new ShippedDataFile() });
  } catch (err) {
    // No settings or staff tab, no profile id, or a profile this deployment does not ship: not a register it can
    // read. Anything else (Sheets busy, the data file missing) keeps its own message.
    if (NOT_A_REGISTER.has(errorCode(err))) throw refusal('addon.error.notRegister', 'NOT_A_REGISTER', undefined, err);
    throw err;
  }
  const email = identity.currentUserEmail();
  if (!email) throw refusal('addon.error.unidentified', 'UNIDENTIFIED');
  let member: StaffMember;
  try {
    member = staffMemberOf(config.staff, email);
  } catch {
    throw refusal('addon.error.notStaff', 'NOT_STAFF', { email });
  }
  return { spreadsheet, register, clock: systemClock, identity, config, member };
}

/** The id this user chose, or null. */
export function chosenRegisterId(): string | null {
  return PropertiesService.getUserProperties().getProperty(CHOSEN_REGISTER_KEY);
}

/** Checks the register (as readRegister does) and keeps it as this user's choice. */
export function chooseRegister(id: string): AddonServices {
  const services = readRegister(id);
  PropertiesService.getUserProperties().setProperty(CHOSEN_REGISTER_KEY, id);
  return services;
}
