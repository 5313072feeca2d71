// PR-8: the program report, ready to publish: attendance by day and evaluation results, with no participant named.
import { knownLabel, t, type Lang } from '../../i18n';
import type { DocBlock, DocModel } from '../docModel';
import { formatDual, withDigits } from '../time';
import type { Organisation } from '../compensation/minutes';
import type { SurveyScores } from '../satisfaction/scoring';
import { daysAttended, type AttendanceRecord } from './attendance';
import type { Program } from './program';

/** Evaluation items of a program (PR-7), answered on a 1–5 scale. */
export const PROGRAM_EVALUATION_ITEMS = ['content', 'presenter', 'organisation', 'benefit', 'overall'] as const;

/**
 * The report document. It is published on the website (PR-8), so it carries counts and averages only:
 * names stay in the register (RB-2, privacy).
 */
export function programReportDoc(
  program: Program,
  results: { readonly enrolledIds: readonly string[]; readonly attendance: readonly AttendanceRecord[]; readonly evaluation: SurveyScores },
  organisation: Organisation,
  lang: Lang = 'ar',
): DocModel {
  const digits = lang === 'ar' ? organisation.digits : 'latn';
  const num = (n: number | null): string => (n === null ? '—' : withDigits(String(n), digits));
  const enrolled = results.enrolledIds.length;
  const dates = [...new Set(results.attendance.map((r) => r.date))].sort();
  const attended = daysAttended(results.attendance);
  const atLeastOnce = results.enrolledIds.filter((id) => (attended.get(id) ?? 0) > 0).length;
  const everyDay = results.enrolledIds.filter((id) => dates.length > 0 && attended.get(id) === dates.length).length;
  const title = t('policy.program.report.title', { program: program.nameAr }, lang);
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: lang === 'ar' ? organisation.name.ar : organisation.name.en },
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      text: t('policy.program.report.dates', {
        start: formatDual(program.startDate, { lang, digits }), end: formatDual(program.endDate, { lang, digits }),
      }, lang),
    },
    { kind: 'paragraph', text: t('policy.program.report.enrolled', { enrolled: num(enrolled), capacity: num(program.capacity) }, lang) },
    { kind: 'heading', level: 2, text: t('policy.program.report.attendance', {}, lang) },
    {
      kind: 'table',
      header: [t('policy.program.report.day', {}, lang), t('policy.program.report.present', {}, lang), t('policy.program.report.absent', {}, lang)],
      rows: dates.map((date) => {
        const present = results.attendance.filter((r) => r.date === date && r.present).length;
        return [formatDual(date, { lang, digits }), num(present), num(enrolled - present)];
      }),
    },
    { kind: 'paragraph', text: t('policy.program.report.attendedSummary', { once: num(atLeastOnce), every: num(everyDay), enrolled: num(enrolled) }, lang) },
    { kind: 'heading', level: 2, text: t('policy.program.report.evaluation', {}, lang) },
    { kind: 'paragraph', text: t('policy.program.report.responses', { responses: num(results.evaluation.responses) }, lang) },
    {
      kind: 'table',
      header: [t('policy.program.report.item', {}, lang), t('policy.program.report.average', {}, lang)],
      rows: results.evaluation.items.map((item) => [t(knownLabel(`policy.program.evaluation.${item.key}`), {}, lang), num(item.average)]),
    },
    { kind: 'paragraph', text: t('policy.program.report.overall', { overall: num(results.evaluation.overall) }, lang), bold: true },
  ];
  return { title, blocks };
}
