// What a letter or form says of the policy to a beneficiary: the clause cited with its board approval, its words quoted only where the profile marks it a promise.
import type { Profile } from '../../profiles';
import { t } from '../../i18n';
import { isolateIfLtr } from '../../domain/text/bidi';

/** True when the profile marks the clause a promise to the beneficiary (`clauseVoices`, issue 15): only then are its words quoted to them. */
export function isPromise(profile: Profile, id: string | null): boolean {
  return id !== null && profile.clauseVoices?.[id] === 'promise';
}

/** The id of the profile's clause that holds `text` (the seeds repeat a clause's words elsewhere, e.g. the deadline). */
export function clauseIdOf(profile: Profile, text: string): string | null {
  const wanted = text.trim().replace(/[.。]$/u, '');
  const hit = Object.entries(profile.clauses).find(([, words]) => words.trim().replace(/[.。]$/u, '') === wanted);
  return hit ? hit[0] : null;
}

/** The board approval in a few words («، المعتمدة من مجلس الإدارة بالمحضر رقم 10 بتاريخ …»), '' where the seed has none. */
function approvalWords(profile: Profile): string {
  const a = profile.approval;
  if (!a.body) return '';
  const parts = [
    t('letter.approval.by', { body: a.body }),
    a.meetingNumber ? t('policy.approval.meeting', { meeting: a.meetingNumber }) : '',
    a.minutesNumber ? t('policy.approval.minutes', { minutes: a.minutesNumber }) : '',
    a.hijriDate ? t('policy.approval.hijri', { date: a.hijriDate }) : '',
  ].filter(Boolean);
  return parts.join(' ');
}

/** «البند SR-5 من سياسة تنظيم العلاقة مع المستفيدين، المعتمدة من …»: the clauses named, those the profile has. */
export function citeClauses(profile: Profile, ids: string[]): string {
  const held = ids.filter((id) => profile.clauses[id]);
  const list = held.length > 0 ? held : ids;
  // Each id isolated on its own: «SAT-5 وSAT-6» mixes directions, so the catalog would not isolate it whole.
  const clause = list.map(isolateIfLtr).join(t('letter.cite.and'));
  return t(list.length > 1 ? 'letter.cite.many' : 'letter.cite.one', { clause, approval: approvalWords(profile) });
}

/** A clause the profile marks a promise, quoted with its citation for a beneficiary's form or letter; '' for a duty, a statement or a clause the profile lacks. */
export function quotedPromise(profile: Profile, id: string): string {
  const words = profile.clauses[id]?.trim();
  return words && isPromise(profile, id) ? t('form.sr.policyQuoted', { quote: words, cite: citeClauses(profile, [id]) }) : '';
}

/** The reply period on the request form: the deadline clause quoted where it is a promise (Esrar's SR-5b), else in our words from the profile's rule, cited. */
export function deadlineForForm(profile: Profile): string {
  const promise = policyPromise(profile, profile.deadline.clauseAr, 'SR-5');
  if (promise.quote) return t('form.sr.deadline', { clause: `«${promise.quote}» (${promise.cite})` });
  const { rule } = profile.deadline;
  return t(rule.kind === 'working_days' ? 'form.sr.deadline.working' : 'form.sr.deadline.calendar', { days: rule.days, cite: promise.cite });
}

/** What the beneficiary attests on the request form: SR-4's words where the profile marks them a promise, else ours (the seeds' SR-4 is a staff duty). */
export function attestationWords(profile: Profile): string {
  const words = profile.clauses['SR-4']?.trim();
  return words && isPromise(profile, 'SR-4') ? words : t('form.sr.attestation.default');
}

/** A clause in the reader's letter: quoted as the policy's words with its citation when it promises the reader, else only cited. */
export function policyPromise(profile: Profile, clause: string, fallbackId: string): { quote: string | null; cite: string } {
  const id = clauseIdOf(profile, clause);
  return { quote: isPromise(profile, id) ? clause.trim() : null, cite: citeClauses(profile, [id ?? fallbackId]) };
}
