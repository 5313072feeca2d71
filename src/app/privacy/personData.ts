// Everything the register holds on one person (issue 17): their beneficiary rows, then every row of every tab
// that names their case, complaint or claim numbers or carries their ID, mobile or e-mail. The access document
// prints it; the anonymiser erases it.
import type { ColumnOf, Register, Row, Table, TabKey } from '../../ports';
import type { Profile } from '../../profiles';
import { tabsFor, type TabSpec } from '../../ports';
import { maskEmail, maskNationalId, maskPhone } from '../../domain/text';
import { withDigits } from '../../domain/time';

/** The identifiers a person is found by, in every form the register writes them. */
export interface Person {
  beneficiaryIds: string[];
  nationalId: string;
  names: string[];
  mobiles: string[];
  emails: string[];
}

export interface HeldRow {
  tab: TabKey;
  rowNumber: number;
  row: Row;
}

/** Tabs a person's data may be in: all but the organisation's own (settings, holidays, staff, the breach log). */
const NOT_PERSONAL: ReadonlySet<TabKey> = new Set<TabKey>(['settings', 'holidays', 'staff', 'breaches', 'lookup']);
/** The columns that carry a record's number: a row naming one of the person's numbers is theirs. */
const NUMBER_COLUMNS: ReadonlyArray<ColumnOf<TabKey>> = ['case_no', 'complaint_no', 'claim_no', 'reg_no', 'survey_ref'];

const text = (v: Row[string] | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/** A mobile as the register stores it (+9665…) and as people write it (05…, 9665…). */
function mobileForms(mobile: string): string[] {
  const digits = mobile.replace(/\D/g, '');
  const local = digits.startsWith('966') ? `0${digits.slice(3)}` : digits.startsWith('5') ? `0${digits}` : digits;
  const intl = local.startsWith('0') ? `966${local.slice(1)}` : digits;
  // A response sheet turns «0551234567» into the number 551234567: the national number without its zero too.
  return [...new Set([mobile, local, intl, `+${intl}`, local.replace(/^0/, '')].filter((m) => m.replace(/\D/g, '').length >= 9))];
}

/** The person behind a national ID (every beneficiary row carrying it); null when the register holds none. */
export function findPerson(register: Register, nationalId: string): Person | null {
  const found = register.table('beneficiaries').findAllBy('national_id', nationalId);
  if (found.length === 0) return null;
  const rows = found.map((f) => f.row);
  const list = (key: ColumnOf<'beneficiaries'>) => [...new Set(rows.map((r) => text(r[key])).filter(Boolean))];
  return {
    beneficiaryIds: list('beneficiary_id'),
    nationalId,
    names: list('full_name'),
    mobiles: list('mobile').flatMap(mobileForms),
    emails: list('email').map((e) => e.toLowerCase()),
  };
}

/** Values that identify the person wherever they appear (a row holding one is theirs). */
export const identifiers = (p: Person): string[] => [p.nationalId, ...p.mobiles, ...p.emails].filter((v) => v.length >= 6);

/** Every value to erase from a row that is theirs: identifiers, names, and their masked forms. */
export const erasable = (p: Person): string[] =>
  [...new Set([...identifiers(p), ...p.names, maskNationalId(p.nationalId), ...p.mobiles.map(maskPhone), ...p.emails.map(maskEmail)]
    // Documents and mail of an organisation writing Arabic-Indic digits hold the numbers that way too.
    .flatMap((v) => [v, withDigits(v, 'arab')]))]
    .filter((v) => v.length >= 3)
    .sort((a, b) => b.length - a.length);

/** Whether a row belongs to the person: their beneficiary number, one of their record numbers, or an identifier in any cell. */
function isTheirs(row: Row, p: Person, numbers: ReadonlySet<string>, ids: readonly string[]): boolean {
  if (p.beneficiaryIds.includes(text(row.beneficiary_id))) return true;
  if (NUMBER_COLUMNS.some((k) => numbers.has(text(row[k])))) return true;
  return Object.values(row).some((v) => {
    if (typeof v !== 'string' || v.length < 6) return false;
    const lower = v.toLowerCase();
    return ids.some((id) => lower.includes(id.toLowerCase()));
  });
}

/** The tabs to look in, in an order where a record is found before the rows that name it. */
export function personalTabs(profile: Profile): TabSpec[] {
  const order: TabKey[] = ['beneficiaries', 'cases', 'complaints', 'claims', 'registrations'];
  const tabs = tabsFor(profile).filter((s) => !NOT_PERSONAL.has(s.key));
  return [...tabs].sort((a, b) => (order.indexOf(a.key) + 1 || 99) - (order.indexOf(b.key) + 1 || 99));
}

/** Matches rows of one table, adding the record numbers of matched rows to `numbers`. */
export function theirRows(tab: TabKey, table: Table, p: Person, numbers: Set<string>): HeldRow[] {
  const ids = identifiers(p);
  const mine: HeldRow[] = [];
  for (const { rowNumber, row } of table.readAll()) {
    if (!isTheirs(row, p, numbers, ids)) continue;
    mine.push({ tab, rowNumber, row });
    for (const k of NUMBER_COLUMNS) if (text(row[k]) && tab !== 'audit' && tab !== 'outbox') numbers.add(text(row[k]));
  }
  return mine;
}

/** Everything the register holds on the person, tab by tab. */
export function heldOn(register: Register, profile: Profile, p: Person): { rows: HeldRow[]; numbers: Set<string> } {
  const numbers = new Set<string>();
  const rows = personalTabs(profile).flatMap((spec) => theirRows(spec.key, register.table(spec.key), p, numbers));
  return { rows, numbers };
}
