// The sweep's emails: one digest per person per day, and the "still being studied" note to a beneficiary.
import type { OutgoingMail } from '../../ports';
import type { Profile } from '../../profiles';
import { renderMail } from '../notify/mailTemplate';
import { formatDual, type IsoDate } from '../../domain/time';
import type { Digest, DigestLine, StudyNote } from '../../domain/schedule';
import { t } from '../../i18n';
import { staffName, type ScheduleConfig } from './ports';
import { citeClauses, clauseIdOf } from '../notify/policyWords';

// The organisation's digits are applied by renderMail, to the whole mail at once.
function lineText(line: DigestLine, config: ScheduleConfig): string {
  return t(`schedule.line.${line.kind}`, {
    kind: t(`schedule.kind.${line.caseKind}`),
    caseNo: line.caseNo,
    days: line.workingDays,
    due: formatDual(line.due, { digits: 'latn' }),
    officer: line.officer ? staffName(config, line.officer) : t('schedule.officer.none'),
  });
}

/** What the reader is asked to do, by the kinds of line they got: an officer answers before the date, a manager
 *  follows up what is late; the requests' reply dates cited from the policy (the clause and its board approval). */
function digestNextSteps(digest: Digest, config: ScheduleConfig): string[] {
  const toAnswer = digest.lines.filter((l) => l.kind !== 'escalation').length;
  const late = digest.lines.length - toAnswer;
  const steps: string[] = [];
  if (toAnswer > 0) steps.push(t('schedule.digest.next.answer', { count: toAnswer, menu: t('menu.rowActions') }));
  if (late > 0) steps.push(t('schedule.digest.next.escalation', { count: late }));
  if (digest.lines.some((l) => l.caseKind === 'request')) {
    const { profile } = config;
    steps.push(t('schedule.digest.policy', { cite: citeClauses(profile, [clauseIdOf(profile, profile.deadline.clauseAr) ?? 'SR-5']) }));
  }
  return steps;
}

/** A digest lists this many cases and counts the rest: a mail is read, and the outbox keeps it in one cell. */
export const DIGEST_LIST_MAX = 40;

/** `rowLink` gives the address of a case's row in the register (null for one not found there). */
export function digestMail(digest: Digest, day: IsoDate, config: ScheduleConfig, rowLink: (caseNo: string) => string | null = () => null): OutgoingMail {
  const digits = config.profile.digits;
  const lines = digest.lines.slice(0, DIGEST_LIST_MAX);
  const shown = lines.map((line) => lineText(line, config));
  const rest = digest.lines.length - shown.length;
  const links = lines.map((line) => {
    const url = rowLink(line.caseNo);
    return url ? { url, label: t('schedule.digest.openRow') } : null;
  });
  return renderMail({
    to: digest.recipient,
    subject: t('schedule.digest.subject', { date: formatDual(day, { digits }) }),
    greeting: t('schedule.digest.greeting', { name: staffName(config, digest.recipient) }),
    paragraphs: [t('schedule.digest.intro', { count: digest.lines.length })],
    list: rest > 0 ? [...shown, t('schedule.digest.more', { count: rest })] : shown,
    listLinks: links,
    after: digestNextSteps(digest, config),
    footer: `${t('schedule.digest.closing')}\n${config.profile.mailFooterAr}`,
    digits,
  });
}

/** To the beneficiary by email, or to the officer as a follow-up task when the agreed channel is not email. */
export function studyNoteMail(note: StudyNote, to: string, asTask: boolean, profile: Profile): OutgoingMail {
  return renderMail({
    to,
    subject: t('schedule.study.subject', { caseNo: note.caseNo }),
    greeting: asTask ? t('schedule.study.task', { caseNo: note.caseNo }) : t('schedule.study.greeting'),
    paragraphs: [t('schedule.study.body', { caseNo: note.caseNo })],
    footer: profile.mailFooterAr,
    digits: profile.digits,
  });
}
