// Ports of the yearly archive: the archive spreadsheets, and deleting register rows.
import type { TableOf, TabKey } from './register';

export type ArchivedTab = 'cases' | 'complaints' | 'claims' | 'programs' | 'registrations' | 'attendance' | 'evaluations' | 'outbox' | 'audit';
/** In this order: a program before its registrations, attendance and evaluations (they follow it), the
 *  audit last (a row stays while its case or complaint is in the register). */
export const ARCHIVED_TABS: readonly ArchivedTab[] = ['cases', 'complaints', 'claims', 'programs', 'registrations', 'attendance', 'evaluations', 'outbox', 'audit'];

/** The archive spreadsheets, one per Hijri year. */
export interface ArchiveBooks {
  /** A tab of that year's archive, the archive and its tabs created on first use. */
  table<T extends ArchivedTab>(year: number, tab: T): TableOf<T>;
  /** A tab of that year's archive when the archive exists, else null (lookups never create one). */
  existing<T extends ArchivedTab>(year: number, tab: T): TableOf<T> | null;
  /** The archive's link, or null when that year has none. */
  url(year: number): string | null;
}

/** Deleting register rows (a Table only adds and rewrites them). */
export interface RegisterRows {
  /** Deletes the rows, contiguous blocks bottom-up, one delete per block; returns the blocks. */
  deleteRows(tab: TabKey, rowNumbers: number[]): number;
}
