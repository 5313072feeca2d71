// The evidence pack (issue 17, item 7): a quarterly and a yearly Google Doc for the board and the governance
// assessment, one per period revised in place, written from the menu and by the daily run after a period ends.
import type { DocBlock, DocModel, KeyValueStore, Register, StandingDocuments } from '../../ports';
import type { Profile } from '../../profiles';
import type { AuditTrail } from '../audit';
import { evidenceFigures, type DeadlineFigures, type EvidenceFigures } from './evidenceFigures';
import { endedPeriods, parsePeriod, quarterOf, type ReportPeriod } from '../../domain/privacy';
import { formatDual, withDigits, type IsoDate } from '../../domain/time';
import { knownLabel, t, type LabelUnder } from '../../i18n';
import { failure } from '../../domain/codedError';

/** The standing document's key: one document per period. */
export const evidenceKey = (period: ReportPeriod): string => `evidence_${period.key}`;
/** Script property: the periods whose closing pack the daily run has written (a JSON list of keys). */
export const EVIDENCE_WRITTEN_KEY = 'EVIDENCE_WRITTEN';

type Row3 = [string, string, string];

function render(f: EvidenceFigures, profile: Profile): DocModel {
  const digits = profile.digits;
  const n = (v: number | null): string => (v === null ? '—' : withDigits(String(v), digits));
  const share = (a: number, b: number): string => (b === 0 ? '—' : withDigits(`${Math.round((100 * a) / b)}%`, digits));
  const row = (id: LabelUnder<'evidence.row.'> & LabelUnder<'evidence.how.'>, value: string): Row3 => [t(`evidence.row.${id}`), value, t(`evidence.how.${id}`)];
  const header = [t('evidence.col.figure'), t('evidence.col.value'), t('evidence.col.how')];
  const deadlineRows = (prefix: 'requests' | 'complaints' | 'dataRequests', d: DeadlineFigures): Row3[] => [
    row(`${prefix}.received`, n(d.received)),
    row(`${prefix}.answered`, n(d.answered)),
    row(`${prefix}.onTime`, n(d.onTime)),
    row(`${prefix}.overdue`, n(d.overdue)),
    row(`${prefix}.share`, share(d.onTime, d.answered + d.overdue)),
  ];
  const p = f.period;
  const periodName = p.kind === 'quarter'
    ? t('evidence.period.quarter', { quarter: t(knownLabel(`evidence.quarter.${p.quarter}`)), year: withDigits(String(p.year), digits) })
    : t('evidence.period.year', { year: withDigits(String(p.year), digits) });
  const a = profile.approval;
  const blocks: DocBlock[] = [
    { kind: 'paragraph', text: t('evidence.period.range', { period: periodName, from: formatDual(p.from, { digits }), to: formatDual(p.to, { digits }) }), bold: true },
    { kind: 'paragraph', text: t('evidence.asOf', { date: formatDual(f.asOf, { digits }) }) },
    { kind: 'paragraph', text: t('evidence.summary', {
      requests: t('evidence.count.requests', { count: n(f.requests.received) }),
      complaints: f.complaints ? t('evidence.count.complaints', { count: n(f.complaints.received) }) : t('evidence.none.complaints'),
      dataRequests: t('evidence.count.dataRequests', { count: n(f.dataRequests?.received ?? 0) }),
      breaches: t('evidence.count.breaches', { count: n(f.breaches?.recorded ?? 0) }),
    }) },
    { kind: 'heading', level: 2, text: t('evidence.section.policy') },
    { kind: 'table', header: [t('evidence.col.field'), t('evidence.col.detail')], rows: [
      [t('evidence.approval.body'), a.body || '—'],
      [t('evidence.approval.meeting'), a.meetingNumber ? withDigits(a.meetingNumber, digits) : '—'],
      [t('evidence.approval.minutes'), a.minutesNumber ? withDigits(a.minutesNumber, digits) : '—'],
      [t('evidence.approval.hijri'), a.hijriDate ? withDigits(a.hijriDate, digits) : '—'],
      [t('evidence.approval.gregorian'), a.gregorianDate ? withDigits(a.gregorianDate, digits) : '—'],
      [t('evidence.approval.chair'), [a.chair, a.chairTitle].filter(Boolean).join('، ') || '—'],
    ] },
    { kind: 'heading', level: 2, text: t('evidence.section.channels') },
    { kind: 'paragraph', text: t('evidence.channels.inUse', { channels: profile.channels.map((c) => c.labelAr).join('، ') }) },
    { kind: 'table', header: [t('evidence.col.channel'), t('evidence.col.requests')], rows: f.requests.byChannel.map((c) => [c.label, n(c.count)]) },
    { kind: 'heading', level: 2, text: t('evidence.section.requests') },
    { kind: 'table', header, rows: deadlineRows('requests', f.requests) },
  ];
  if (f.complaints) {
    const c = f.complaints;
    blocks.push(
      { kind: 'heading', level: 2, text: t('evidence.section.complaints') },
      { kind: 'table', header, rows: [
        ...deadlineRows('complaints', c),
        row('complaints.settled', n(c.settled)),
        row('complaints.notSettled', n(c.notSettled)),
        row('complaints.closed', n(c.closed)),
        row('complaints.averageDays', n(c.averageDaysToAnswer)),
      ] },
    );
  }
  blocks.push(
    { kind: 'heading', level: 2, text: t('evidence.section.satisfaction') },
    { kind: 'paragraph', text: t('evidence.satisfaction.methods', { methods: profile.satisfaction.methods.map((m) => m.labelAr).join('، ') }) },
    { kind: 'table', header: [t('evidence.col.survey'), t('evidence.col.sent'), t('evidence.col.responses'), t('evidence.col.average')],
      rows: f.surveys.map((s) => [t(`satisfaction.kind.${s.kind}`), n(s.sent), n(s.responses), n(s.average)]) },
  );
  if (f.fieldActivities) {
    blocks.push({ kind: 'table', header: [t('evidence.col.activity'), t('evidence.col.count'), t('evidence.col.participants')],
      rows: f.fieldActivities.map((x) => [t(`policy.satisfaction.activity.${x.kind}`), n(x.count), n(x.participants)]) });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: t('evidence.section.staff') },
    { kind: 'paragraph', text: t('evidence.staff.signed', { signed: t('evidence.count.staff', { count: n(f.staff.signed.length) }), total: n(f.staff.total) }) },
  );
  if (f.staff.signed.length) blocks.push({ kind: 'table', header: [t('evidence.col.name'), t('evidence.col.signedOn')], rows: f.staff.signed.map((s) => [s.name, s.date ? withDigits(s.date, digits) : '—']) });
  if (f.dataRequests) {
    const d = f.dataRequests;
    blocks.push(
      { kind: 'heading', level: 2, text: t('evidence.section.dataRequests') },
      { kind: 'table', header, rows: [
        ...deadlineRows('dataRequests', d),
        row('dataRequests.extended', n(d.extended)),
        row('dataRequests.access', n(d.byKind.access)),
        row('dataRequests.correction', n(d.byKind.correction)),
        row('dataRequests.destruction', n(d.byKind.destruction)),
      ] },
    );
  }
  if (f.breaches) {
    const b = f.breaches;
    blocks.push(
      { kind: 'heading', level: 2, text: t('evidence.section.breaches') },
      { kind: 'table', header, rows: [
        row('breaches.recorded', n(b.recorded)),
        row('breaches.notified', n(b.notified)),
        row('breaches.inTime', n(b.notifiedInTime)),
        row('breaches.open', n(b.open)),
      ] },
    );
  }
  blocks.push({ kind: 'heading', level: 2, text: t('evidence.section.method') }, { kind: 'paragraph', text: t('evidence.method') });
  return { title: t('evidence.title', { period: periodName, org: profile.name.ar }), blocks };
}

export interface EvidenceDeps {
  register: Register;
  documents: StandingDocuments;
  audit: AuditTrail;
  profile: Profile;
}

/** The pack of one period counted on `asOf`: written the first time, revised in place after; audited. */
export function writeEvidencePack(deps: EvidenceDeps, period: ReportPeriod, asOf: IsoDate, actor: string): { url: string; created: boolean; figures: EvidenceFigures } {
  const figures = evidenceFigures(deps.register, deps.profile, period, asOf);
  const doc = deps.documents.upsert(evidenceKey(period), render(figures, deps.profile));
  deps.audit.record({ actor, action: 'evidence_pack', details: t(doc.created ? 'evidence.audit.created' : 'evidence.audit.revised', { period: period.key }) });
  deps.audit.flush();
  return { url: doc.url, created: doc.created, figures };
}

/** The period a staff member asks for («2026-Q4», «2026»), or the current quarter when none is given. */
export function requestedPeriod(text: string | undefined, today: IsoDate): ReportPeriod {
  if (text === undefined || String(text).trim() === '') return quarterOf(today);
  const period = parsePeriod(String(text));
  if (!period) throw failure('INVALID_INPUT', 'evidence.error.period', { value: String(text) });
  return period;
}

/** The daily run's part: each period that has ended and whose closing pack is not written yet, once. A
 *  second run the same day finds it written; a run that fails before the mark writes it again in place. */
export function writeEndedPacks(deps: EvidenceDeps & { store: KeyValueStore }, today: IsoDate): string[] {
  const stored = deps.store.get(EVIDENCE_WRITTEN_KEY);
  // The first run after installing owes nothing for periods that ended before the product kept the register.
  if (stored === null) {
    deps.store.set(EVIDENCE_WRITTEN_KEY, JSON.stringify(endedPeriods(today).map((p) => p.key)));
    return [];
  }
  const written = new Set<string>(JSON.parse(stored) as string[]);
  const done: string[] = [];
  for (const period of endedPeriods(today)) {
    if (written.has(period.key)) continue;
    writeEvidencePack(deps, period, today, 'system');
    written.add(period.key);
    // Only the last eight keys are kept: two years of quarters and years is plenty to stop a repeat.
    deps.store.set(EVIDENCE_WRITTEN_KEY, JSON.stringify([...written].slice(-8)));
    done.push(period.key);
  }
  return done;
}
