// The anonymiser (issue 17): a person's rows keep their dates, statuses and scores (so every count in the
// reports stays) while every personal cell is replaced by «[محذوف]» and their identifiers are erased from
// every other cell, their form responses, the documents linked from their rows, and the archives.
import type { PersonalDataEraser, Register, Row, Table } from '../../ports';
import type { Profile } from '../../profiles';
import type { ArchiveBooks } from '../../ports';
import { caseYear } from '../archive/archive';
import { ARCHIVED_TABS } from '../../ports';
import { tabSpec } from '../../ports';
import { erasable, heldOn, identifiers, theirRows, type HeldRow, type Person } from './personData';
import { riyadhDate, toHijri } from '../../domain/time';
import { t } from '../../i18n';
import type { BeneficiaryIndex } from '../intake/beneficiaryIndex';

export interface AnonymiseDeps {
  register: Register;
  profile: Profile;
  eraser: PersonalDataEraser;
  books: ArchiveBooks;
  now: Date;
  /** The beneficiaries' lookup index: the person's entries go with their values. */
  index?: BeneficiaryIndex;
}

export interface AnonymiseReport {
  rows: number;
  responses: number;
  documents: number;
  cells: number;
}

export const erasedMarker = (): string => t('privacy.erased');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DOC_LINK = /https:\/\/docs\.google\.com\/document\/d\/[\w-]+[^\s"]*/g;

/** The row's cells after erasure, only those that change; the audit keeps its rows, its details scrubbed. */
function erasedCells(held: HeldRow, values: readonly string[], marker: string, tabKey: HeldRow['tab']): Partial<Row> {
  const spec = tabSpec(tabKey);
  const pattern = values.length ? new RegExp(values.map(escape).join('|'), 'gi') : null;
  const change: Partial<Row> = {};
  for (const col of spec.columns) {
    const v = held.row[col.key];
    if (v === null || v === undefined || v === '') continue;
    if (col.personal && col.personal !== 'staff' && tabKey !== 'audit') {
      if (v !== marker) change[col.key] = marker;
    } else if (typeof v === 'string' && pattern) {
      const scrubbed = v.replace(pattern, marker);
      if (scrubbed !== v) change[col.key] = scrubbed;
    }
  }
  return change;
}

function eraseRows(table: Table, held: HeldRow[], values: readonly string[], marker: string): number {
  const changes = held.map((h) => ({ rowNumber: h.rowNumber, row: erasedCells(h, values, marker, h.tab) })).filter((c) => Object.keys(c.row).length > 0);
  if (changes.length) table.update(changes);
  return changes.length;
}

/** Erases the person everywhere; safe to run twice (the second run finds nothing of theirs to change). */
export function anonymisePerson(deps: AnonymiseDeps, person: Person, held = heldOn(deps.register, deps.profile, person)): AnonymiseReport {
  const marker = erasedMarker();
  // Free text the person wrote or staff wrote about them (details, reasons, comments) goes too, wherever copied.
  const freeText = held.rows.flatMap((h) => tabSpec(h.tab).columns
    .filter((c) => c.personal && c.personal !== 'staff' && c.personal !== 'identifier' && c.text)
    .map((c) => String(h.row[c.key] ?? '').trim())).filter((v) => v.length >= 8 && v !== marker);
  const values = [...new Set([...erasable(person), ...freeText])].sort((a, b) => b.length - a.length);

  const links = new Set<string>();
  const responses = new Set<string>();
  for (const h of held.rows) {
    for (const v of Object.values(h.row)) if (typeof v === 'string') for (const m of v.match(DOC_LINK) ?? []) links.add(m);
    const id = String(h.row.response_id ?? '').trim();
    if (id) responses.add(id);
  }
  // Their tags in the lookup index (keyed digests of their ID and name) go before the values they stand for.
  for (const h of held.rows) if (h.tab === 'beneficiaries') deps.index?.forget(h.rowNumber, h.row);
  const byTab = new Map<HeldRow['tab'], HeldRow[]>();
  for (const h of held.rows) byTab.set(h.tab, [...(byTab.get(h.tab) ?? []), h]);
  let rows = 0;
  for (const [tab, list] of byTab) rows += eraseRows(deps.register.table(tab), list, values, marker);

  // The archives of the years their records are numbered in, of this year and the last, and every year the
  // settings tab lists an archive for (once their case is archived, the register names no year of theirs).
  const thisYear = toHijri(riyadhDate(deps.now)).year;
  const listed = deps.register.table('settings').columnValues('key').map((k) => /^archive_(\d{4})$/.exec(String(k ?? ''))?.[1]).filter((y): y is string => Boolean(y)).map(Number);
  const years = new Set<number>([thisYear, thisYear - 1, ...listed, ...[...held.numbers].map(caseYear).filter((y): y is number => y !== null)]);
  for (const year of years) {
    const numbers = new Set(held.numbers);
    for (const tab of ARCHIVED_TABS) {
      const table = deps.books.existing(year, tab);
      if (!table) continue;
      const archived = theirRows(tab, table, person, numbers);
      rows += eraseRows(table, archived, values, marker);
    }
  }

  let deleted = 0;
  for (const id of responses) if (deps.eraser.deleteResponse(id)) deleted += 1;
  let documents = 0;
  for (const url of links) if (deps.eraser.scrubDocument(url, values, marker)) documents += 1;
  // The form-response sheets Google fills beside the register: the rows holding their identifiers.
  const cells = deps.eraser.eraseFromResponseSheets({ part: identifiers(person), whole: [...person.names, ...freeText] }, marker);
  return { rows, responses: deleted, documents, cells };
}
