// The breach log (issue 17, PDPL art. 20, Implementing Regulation art. 24): staff record a suspected breach,
// its draft notice to the authority is written, managers are reminded at 24 h, 48 h and 72 h, and a manager
// records when the authority was notified, which stops the clock.
import type { Cell, CellsOf, Clock, DocBlock, DocumentWriter, Register } from '../../ports';
import type { AuditTrail } from '../audit';
import type { RegisterConfig } from '../config';
import { requireStep } from '../access';
import { entryToRow } from '../notify/outbox';
import { managersOf, staffName } from '../schedule/ports';
import { dueReminder, hoursLeft, notifyBy, parseMarks, riyadhInstant, type BreachMark } from '../../domain/privacy';
import { cleanText, toLatinDigits } from '../../domain/text';
import { escapeHtml } from '../../domain/html';
import { formatDual, riyadhDate, toHijri, withDigits } from '../../domain/time';
import { t } from '../../i18n';
import { failure } from '../../domain/codedError';

export interface BreachDeps {
  register: Register;
  clock: Clock;
  audit: AuditTrail;
  config: RegisterConfig;
  sequences: { next(name: string): number };
}

export interface BreachInput {
  whatHappened: string;
  discoveredDate: string;
  discoveredTime: string;
  dataAffected: string;
  peopleCount: number;
}

const refuse = (key: 'privacy.breach.error.TIME' | 'privacy.breach.error.FUTURE' | 'privacy.breach.error.EMPTY' | 'privacy.breach.error.COUNT', code: string): never => {
  throw failure(code, key);
};

/** Riyadh wall-clock "HH:MM" (UTC+3 all year). */
const riyadhClock = (d: Date): string => new Date(d.getTime() + 3 * 3_600_000).toISOString().slice(11, 16);

/** "الأحد 3 شعبان 1448 هـ — 11 يناير 2027 م، 14:30" in the organisation's digits. */
export function instantLabel(d: Date, digits: 'arab' | 'latn'): string {
  return withDigits(`${formatDual(riyadhDate(d), { digits })} ${riyadhClock(d)}`, digits);
}

const asDate = (v: Cell | undefined): Date | null =>
  v && typeof v === 'object' && typeof (v as Date).getTime === 'function' ? new Date((v as Date).getTime()) : null;

/** The draft of the notice to the authority: what the regulation asks a notice to say, from what staff recorded;
 *  what only the organisation can add (consequences, measures, contact) is marked to complete. */
export function breachNoticeBlocks(no: string, row: CellsOf<'breaches'>, config: BreachDeps['config']): DocBlock[] {
  const digits = config.profile.digits;
  const at = (v: Cell | undefined) => { const d = asDate(v); return d ? instantLabel(d, digits) : ''; };
  const todo = t('privacy.notice.toComplete');
  return [
    { kind: 'paragraph', text: t('privacy.notice.addressee') },
    { kind: 'paragraph', text: t('privacy.notice.basis') },
    { kind: 'heading', level: 2, text: t('privacy.notice.section.controller') },
    { kind: 'table', header: [t('privacy.notice.field'), t('privacy.notice.value')], rows: [
      [t('privacy.notice.controller'), config.profile.name.ar],
      [t('privacy.notice.city'), config.profile.city],
      [t('privacy.notice.contact'), todo],
    ] },
    { kind: 'heading', level: 2, text: t('privacy.notice.section.incident') },
    { kind: 'table', header: [t('privacy.notice.field'), t('privacy.notice.value')], rows: [
      [t('col.breaches.breach_no'), no],
      [t('col.breaches.discovered_at'), at(row.discovered_at)],
      [t('col.breaches.recorded_at'), at(row.recorded_at)],
      [t('col.breaches.notify_by'), at(row.notify_by)],
      [t('col.breaches.what_happened'), String(row.what_happened ?? '')],
      [t('col.breaches.data_affected'), String(row.data_affected ?? '')],
      [t('col.breaches.people_count'), withDigits(String(row.people_count ?? ''), digits)],
    ] },
    { kind: 'heading', level: 2, text: t('privacy.notice.section.consequences') },
    { kind: 'paragraph', text: todo },
    { kind: 'heading', level: 2, text: t('privacy.notice.section.measures') },
    { kind: 'paragraph', text: todo },
    { kind: 'heading', level: 2, text: t('privacy.notice.section.subjects') },
    { kind: 'paragraph', text: t('privacy.notice.subjects') },
  ];
}

/** Any staff member records a suspected breach; the row, its 72-hour deadline and the draft notice, audited. */
export function recordBreach(deps: BreachDeps & { docs: DocumentWriter }, input: BreachInput, actor: string): { breachNo: string; notifyBy: Date; deadlineLabel: string; noticeUrl: string } {
  const member = requireStep(deps.config.staff, actor, 'RecordBreach');
  const whatHappened = cleanText(String(input.whatHappened ?? ''));
  const dataAffected = cleanText(String(input.dataAffected ?? ''));
  if (!whatHappened || !dataAffected) refuse('privacy.breach.error.EMPTY', 'INVALID_INPUT');
  const people = Number(toLatinDigits(String(input.peopleCount ?? '')));
  if (!Number.isInteger(people) || people < 0) refuse('privacy.breach.error.COUNT', 'INVALID_INPUT');
  const discoveredAt = riyadhInstant(toLatinDigits(String(input.discoveredDate ?? '')), String(input.discoveredTime ?? ''));
  if (!discoveredAt) return refuse('privacy.breach.error.TIME', 'INVALID_INPUT');
  const now = deps.clock.now();
  if (discoveredAt.getTime() > now.getTime() + 60_000) refuse('privacy.breach.error.FUTURE', 'INVALID_INPUT');

  const year = toHijri(riyadhDate(now)).year;
  const breachNo = `DB-${year}-${String(deps.sequences.next(`db_${year}`)).padStart(3, '0')}`;
  const deadline = notifyBy(discoveredAt);
  const digits = deps.config.profile.digits;
  const row: CellsOf<'breaches'> = {
    breach_no: breachNo, recorded_at: now, recorded_by: member.email, discovered_at: discoveredAt,
    what_happened: whatHappened, data_affected: dataAffected, people_count: people,
    notify_by: deadline, notify_by_dual: instantLabel(deadline, digits), notice_url: '', notified_at: null, notified_by: '', reminder_marks: '',
  };
  const title = t('privacy.notice.title', { no: breachNo, org: deps.config.profile.name.ar });
  const doc = deps.docs.write('minutes', { title, blocks: breachNoticeBlocks(breachNo, row, deps.config) }, { title, date: formatDual(riyadhDate(now), { digits }) });
  row.notice_url = doc.url;
  deps.register.table('breaches').append([row]);
  deps.audit.record({ actor: member.email, action: 'breach_recorded', details: t('privacy.breach.audit', { no: breachNo, deadline: row.notify_by_dual as string }) });
  deps.audit.flush();
  return { breachNo, notifyBy: deadline, deadlineLabel: String(row.notify_by_dual), noticeUrl: doc.url };
}

/** A manager records that the authority was notified: the clock stops. Asked again, it says when it was. */
export function recordAuthorityNotified(deps: BreachDeps, breachNo: string, actor: string): { breachNo: string; already: boolean; message: string } {
  const member = requireStep(deps.config.staff, actor, 'NotifyAuthority');
  const no = toLatinDigits(String(breachNo ?? '')).trim().toUpperCase();
  const found = no ? deps.register.table('breaches').findBy('breach_no', no) : null;
  if (!found) throw failure('BREACH_NOT_FOUND', 'privacy.breach.error.NOT_FOUND', { no: no || '—' });
  const digits = deps.config.profile.digits;
  const was = asDate(found.row.notified_at);
  if (was) return { breachNo: no, already: true, message: t('privacy.breach.notified.already', { no, at: instantLabel(was, digits) }) };
  const now = deps.clock.now();
  deps.register.table('breaches').update([{ rowNumber: found.rowNumber, row: { notified_at: now, notified_by: member.email } }]);
  deps.audit.record({ actor: member.email, action: 'breach_notified', details: t('privacy.breach.notified.audit', { no, at: instantLabel(now, digits) }) });
  deps.audit.flush();
  return { breachNo: no, already: false, message: t('privacy.breach.notified.done', { no }) };
}

function reminderMail(no: string, row: CellsOf<'breaches'>, mark: BreachMark, now: Date, to: string, config: BreachDeps['config']) {
  const digits = config.profile.digits;
  const discovered = asDate(row.discovered_at) as Date;
  const left = withDigits(String(hoursLeft(discovered, now)), digits);
  const subject = mark === '72h' ? t('privacy.reminder.subject.deadline', { no }) : t('privacy.reminder.subject', { no, hours: left });
  const lines = [
    t('privacy.reminder.greeting', { name: staffName(config, to) }),
    mark === '72h' ? t('privacy.reminder.deadline', { no }) : t('privacy.reminder.body', { no, hours: left }),
    `${t('col.breaches.discovered_at')}: ${instantLabel(discovered, digits)}`,
    `${t('col.breaches.notify_by')}: ${String(row.notify_by_dual ?? '')}`,
    `${t('col.breaches.notice_url')}: ${String(row.notice_url ?? '')}`,
    t('privacy.reminder.how'),
    config.profile.mailFooterAr,
  ];
  const html = `<div dir="rtl" lang="ar" style="font-family:Tahoma,'Noto Naskh Arabic',Arial,sans-serif;text-align:right">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`;
  return { to, subject, text: lines.join('\n\n'), html };
}

/** Script property: 'open' while a recorded breach awaits its notice to the authority, 'none' otherwise. */
export const BREACHES_OPEN_KEY = 'BREACHES_OPEN';

/** The scheduled run's part: for every breach not notified, the reminder due now to each manager, queued once
 *  (the marks are written with the queued mail, under the run's lock, so a second run queues nothing). */
export function queueBreachReminders(deps: Omit<BreachDeps, 'audit' | 'sequences'> & { audit: AuditTrail }): { queued: number; breaches: string[]; open: number } {
  const table = deps.register.table('breaches');
  const now = deps.clock.now();
  const managers = managersOf(deps.config);
  const mail: Array<CellsOf<'outbox'>> = [];
  const marks: Array<{ rowNumber: number; row: CellsOf<'breaches'> }> = [];
  const breaches: string[] = [];
  let open = 0;
  for (const { rowNumber, row } of table.readAll()) {
    const discovered = asDate(row.discovered_at);
    if (!row.breach_no || !discovered || asDate(row.notified_at)) continue;
    open += 1;
    const due = dueReminder(discovered, parseMarks(String(row.reminder_marks ?? '')), now);
    if (!due) continue;
    const no = String(row.breach_no);
    for (const to of managers) {
      mail.push(entryToRow({ messageId: `breach:${no}:${due.mark}:${to}`, caseNo: '', channel: 'email', recipient: to, mail: reminderMail(no, row, due.mark, now, to, deps.config) }, now, 'queued'));
    }
    marks.push({ rowNumber, row: { reminder_marks: due.marks.join(',') } });
    deps.audit.record({ actor: 'system', action: 'breach_reminder', details: t('privacy.breach.reminder.audit', { no, mark: due.mark, count: managers.length }) });
    breaches.push(no);
  }
  if (mail.length) deps.register.table('outbox').append(mail);
  table.update(marks);
  deps.audit.flush();
  return { queued: mail.length, breaches, open };
}
