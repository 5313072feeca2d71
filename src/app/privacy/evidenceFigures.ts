// The evidence pack's figures (issue 17, item 7): every number counted from register rows of the period, with
// the rule it was counted by, so anyone can count it again from the tabs (docs/privacy.md lists the rules).
import type { Register, Row } from '../../ports';
import type { Profile } from '../../profiles';
import { channelKey, tabsFor } from '../../ports';
import { isoOfCell } from '../register/dates';
import { parseComplaint } from '../complaints/complaints';
import { kindOf } from '../satisfaction/satisfactionDeps';
import { SATISFACTION_ITEMS, FIELD_ACTIVITY_KINDS, enabledActivityKinds, type FieldActivityKind } from '../../domain/satisfaction';
import { compareIsoDate, isIsoDate, type IsoDate } from '../../domain/time';
import type { ReportPeriod } from '../../domain/privacy';
import { t } from '../../i18n';

export interface DeadlineFigures {
  received: number;
  answered: number;
  /** Answered on or before the due date. */
  onTime: number;
  /** Not answered while the due date has passed (at the day the pack was made). */
  overdue: number;
}

export interface EvidenceFigures {
  period: ReportPeriod;
  /** The Riyadh day the figures were counted on: answers and overdue items are as of this day. */
  asOf: IsoDate;
  requests: DeadlineFigures & { byChannel: Array<{ label: string; count: number }> };
  complaints: (DeadlineFigures & { closed: number; settled: number; notSettled: number; averageDaysToAnswer: number | null }) | null;
  surveys: Array<{ kind: 'after_service' | 'periodic' | 'response_only'; sent: number; responses: number; average: number | null }>;
  fieldActivities: Array<{ kind: FieldActivityKind; count: number; participants: number }> | null;
  staff: { total: number; signed: Array<{ name: string; date: string }> };
  dataRequests: (DeadlineFigures & { extended: number; byKind: Record<'access' | 'correction' | 'destruction', number> }) | null;
  breaches: { recorded: number; notified: number; notifiedInTime: number; open: number } | null;
}

const within = (day: IsoDate | null, p: ReportPeriod): boolean => day !== null && compareIsoDate(day, p.from) >= 0 && compareIsoDate(day, p.to) <= 0;
const hasTab = (profile: Profile, tab: string): boolean => tabsFor(profile).some((s) => s.key === tab);
const text = (v: Row[string] | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/** Received in the period; answered (the answer column filled), on time (answered on or before the due day),
 *  overdue (no answer and the due day before `asOf`). A row with no due date yet (an incomplete request) is
 *  neither on time nor overdue. */
export function deadlineFigures<C extends string>(
  rows: ReadonlyArray<Partial<Row<C>>>, receivedKey: NoInfer<C>, answeredKey: NoInfer<C>, dueKey: NoInfer<C>, period: ReportPeriod, asOf: IsoDate,
): DeadlineFigures {
  const received = rows.filter((r) => within(isoOfCell(r[receivedKey]), period));
  let answered = 0;
  let onTime = 0;
  let overdue = 0;
  for (const r of received) {
    const answer = isoOfCell(r[answeredKey]);
    const due = isoOfCell(r[dueKey]);
    if (answer) {
      answered += 1;
      if (due && compareIsoDate(answer, due) <= 0) onTime += 1;
    } else if (due && compareIsoDate(due, asOf) < 0) overdue += 1;
  }
  return { received: received.length, answered, onTime, overdue };
}

const dayNumber = (d: IsoDate): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

function requestFigures(register: Register, profile: Profile, period: ReportPeriod, asOf: IsoDate): EvidenceFigures['requests'] {
  const rows = register.table('cases').readAll().map((r) => r.row);
  const inPeriod = rows.filter((r) => within(isoOfCell(r.received_at), period));
  const labelOf = (id: string) => t(channelKey(id));
  const byChannel = profile.channels.map((c) => ({ label: c.labelAr, count: inPeriod.filter((r) => [labelOf(c.id), c.labelAr, c.id].includes(text(r.channel))).length }));
  const listed = byChannel.reduce((n, c) => n + c.count, 0);
  if (listed < inPeriod.length) byChannel.push({ label: t('evidence.channel.other'), count: inPeriod.length - listed });
  return { ...deadlineFigures(rows, 'received_at', 'notified_at', 'due_date', period, asOf), byChannel };
}

function complaintFigures(register: Register, period: ReportPeriod, asOf: IsoDate): EvidenceFigures['complaints'] {
  const rows = register.table('complaints').readAll().map((r) => r.row);
  const inPeriod = rows.filter((r) => within(isoOfCell(r.received_at), period));
  let settled = 0;
  let notSettled = 0;
  const days: number[] = [];
  for (const r of inPeriod) {
    const state = parseComplaint(r);
    if ('settled' in state) {
      if (state.settled) settled += 1;
      else notSettled += 1;
    }
    const from = isoOfCell(r.received_at);
    const to = isoOfCell(r.notified_at);
    if (from && to) days.push(dayNumber(to) - dayNumber(from));
  }
  return {
    ...deadlineFigures(rows, 'received_at', 'notified_at', 'due_date', period, asOf),
    closed: inPeriod.filter((r) => isoOfCell(r.closed_at) !== null).length,
    settled,
    notSettled,
    averageDaysToAnswer: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
  };
}

function surveyFigures(register: Register, period: ReportPeriod): EvidenceFigures['surveys'] {
  const rows = register.table('surveys').readAll().map((r) => r.row);
  return (['after_service', 'periodic', 'response_only'] as const).map((kind) => {
    const mine = rows.filter((r) => kindOf(r) === kind);
    const answers = mine.filter((r) => within(isoOfCell(r.responded_at), period))
      .flatMap((r) => SATISFACTION_ITEMS.map((k) => Number(r[k])).filter((n) => Number.isFinite(n) && n >= 1 && n <= 5));
    return {
      kind,
      sent: mine.filter((r) => within(isoOfCell(r.sent_at), period)).length,
      responses: mine.filter((r) => within(isoOfCell(r.responded_at), period)).length,
      average: answers.length ? Math.round((answers.reduce((a, b) => a + b, 0) / answers.length) * 10) / 10 : null,
    };
  });
}

function fieldFigures(register: Register, profile: Profile, period: ReportPeriod): EvidenceFigures['fieldActivities'] {
  if (!hasTab(profile, 'field_activities')) return null;
  const rows = register.table('field_activities').readAll().map((r) => r.row);
  const kinds = enabledActivityKinds(profile);
  return FIELD_ACTIVITY_KINDS.filter((k) => kinds.includes(k)).map((kind) => {
    const label = t(`policy.satisfaction.activity.${kind}`);
    const mine = rows.filter((r) => text(r.kind) === label && within(isIsoDate(text(r.date)) ? (text(r.date) as IsoDate) : null, period));
    return { kind, count: mine.length, participants: mine.reduce((n, r) => n + (Number(r.participants) || 0), 0) };
  });
}

function staffFigures(register: Register): EvidenceFigures['staff'] {
  const rows = register.table('staff').readAll().map((r) => r.row).filter((r) => text(r.email));
  const yes = t('list.ack.yes');
  return {
    total: rows.length,
    signed: rows.filter((r) => text(r.policy_ack) === yes).map((r) => ({ name: text(r.name) || text(r.email), date: text(r.ack_date).split(' — ')[0] })),
  };
}

function dataRequestFigures(register: Register, profile: Profile, period: ReportPeriod, asOf: IsoDate): EvidenceFigures['dataRequests'] {
  if (!hasTab(profile, 'data_requests')) return null;
  const rows = register.table('data_requests').readAll().map((r) => r.row);
  const inPeriod = rows.filter((r) => within(isoOfCell(r.received_at), period));
  const kindCount = (k: 'access' | 'correction' | 'destruction') => inPeriod.filter((r) => text(r.request_kind) === t(`dataRequest.kind.${k}`)).length;
  return {
    ...deadlineFigures(rows, 'received_at', 'answered_at', 'due_date', period, asOf),
    extended: inPeriod.filter((r) => isoOfCell(r.extended_at) !== null).length,
    byKind: { access: kindCount('access'), correction: kindCount('correction'), destruction: kindCount('destruction') },
  };
}

function breachFigures(register: Register, profile: Profile, period: ReportPeriod): EvidenceFigures['breaches'] {
  if (!hasTab(profile, 'breaches')) return null;
  const rows = register.table('breaches').readAll().map((r) => r.row).filter((r) => within(isoOfCell(r.recorded_at), period));
  const at = (v: Row[string] | undefined) => (v && typeof v === 'object' ? (v as Date).getTime() : NaN);
  const notified = rows.filter((r) => Number.isFinite(at(r.notified_at)));
  return {
    recorded: rows.length,
    notified: notified.length,
    notifiedInTime: notified.filter((r) => at(r.notified_at) <= at(r.notify_by)).length,
    open: rows.length - notified.length,
  };
}

/** Every figure of the pack for one period, counted on `asOf`. */
export function evidenceFigures(register: Register, profile: Profile, period: ReportPeriod, asOf: IsoDate): EvidenceFigures {
  return {
    period,
    asOf,
    requests: requestFigures(register, profile, period, asOf),
    complaints: profile.features.complaints ? complaintFigures(register, period, asOf) : null,
    surveys: surveyFigures(register, period),
    fieldActivities: fieldFigures(register, profile, period),
    staff: staffFigures(register),
    dataRequests: dataRequestFigures(register, profile, period, asOf),
    breaches: breachFigures(register, profile, period),
  };
}
