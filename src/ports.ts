// Ports: the small interfaces the use cases (src/app) need, named by need; adapters implement them.
// Ports take and return plain data, never an Apps Script object.
import type { Profile } from './profiles/schema';
import type { FormSpec } from './app/forms/spec';
import type { Holiday } from './domain/time/calendar';

/** A row of a register tab, keyed by column key (see src/app/register/schema.ts). */
export type Row = Record<string, string | number | boolean | Date | null>;

export interface Clock {
  now(): Date;
}

/** Runs work under the script lock, so read-modify-write of the register is never interleaved. */
export interface Locker {
  withLock<T>(work: () => T): T;
}

/** Monotonic counters that are never reused (case numbers), kept outside the sheet. */
export interface Sequences {
  /** The next number of a never-reused sequence. With a `key` (a form response id), the number is reserved
   *  for that key: asked again with the same key (the response replayed after its trigger failed), it
   *  gives the same number, so a failed submission burns none. */
  next(name: string, key?: string | null): number;
}

/** Small persistent key/values (script properties). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  setAll(values: Record<string, string>): void;
}

/** One tab of the register read and written in batches: columns found by header, never by letter. */
export interface Table {
  /** Every data row (below the header), each with its 1-based sheet row number. */
  readAll(): Array<{ rowNumber: number; row: Row }>;
  /** The first row whose `key` column equals `value` (or, with `contains`, holds it as a word),
   *  found without reading the whole tab. */
  findBy(key: string, value: string, match?: 'whole' | 'contains'): { rowNumber: number; row: Row } | null;
  /** One row by its sheet row number (one read). */
  readRow(rowNumber: number): Row;
  /** Every data row's value in one column, as text (one read of that column alone). */
  columnValues(key: string): string[];
  /** Every row whose `key` column equals `value`, found without reading the whole tab. */
  findAllBy(key: string, value: string): Array<{ rowNumber: number; row: Row }>;
  /** The sheet row numbers whose `key` column equals `value`, found without reading any row. */
  rowNumbersWhere(key: string, value: string): number[];
  /** Rows by their sheet row numbers (as few reads as their spread allows). */
  readRows(rowNumbers: number[]): Array<{ rowNumber: number; row: Row }>;
  /** Appends rows; returns their sheet row numbers (none for an append-only tab, whose rows are
   *  never addressed again). */
  append(rows: Row[]): number[];
  /** Writes the given columns of the given rows, in as few writes as the row spread allows. */
  update(changes: Array<{ rowNumber: number; row: Partial<Row> }>): void;
  /** The column key at a 1-based sheet column, or null for a column the product does not own. */
  columnKeyAt(column: number): string | null;
  /** Shows a note on one cell (why an edit was refused). */
  note(rowNumber: number, key: string, text: string): void;
}

/** A form response as the form holds it; `handle` is what replaying it needs (the FormResponse itself). */
export interface SubmittedResponse<T> {
  id: string;
  atMs: number;
  handle: T;
}

/** The register: every tab by its key. */
export interface Register {
  table(tab: TabKey): Table;
}

export type TabKey = 'cases' | 'beneficiaries' | 'settings' | 'holidays' | 'staff' | 'audit' | 'outbox'
  // Programs, attendance and evaluations (PR); satisfaction surveys and field activities (SAT)
  | 'programs' | 'registrations' | 'attendance' | 'evaluations' | 'surveys' | 'field_activities'
  // Complaints, compensation claims and beneficiary data updates (issue 7: CM, CP, IN-3)
  | 'complaints' | 'claims' | 'updates'
  // Personal data (issue 17): suspected breaches and their 72-hour clock to notify the authority
  | 'breaches';

export interface OutgoingMail {
  to: string;
  cc?: string;
  subject: string;
  text: string;
  html: string;
  /** Where a reply goes (MailApp.sendEmail's replyTo): the contact officer of the case, not the sending account. */
  replyTo?: string;
}

/** Sends email now; throws on failure (the outbox decides about retries). */
export interface Mailer {
  remainingQuota(): number;
  send(mail: OutgoingMail): void;
}

/** A generated document (committee minutes): a title and right-to-left blocks. */
export interface DocModel {
  title: string;
  blocks: DocBlock[];
}
export type DocBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  /** rowHeight: the least height of each body row, in points (room for a signature). */
  | { kind: 'table'; header: string[]; rows: string[][]; rowHeight?: number };

/** Writes documents from the organisation's template (Docs); returns where the document is. */
export interface DocumentWriter {
  /** `revise`: the document's own key (a minutes number): written again, the same document is revised in place
   *  (its letterhead kept, its content replaced) rather than a second one made. */
  write(templateKey: string, model: DocModel, placeholders: Record<string, string>, options?: { revise?: string }): { id: string; url: string };
}

/** A standing document kept under one key and revised in place (the record of processing): the first write
 *  creates it in the documents folder, later ones replace its body, so its link never changes. */
export interface StandingDocuments {
  upsert(key: string, model: DocModel): { id: string; url: string; created: boolean };
}

/** Who is running this execution (staff actions are audited by email). */
export interface Identity {
  /** The person acting, as Google reveals them; '' when Google does not (an unidentified person). */
  currentUserEmail(): string;
}

/** A short-lived copy of the configuration tabs (JSON), dropped when they change. */
export interface ConfigCache {
  get(): string | null;
  put(value: string): void;
  drop(): void;
}

/** What the build computed from src/ and ships beside the bundle (build/data.html, written by
 *  scripts/shippedData.ts): every ready profile, the forms setup publishes for each, the default holidays. */
export interface ShippedData {
  profiles: Record<string, Profile>;
  forms: Record<string, FormSpec[]>;
  holidays: Holiday[];
}

/** Reads the shipped data (once per execution). */
export interface ShippedDataSource {
  read(): ShippedData;
}
