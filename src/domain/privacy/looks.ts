// Who looked (PDPL, RB-2): a search's query made safe for the audit, and the people who opened unusually many cases not theirs.
import { maskNationalId, maskPhone, toLatinDigits } from '../text';

/** A person who opened more than this many distinct cases not theirs in one week is listed in the manager's
 *  weekly summary (docs/policy-workflows.md, "Personal data"). A working officer opens their own cases; a
 *  few others (a colleague's on leave) are normal; two dozen is not. */
export const UNUSUAL_LOOKS_PER_WEEK = 20;

/** Case numbers as the register writes them (1448-00002, CM-1448-00003…): kept as typed. */
const CASE_NUMBER = /^[A-Z]{0,4}-?\d{4}-\d{1,6}$/i;

/** The query as the audit may keep it: a case number as typed; any run of 4 or more digits (a national ID,
 *  a mobile or part of one) masked; names kept (a search by name is how staff find a person). */
export function auditableQuery(raw: string): string {
  const query = toLatinDigits(String(raw ?? '').trim());
  if (CASE_NUMBER.test(query)) return query;
  return query.replace(/\+?\d[\d\s-]{2,}\d/g, (run) => {
    const digits = run.replace(/\D/g, '');
    if (digits.length < 4) return run;
    return /^(05|9665|5)/.test(digits) && digits.length >= 9 ? maskPhone(digits) : maskNationalId(digits);
  });
}

export interface CaseLook {
  actor: string;
  caseNo: string;
  /** False when the case was not the person's own work when they opened it. */
  theirs: boolean;
}

/** Per person, the distinct cases not theirs they opened, when more than `threshold`; most first. */
export function unusualLooks(looks: readonly CaseLook[], threshold: number = UNUSUAL_LOOKS_PER_WEEK): Array<{ actor: string; count: number }> {
  const others = new Map<string, Set<string>>();
  for (const look of looks) {
    if (look.theirs || !look.actor || !look.caseNo) continue;
    const actor = look.actor.trim().toLowerCase();
    const set = others.get(actor) ?? new Set<string>();
    set.add(look.caseNo);
    others.set(actor, set);
  }
  return [...others.entries()]
    .map(([actor, cases]) => ({ actor, count: cases.size }))
    .filter((p) => p.count > threshold)
    .sort((a, b) => b.count - a.count || a.actor.localeCompare(b.actor));
}
