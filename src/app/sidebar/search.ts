// Search by case number, name or mobile: results are always masked (a search is not a need to know).
import { cleanText, maskPhone, normalizeArabicName, toLatinDigits } from '../../domain/text';
import { parseState, statusLabel } from '../register/caseRecord';
import type { ArchiveBooks, Register } from '../../ports';
import { caseYear } from '../archive/archive';
import { t } from '../../i18n';
import type { SearchHit } from '../../ui/contract';
import { withDigits, type Digits } from '../../domain/time';

export const MIN_QUERY_LENGTH = 3;
export const MAX_RESULTS = 20;

const digitsOnly = (s: string) => toLatinDigits(s).replace(/\D/g, '');

/** The Saudi mobile's last nine digits, so 05…, 9665… and +9665… match one another. */
const phoneKey = (s: string) => digitsOnly(s).slice(-9);

/** An archived case, found by its whole number in the archive its Hijri year names (never by name: the
 *  archives are not scanned). */
function archivedHit(books: ArchiveBooks, caseNo: string, mobiles: Map<string, string>): SearchHit | null {
  const year = caseYear(caseNo);
  const found = year === null ? null : books.existing(year, 'cases')?.findBy('case_no', caseNo);
  if (!found || !found.row.state) return null;
  const mobile = mobiles.get(String(found.row.beneficiary_id ?? '')) ?? '';
  return {
    caseNo,
    name: String(found.row.beneficiary_name ?? ''),
    mobile: mobile ? maskPhone(mobile) : '',
    statusLabel: `${statusLabel(parseState(found.row).status)} — ${t('archive.archived')}`,
    archived: true,
  };
}

/** Hits carry the number and masked mobile as staff read them too, in the organisation's `digits`. */
export function searchCases(register: Register, rawQuery: string, books: ArchiveBooks | null = null, digits: Digits = 'latn'): SearchHit[] | 'too_short' {
  // Direction marks and isolates copied with a number from a mail or the panel are dropped.
  const query = cleanText(String(rawQuery ?? ''));
  if (query.length < MIN_QUERY_LENGTH) return 'too_short';
  const nameQuery = normalizeArabicName(query);
  const phoneQuery = digitsOnly(query).length >= 4 ? phoneKey(query) : null;
  const caseQuery = toLatinDigits(query).toUpperCase();
  const mobiles = new Map<string, string>();
  for (const { row } of register.table('beneficiaries').readAll()) mobiles.set(String(row.beneficiary_id ?? ''), String(row.mobile ?? ''));
  const hits: SearchHit[] = [];
  for (const { row } of register.table('cases').readAll()) {
    if (!row.case_no || !row.state) continue;
    const caseNo = String(row.case_no);
    const name = String(row.beneficiary_name ?? '');
    const mobile = mobiles.get(String(row.beneficiary_id ?? '')) ?? '';
    const matches =
      caseNo.toUpperCase().includes(caseQuery) ||
      (nameQuery !== '' && normalizeArabicName(name).includes(nameQuery)) ||
      (phoneQuery !== null && mobile !== '' && phoneKey(mobile).includes(phoneQuery));
    if (!matches) continue;
    hits.push({ caseNo, name, mobile: mobile ? maskPhone(mobile) : '', statusLabel: statusLabel(parseState(row).status) });
    if (hits.length >= MAX_RESULTS) break;
  }
  if (books && !hits.some((h) => h.caseNo.toUpperCase() === caseQuery)) {
    const archived = archivedHit(books, caseQuery, mobiles);
    if (archived) hits.unshift(archived);
  }
  return hits.slice(0, MAX_RESULTS).map((h) => ({ ...h, caseNoLabel: withDigits(h.caseNo, digits), mobile: withDigits(h.mobile, digits) }));
}
