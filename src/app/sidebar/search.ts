// Search by case number, name or mobile: results are always masked (a search is not a need to know).
import { maskPhone, normalizeArabicName, toLatinDigits } from '../../domain/text';
import { parseState, statusLabel } from '../register/caseRecord';
import type { Register } from '../../ports';
import type { SearchHit } from '../../ui/contract';

export const MIN_QUERY_LENGTH = 3;
export const MAX_RESULTS = 20;

const digitsOnly = (s: string) => toLatinDigits(s).replace(/\D/g, '');

/** The Saudi mobile's last nine digits, so 05…, 9665… and +9665… match one another. */
const phoneKey = (s: string) => digitsOnly(s).slice(-9);

export function searchCases(register: Register, rawQuery: string): SearchHit[] | 'too_short' {
  const query = String(rawQuery ?? '').trim();
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
  return hits;
}
