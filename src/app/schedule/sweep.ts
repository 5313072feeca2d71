// The daily deadline sweep: reads the open cases once, marks today's reminders and escalations in a few writes,
// and queues one digest per person (and any "still being studied" notes) in the outbox.
import type { Clock, KeyValueStore, Register, Row, RowLinks } from '../../ports';
import { entryToRow, initialStatus, type OutboxEntry } from '../notify/outbox';
import { toBeneficiary } from '../notify/caseMessages';
import { reachOfBeneficiary } from '../notify/channels';
import { channelLabel, replyChannels } from '../../domain/intake/channels';
import { isWorkingDay, riyadhDate, type IsoDate } from '../../domain/time';
import { planMarks, scheduleRules, serializeMarks, sweepMessages, type ScheduledCase } from '../../domain/schedule';
import { MARKS_COLUMN, readScheduledRows, scheduledCaseFromRow, type ScheduledTab } from './caseRows';
import { coalesceChanges } from './batches';
import { rowsWithValues } from '../register/rowsWhere';
import { loadCheckpoint, saveCheckpoint } from './checkpoint';
import { digestMail, studyNoteMail } from './messages';
import { t } from '../../i18n';
import type { AuditTrail } from '../audit';
import type { CaseState } from '../../domain/case';
import { parseState } from '../register/caseRecord';
import { repairCaseRows, showsOtherStatus } from '../register/rowRepair';
import { channelKey } from '../../ports';
import { managersOf, type Continuations, type ScheduleConfig, type TimeBudget } from './ports';

export interface SweepDeps {
  register: Register;
  clock: Clock;
  store: KeyValueStore;
  continuations: Continuations;
  budget: TimeBudget;
  config: ScheduleConfig;
  /** Each digest line links to its case's row in the register. */
  links: RowLinks;
  /** Where a repaired case row is recorded. */
  audit: AuditTrail;
}

export type SweepOutcome = 'done' | 'continued' | 'already_done' | 'day_off';

export interface SweepReport {
  day: IsoDate;
  outcome: SweepOutcome;
  /** Cases given a new mark in this execution. */
  marked: number;
  /** Outbox rows queued in this execution (digests, notes and follow-up tasks). */
  queued: number;
  /** Case rows the scheduler could not read (no state JSON): left for a person, never guessed at. */
  unreadableRows: string[];
  /** Case rows whose status cell disagreed with their state (a step faulted mid-write), written again from it. */
  repairedRows: number;
}

export const SWEEP_CHECKPOINT_KEY = 'SCHEDULE_SWEEP';
/** Writes of the marks column per sweep; with the cases' reads and the outbox append, the sweep stays under 10 round trips. */
export const MAX_MARK_WRITES = 3;
/** Time kept in hand after each write for the next write, or for the queue step and saving the checkpoint. */
export const SWEEP_RESERVE_MS = 30_000;
export const FOLLOW_UP_AFTER_MS = 60_000;

/** `marking`: marks may be partly written; `queuing`: marks all written, the outbox append may have happened. */
interface SweepCheckpoint {
  day: IsoDate;
  stage: 'marking' | 'queuing' | 'done';
}

interface ReadCase {
  tab: ScheduledTab;
  rowNumber: number;
  item: ScheduledCase;
}

/** The open items, the rows the scheduler cannot read, and the requests whose status cell is not their state's
 *  (from the same read: a half-written row is never closed, as `closed_at` is written in the state's run). */
function readCases(register: Register, config: ScheduleConfig): { cases: ReadCase[]; unreadable: string[]; halfWritten: Array<{ rowNumber: number; row: Row; state: CaseState }> } {
  const cases: ReadCase[] = [];
  const unreadable: string[] = [];
  const halfWritten: Array<{ rowNumber: number; row: Row; state: CaseState }> = [];
  for (const { tab, rowNumber, row } of readScheduledRows(register, config.profile)) {
    const item = scheduledCaseFromRow(row);
    if (item) cases.push({ tab, rowNumber, item });
    else if (row.case_no) unreadable.push(String(row.case_no));
    if (tab !== 'cases' || !item) continue;
    const state = parseState(row);
    if (showsOtherStatus(row.status, state)) halfWritten.push({ rowNumber, row, state });
  }
  return { cases, unreadable, halfWritten };
}

function isEmailChannel(value: string, config: ScheduleConfig): boolean {
  const label = config.profile.channels.find((c) => c.id === 'email')?.labelAr;
  return value === 'email' || (label !== undefined && value === label);
}

/** The reply channel a case row names (its Arabic label or id), as an id; null for one the product does not know. */
function textChannel(value: string, config: ScheduleConfig): string | null {
  return replyChannels(config.profile).find((id) => id === value || channelLabel(config.profile, id) === value || t(channelKey(id)) === value) ?? null;
}

/** The rows of the few beneficiaries named: their id column read, then only their rows. */
function beneficiaryRows(register: Register, ids: string[]): Map<string, Row> {
  return new Map(rowsWithValues(register.table('beneficiaries'), 'beneficiary_id', ids).filter(({ row }) => row.beneficiary_id).map(({ row }) => [String(row.beneficiary_id), row]));
}

/** The emails of the few beneficiaries named: their id column read, then only their rows. */
function beneficiaryEmails(register: Register, ids: string[]): Map<string, string> {
  const emails = new Map<string, string>();
  for (const { row } of rowsWithValues(register.table('beneficiaries'), 'beneficiary_id', ids)) {
    if (row.beneficiary_id && row.email) emails.set(String(row.beneficiary_id), String(row.email).trim());
  }
  return emails;
}

/** The outbox entries the marks dated `day` ask for; message ids are fixed by day and recipient. */
function entriesForDay(deps: SweepDeps, cases: ReadCase[], day: IsoDate): OutboxEntry[] {
  const { config, register } = deps;
  const managers = managersOf(config);
  const rowOf = new Map(cases.map(({ tab, rowNumber, item }) => [item.caseNo, { tab, rowNumber }]));
  const rowLinkOf = (caseNo: string): string | null => {
    const at = rowOf.get(caseNo);
    return at ? deps.links.rowLink(at.tab, at.rowNumber) : null;
  };
  const { digests, studyNotes } = sweepMessages(cases.map(({ item }) => ({ item, marks: item.marks })), config.calendar, day, managers);
  const entries: OutboxEntry[] = digests.map((digest) => ({
    messageId: `digest:${day}:${digest.recipient}`,
    caseNo: '',
    channel: 'email',
    recipient: digest.recipient,
    mail: digestMail(digest, day, config, rowLinkOf),
  }));
  const byEmail = studyNotes.filter((n) => isEmailChannel(n.replyChannel, config)).map((n) => n.beneficiaryId);
  const emails = byEmail.length > 0 ? beneficiaryEmails(register, byEmail) : new Map<string, string>();
  const bySms = (n: { replyChannel: string }) => textChannel(n.replyChannel, config) === 'sms';
  const bySmsIds = studyNotes.filter(bySms).map((n) => n.beneficiaryId);
  const people = bySmsIds.length > 0 ? beneficiaryRows(register, bySmsIds) : new Map<string, Row>();
  for (const note of studyNotes) {
    const email = isEmailChannel(note.replyChannel, config) ? emails.get(note.beneficiaryId) : undefined;
    const staff = note.officer || managers[0] || '';
    const base = { messageId: `study:${note.caseNo}:${note.due}`, caseNo: note.caseNo };
    if (bySms(note) && staff) {
      // Agreed on SMS: the note goes as a text message, the officer's task only if it cannot (WhatsApp has
      // no approved template for it, so a WhatsApp beneficiary's note stays the officer's task).
      const person = people.get(note.beneficiaryId) ?? null;
      const mail = studyNoteMail(note, '', false, config.profile);
      const entry = toBeneficiary(
        config.profile,
        { caseNo: note.caseNo, name: String(person?.full_name ?? '—'), email: person?.email ? String(person.email) : null, replyChannel: 'sms', officerEmail: staff, ...reachOfBeneficiary(config.profile, person, 'sms') },
        'study',
        { subject: mail.subject, paragraphs: [t('schedule.study.body', { caseNo: note.caseNo })] },
        staff,
        { sms: t('sms.study', { org: config.profile.name.ar, caseNo: note.caseNo }) },
        config.settings ?? {},
      );
      entries.push({ ...entry, messageId: base.messageId });
    } else if (email) entries.push({ ...base, channel: 'email', recipient: email, mail: studyNoteMail(note, email, false, config.profile) });
    else if (staff) entries.push({ ...base, channel: note.replyChannel || 'task', recipient: note.beneficiaryId, mail: studyNoteMail(note, staff, true, config.profile) });
  }
  return entries;
}

/** Appends the day's messages once: after an interruption mid-append, the first message id tells whether it landed. */
function queueDay(deps: SweepDeps, cases: ReadCase[], day: IsoDate, resumedAtQueue: boolean): number {
  saveCheckpoint<SweepCheckpoint>(deps.store, SWEEP_CHECKPOINT_KEY, { day, stage: 'queuing' });
  const entries = entriesForDay(deps, cases, day);
  const outbox = deps.register.table('outbox');
  const landed = entries.length > 0 && resumedAtQueue && outbox.findBy('message_id', entries[0].messageId) !== null;
  if (entries.length > 0 && !landed) {
    const now = deps.clock.now();
    outbox.append(entries.map((e): Row => entryToRow(e, now, initialStatus(e))));
  }
  saveCheckpoint<SweepCheckpoint>(deps.store, SWEEP_CHECKPOINT_KEY, { day, stage: 'done' });
  return landed ? 0 : entries.length;
}

export function runDailySweep(deps: SweepDeps): SweepReport {
  const { store, config, budget } = deps;
  const today = riyadhDate(deps.clock.now());
  const checkpoint = loadCheckpoint<SweepCheckpoint>(store, SWEEP_CHECKPOINT_KEY);
  let repairedRows = 0;
  const report = (outcome: SweepOutcome, marked = 0, queued = 0, unreadableRows: string[] = []): SweepReport => ({ day: today, outcome, marked, queued, unreadableRows, repairedRows });
  if (checkpoint?.day === today && checkpoint.stage === 'done') return report('already_done');

  const { cases, unreadable, halfWritten } = readCases(deps.register, config);
  // Rows a faulted step left half written show their state's status again, before anything else (every day, as
  // a step on the case does: see docs/scheduled-work.md).
  repairedRows = repairCaseRows({ register: deps.register, audit: deps.audit, profile: config.profile }, halfWritten, 'system').length;
  if (repairedRows > 0) deps.audit.flush();
  let queued = 0;
  // A day left unfinished (marks written, digests not queued) is queued first, so its messages are not lost.
  if (checkpoint && checkpoint.day !== today && checkpoint.stage !== 'done') {
    queued += queueDay(deps, cases, checkpoint.day, checkpoint.stage === 'queuing');
  }
  if (!isWorkingDay(config.calendar, today)) {
    saveCheckpoint<SweepCheckpoint>(store, SWEEP_CHECKPOINT_KEY, { day: today, stage: 'done' });
    return report('day_off', 0, queued, unreadable);
  }

  const resumedAtQueue = checkpoint?.day === today && checkpoint.stage === 'queuing';
  let marked = 0;
  if (!resumedAtQueue) {
    if (checkpoint?.day !== today) saveCheckpoint<SweepCheckpoint>(store, SWEEP_CHECKPOINT_KEY, { day: today, stage: 'marking' });
    const planned = planMarks(cases.map((c) => c.item), scheduleRules(config.profile), config.calendar, today);
    for (const tab of ['cases', 'complaints', 'data_requests'] as const) {
      const changes = cases
        .filter((c) => c.tab === tab && planned.has(c.item.caseNo))
        .map(({ rowNumber, item }) => {
          item.marks = planned.get(item.caseNo)!;
          return { rowNumber, row: { [MARKS_COLUMN]: serializeMarks(item.marks) } };
        });
      if (changes.length === 0) continue;
      const table = deps.register.table(tab);
      for (const block of coalesceChanges(changes, MAX_MARK_WRITES)) {
        if (budget.remainingMs() < SWEEP_RESERVE_MS) {
          // The marks written so far stand; the follow-up run re-plans and finds only the rest.
          deps.continuations.continueLater('sweep', FOLLOW_UP_AFTER_MS);
          return report('continued', marked, queued, unreadable);
        }
        table.update(block);
        marked += block.filter((c) => MARKS_COLUMN in c.row).length;
      }
    }
  }
  if (budget.remainingMs() < SWEEP_RESERVE_MS) {
    deps.continuations.continueLater('sweep', FOLLOW_UP_AFTER_MS);
    return report('continued', marked, queued, unreadable);
  }
  queued += queueDay(deps, cases, today, resumedAtQueue);
  return report('done', marked, queued, unreadable);
}
