// What a letter to a beneficiary says of the policy: the clause cited with its board approval, its words quoted only where they promise the reader something.
import type { Profile } from '../../profiles';
import { t } from '../../i18n';

/**
 * Words that open a duty the policy puts on staff («التوضيح للمستفيد…», «السعي الحثيث…», «تسهيل…»): such a clause
 * speaks of the beneficiary in the third person and is never pasted into a letter to them.
 */
const STAFF_DUTY_OPENINGS = ['التوضيح', 'التأكد', 'التأكيد', 'السعي', 'التفاوض', 'تسهيل', 'تقديم', 'استكمال', 'إقرار', 'حال', 'عمل', 'توفير', 'تحديد', 'حسن', 'المحافظة', 'تأدية', 'التقييد'];

/** True when a clause's words may be quoted to the beneficiary: they state a rule or promise, not a staff duty about "the beneficiary". */
export function isPromiseToReader(clause: string): boolean {
  const text = clause.trim();
  if (!text) return false;
  const first = text.split(/\s+/)[0];
  if (STAFF_DUTY_OPENINGS.includes(first)) return false;
  return !/المستفيد/u.test(text);
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
  const clause = list.join(t('letter.cite.and'));
  return t(list.length > 1 ? 'letter.cite.many' : 'letter.cite.one', { clause, approval: approvalWords(profile) });
}

/** A clause in the reader's letter: quoted as the policy's words with its citation when it promises the reader, else only cited. */
export function policyPromise(profile: Profile, clause: string, fallbackId: string): { quote: string | null; cite: string } {
  const id = clauseIdOf(profile, clause) ?? fallbackId;
  return { quote: isPromiseToReader(clause) ? clause.trim() : null, cite: citeClauses(profile, [id]) };
}
