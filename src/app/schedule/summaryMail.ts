// The weekly manager summary as an Arabic email: figures, and bar charts drawn with table cells (no image),
// which every mail client renders and which need no Drive file or chart service.
import type { OutgoingMail } from '../../ports';
import { escapeHtml as escapeOnly } from '../../domain/html';
import { isolateIfLtr, isolateRuns, isolatesToHtml } from '../../domain/text/bidi';
import { formatDual, withDigits } from '../../domain/time';
import type { WeeklyStats } from '../../domain/schedule';
import { t, type LabelKey } from '../../i18n';
import { staffName, type ScheduleConfig } from './ports';
import { UNUSUAL_LOOKS_PER_WEEK } from '../../domain/privacy';
import { mailBlockOpen } from '../notify/mailTemplate';
import { citeClauses } from '../notify/policyWords';

export interface Bar {
  label: string;
  value: number;
  color: string;
}

/** Escaped, each isolated left-to-right token (a case number, an address in the footer) as <bdi dir="ltr">. */
const escapeHtml = (s: string) => isolatesToHtml(escapeOnly(s));

/** One row per bar: label, a coloured cell as long as the value (relative to the largest), the value. The
 *  lengths are shares of the bar column (a fixed-layout table), not pixels: on a phone the mail client shrinks
 *  the table, and pixel widths squeezed into less room came out alike (3 and 2 drawn the same). */
export function barChartHtml(title: string, bars: readonly Bar[], digits: 'arab' | 'latn'): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars
    .map((b) => {
      const share = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * 100));
      const rest = 100 - share;
      const bar =
        share === 0
          ? ''
          : `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="width:100%;table-layout:fixed;border-collapse:collapse"><tr>` +
            `<td width="${share}%" height="16" bgcolor="${b.color}" style="background:${b.color};width:${share}%;height:16px;font-size:0;line-height:0">&nbsp;</td>` +
            (rest > 0 ? `<td width="${rest}%" style="width:${rest}%;font-size:0;line-height:0">&nbsp;</td>` : '') +
            `</tr></table>`;
      return `<tr><th style="text-align:right;padding:3px 8px;font-weight:normal;width:38%">${escapeHtml(b.label)}</th><td style="padding:3px 4px;width:50%">${bar}</td><td style="padding:3px 8px;width:12%"><b>${escapeHtml(withDigits(String(b.value), digits))}</b></td></tr>`;
    })
    .join('');
  return `<h3 style="margin:16px 0 4px">${escapeHtml(title)}</h3><table dir="rtl" role="presentation" width="100%" style="width:100%;table-layout:fixed;border-collapse:collapse">${rows}</table>`;
}

type Fact = [string, string];

/** A person the summary names for unusual looking, with how many cases not theirs they opened. */
export interface UnusualLook {
  actor: string;
  count: number;
}

function facts(stats: WeeklyStats, digits: 'arab' | 'latn'): { requests: Fact[]; complaints: Fact[] } {
  const n = (v: number | null) => (v === null ? t('schedule.summary.noValue') : withDigits(String(v), digits));
  const requests: Fact[] = [
    [t('schedule.summary.received'), n(stats.received)],
    [t('schedule.summary.completed'), n(stats.completed)],
    [t('schedule.summary.answered'), n(stats.answered)],
    [t('schedule.summary.onTime'), n(stats.answeredOnTime)],
    [t('schedule.summary.late'), n(stats.answeredLate)],
    [t('schedule.summary.overdueOpen'), n(stats.overdueOpen)],
    [t('schedule.summary.median'), n(stats.replyWorkingDays.median)],
    [t('schedule.summary.p90'), n(stats.replyWorkingDays.p90)],
  ];
  const complaints: Fact[] = stats.complaints
    ? [
        [t('schedule.summary.complaintsOpen'), n(stats.complaints.open)],
        [t('schedule.summary.complaintsOldest'), n(stats.complaints.oldestWorkingDays)],
      ]
    : [];
  return { requests, complaints };
}

const factTable = (rows: Fact[]) =>
  `<table dir="rtl" style="border-collapse:collapse;margin:8px 0">${rows
    .map(([k, v]) => `<tr><th style="text-align:right;padding:4px 8px;background:#e6f2ee">${escapeHtml(k)}</th><td style="padding:4px 8px">${escapeHtml(v)}</td></tr>`)
    .join('')}</table>`;

const lookHtml = ([first, ...people]: string[]) =>
  `<h3 style="margin:16px 0 4px">${escapeHtml(t('privacy.looks.section'))}</h3><p>${escapeHtml(first)}</p>` +
  (people.length ? `<ul>${people.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : '');

/** The "who looked" lines: each person by staff name with their count, or that nobody went past the threshold. */
function looksLines(looks: readonly UnusualLook[], config: ScheduleConfig): string[] {
  const digits = config.profile.digits;
  const threshold = withDigits(String(UNUSUAL_LOOKS_PER_WEEK), digits);
  if (looks.length === 0) return [t('privacy.looks.none', { threshold })];
  return [
    t('privacy.looks.intro', { threshold }),
    ...looks.map((l) => t('privacy.looks.line', { name: staffName(config, l.actor), count: withDigits(String(l.count), digits) })),
  ];
}

export function summaryMail(stats: WeeklyStats, to: string, config: ScheduleConfig, looks: readonly UnusualLook[] | null = null): OutgoingMail {
  const digits = config.profile.digits;
  const footer = withDigits(isolateRuns(config.profile.mailFooterAr), digits);
  const from = formatDual(stats.week.from, { digits });
  const until = formatDual(stats.week.to, { digits });
  const subject = t('schedule.summary.subject', { week: t('schedule.summary.week', { from, to: until }) });
  const { requests, complaints } = facts(stats, digits);
  const complaintLines = stats.complaints
    ? stats.complaints.ages.slice(0, 10).map((a) => withDigits(t('schedule.summary.complaintAge', { caseNo: a.caseNo, days: a.workingDays }), digits))
    : [t('schedule.summary.complaintsNone')];
  const satisfaction = stats.satisfaction
    ? withDigits(t('schedule.summary.satisfactionValue', { average: stats.satisfaction.average.toFixed(1), scale: stats.satisfaction.scale, responses: stats.satisfaction.responses }), digits)
    : t('schedule.summary.satisfactionNone');
  const officer = (email: string) => (email ? withDigits(isolateIfLtr(staffName(config, email)), digits) : t('schedule.summary.unassigned'));
  const weekBars: Bar[] = [
    { label: t('schedule.summary.received'), value: stats.received, color: '#4a7fb5' },
    { label: t('schedule.summary.onTime'), value: stats.answeredOnTime, color: '#2e8b57' },
    { label: t('schedule.summary.late'), value: stats.answeredLate, color: '#d9822b' },
    { label: t('schedule.summary.overdueOpen'), value: stats.overdueOpen, color: '#c0392b' },
  ];
  const loadBars: Bar[] = stats.officerLoad.map((l) => ({ label: officer(l.officer), value: l.open, color: '#6c5b9e' }));
  // Addressed to the manager; SAT-5 and SAT-6 (Esrar) put this follow-up on senior management, so they are cited.
  const sat = ['SAT-5', 'SAT-6'].filter((id) => config.profile.clauses[id]);
  const intro = sat.length > 0
    ? t('schedule.summary.introCited', { from, to: until, cite: citeClauses(config.profile, sat) })
    : t('schedule.summary.introManager', { from, to: until });
  // What the manager is asked to do this week, counted through the catalog's plural forms.
  const next = withDigits(t('schedule.summary.next', { count: stats.overdueOpen }), digits);
  const section = (key: LabelKey) => `<h3 style="margin:16px 0 4px">${escapeHtml(t(key))}</h3>`;

  const text = [
    t('schedule.summary.greeting'),
    '',
    intro,
    '',
    t('schedule.summary.section.requests'),
    ...requests.map(([k, v]) => `${k}: ${v}`),
    '',
    t('schedule.summary.section.complaints'),
    ...complaints.map(([k, v]) => `${k}: ${v}`),
    ...complaintLines.map((l) => `• ${l}`),
    '',
    t('schedule.summary.section.satisfaction'),
    satisfaction,
    '',
    t('schedule.summary.section.load'),
    ...loadBars.map((b) => `${b.label}: ${withDigits(String(b.value), digits)}`),
    '',
    ...(looks ? [t('privacy.looks.section'), ...looksLines(looks, config).map((l, i) => (i === 0 ? l : `• ${l}`)), ''] : []),
    next,
    '',
    t('schedule.summary.privacy'),
    footer,
  ].join('\n');

  const html =
    mailBlockOpen(640) +
    `<p>${escapeHtml(t('schedule.summary.greeting'))}</p><p>${escapeHtml(intro)}</p>` +
    barChartHtml(t('schedule.summary.section.requests'), weekBars, digits) +
    factTable(requests) +
    section('schedule.summary.section.complaints') +
    (complaints.length ? factTable(complaints) : '') +
    `<ul>${complaintLines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` +
    section('schedule.summary.section.satisfaction') +
    `<p>${escapeHtml(satisfaction)}</p>` +
    barChartHtml(t('schedule.summary.section.load'), loadBars, digits) +
    (looks ? lookHtml(looksLines(looks, config)) : '') +
    `<p>${escapeHtml(next)}</p>` +
    `<p style="color:#555;font-size:13px">${escapeHtml(t('schedule.summary.privacy'))}<br>${escapeHtml(footer)}</p></div>`;
  return { to, subject, text, html };
}
