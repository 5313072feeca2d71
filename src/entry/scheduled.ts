// Global functions the time-driven triggers call: lock, build the jobs' dependencies, run, report.
import { propertiesAndClock, services } from './context';
import { catchUpFormResponses } from './catchUp';
import { report } from './errors';
import { t } from '../i18n';
import { loadConfig } from '../app/config';
import {
  nothingDue, runDailySweep, sendOutbox as sendQueuedMail, sendWeeklySummary, takePendingJobs, timeBudget, type ScheduledJob, type SweepReport, type TimeBudget,
} from '../app/schedule';
import { archiveJob } from './archive';
import { archiveDue } from '../app/archive/archive';
import { satisfactionScores } from '../app/satisfaction/satisfactionScores';
import type { IsoDate } from '../domain/time';
import { dailyRecipientLimit, healthNoteRecipient, queueHealthNote } from '../app/health/healthNote';
import { laidOutCells, spreadsheetOwnerEmail } from '../adapters/sheets/registerSize';
import { noteFailedRun } from './failedRuns';
import { failure } from '../domain/codedError';
import type { CatchUpReport } from '../app/intake/catchUp';
import { unusualLooking } from '../app/privacy/looks';
import { BREACHES_OPEN_KEY, queueBreachReminders } from '../app/privacy/breaches';
import { AuditTrail } from '../app/audit';
import { tabTitle } from '../adapters/sheets/registerLayout';
import { writeEndedPacks } from '../app/privacy/evidencePack';
import { retentionDue, runRetention } from '../app/privacy/retention';
import { AppsScriptEraser } from '../adapters/privacy/eraser';
import { SheetsArchiveBooks } from '../adapters/sheets/archiveBooks';
import { riyadhDate } from '../domain/time';
import { checkBeneficiaryIndex, type IndexCheckReport } from '../app/intake/indexCheck';
import { queueUnsentLetters } from '../app/cases/minutesLetters';

/** The jobs of one run; 'health' (the daily note) runs only in the daily sweep, before the sender; 'breaches'
 *  (the 72-hour reminders, issue 17) in the daily and hourly runs, before the sender, so a reminder goes within the hour;
 *  'evidence' (the board's evidence pack of a quarter or year just ended, issue 17) in the daily sweep. */
type Job = ScheduledJob | 'health' | 'breaches' | 'evidence' | 'retention' | 'index' | 'minutes';

function runJobs(fn: string, jobs: readonly Job[], outboxScan: 'hinted' | 'full' = 'full', caught?: CatchUpReport): void {
  const s = services();
  const budget: TimeBudget = timeBudget(s.clock);
  try {
    s.locker.withLock(() => {
      const config = loadConfig(s);
      const continuations = s.continuations;
      const base = { register: s.register, clock: s.clock, store: s.store, continuations, budget };
      // Mail queued by this run's own jobs is not in the sender's next-due hint: then the outbox is read whole.
      let scan = outboxScan;
      // The lookup index's check runs before the health note, which says what it found.
      let indexReport: IndexCheckReport | null = null;
      // The sweep's repairs of half-written case rows, for the health note.
      let sweepReport: SweepReport | null = null;
      for (const job of jobs) {
        if (job === 'sweep') {
          sweepReport = runDailySweep({ ...base, config, links: s.links, audit: new AuditTrail(s.register, s.clock) });
          console.log(JSON.stringify(sweepReport));
        }
        else if (job === 'summary') {
          const satisfaction = (from: IsoDate, to: IsoDate) => satisfactionScores(s.register, from, to);
          const looks = (from: IsoDate, to: IsoDate) => unusualLooking(s.register, from, to);
          console.log(JSON.stringify(sendWeeklySummary({ ...base, config, satisfaction, looks }).outcome));
        }
        else if (job === 'breaches') {
          // The hourly run reads the breach log only while a breach awaits its notice (BREACHES_OPEN, kept by
          // every read and set when a breach is recorded); the daily run reads it whatever the hint says.
          // A register set up before the breach log has no such tab until setup runs again: nothing to remind.
          const hintedNone = outboxScan === 'hinted' && s.store.get(BREACHES_OPEN_KEY) === 'none';
          if (!hintedNone && s.spreadsheet.getSheetByName(tabTitle('breaches'))) {
            const reminders = queueBreachReminders({ register: s.register, clock: s.clock, config, audit: new AuditTrail(s.register, s.clock) });
            s.store.set(BREACHES_OPEN_KEY, reminders.open > 0 ? 'open' : 'none');
            if (reminders.queued > 0) scan = 'full';
            console.log(JSON.stringify({ breaches: reminders }));
          }
        }
        else if (job === 'evidence') {
          const evidence = { register: s.register, documents: s.documents, audit: new AuditTrail(s.register, s.clock), profile: config.profile, store: s.store };
          console.log(JSON.stringify({ evidence: writeEndedPacks(evidence, riyadhDate(s.clock.now())) }));
        }
        else if (job === 'retention') {
          const now = s.clock.now();
          if (retentionDue(s.store, now)) {
            const deps = { register: s.register, profile: config.profile, eraser: new AppsScriptEraser(s.store, s.spreadsheet), books: new SheetsArchiveBooks(s.store, config.profile.digits), now, store: s.store, audit: new AuditTrail(s.register, s.clock), budget, index: s.beneficiaryIndex() };
            console.log(JSON.stringify({ retention: runRetention(deps) }));
          }
        }
        else if (job === 'index') {
          // The lookup index rebuilt from the beneficiaries' two columns; an ID it had missed, if another holds it, flagged.
          indexReport = checkBeneficiaryIndex({ index: s.beneficiaryIndex(), register: s.register, audit: new AuditTrail(s.register, s.clock) });
          console.log(JSON.stringify({ index: indexReport }));
        }
        else if (job === 'minutes') {
          // A minutes whose batch stopped before its letters were queued (named in script properties, already read):
          // its missing letters queued once (src/app/cases/minutesLetters.ts); nothing read when none is named.
          const outbox = s.outbox(config.senderName, config);
          const queued = queueUnsentLetters({ register: s.register, clock: s.clock, audit: new AuditTrail(s.register, s.clock), outbox, config, store: s.store }, 'system');
          if (queued > 0) {
            scan = 'full';
            console.log(JSON.stringify({ minutesLetters: queued }));
          }
        }
        else if (job === 'archive') console.log(JSON.stringify(archiveJob(s, config.profile, budget, continuations)));
        else if (job === 'health') {
          const quotaLeft = s.mailer(config.senderName).remainingQuota();
          console.log(JSON.stringify({ health: queueHealthNote({
            register: s.register, store: s.store, clock: s.clock, profile: config.profile,
            to: healthNoteRecipient(config.managerEmail, () => spreadsheetOwnerEmail(s.spreadsheet)),
            quotaLeft,
            dailyLimit: dailyRecipientLimit(s.store, quotaLeft),
            cells: laidOutCells(s.spreadsheet),
            catchUp: { replayed: Object.values(caught?.replayed ?? {}).reduce((n, ids) => n + ids.length, 0), failed: caught?.failed.length ?? 0 },
            index: indexReport,
            repairedRows: sweepReport?.repairedRows ?? 0,
          }) }));
        }
        else console.log(JSON.stringify(sendQueuedMail({ ...base, mailer: s.mailer(config.senderName), channels: s.channels(config), scan })));
      }
    });
  } catch (err) {
    // Logged, remembered for the health note, then thrown: a failed run must show as failed, so Google's
    // failure notice reaches the owner.
    report(err);
    noteFailedRun(fn, err);
    throw err;
  }
}

/** Daily trigger: form responses whose submit trigger failed are recorded first (outside the lock: each
 *  takes it as its trigger would), then the deadline sweep and the messages queued. What could not be
 *  recorded fails the run after the jobs, so Google's failure notice reaches the owner. */
export function dailySweep(): void {
  const s = services();
  let caught: CatchUpReport;
  try {
    caught = catchUpFormResponses(s);
  } catch (err) {
    report(err);
    noteFailedRun('dailySweep', err);
    throw err;
  }
  // Once a Hijri year (its first daily run), after the sweep: closed cases, sent mail and old audit rows
  // past the profile's periods move to that year's archive spreadsheet (docs/scheduled-work.md).
  const jobs: Job[] = archiveDue(s.store, s.clock) ? ['sweep', 'archive', 'index', 'health', 'breaches', 'evidence', 'retention', 'minutes', 'outbox'] : ['sweep', 'index', 'health', 'breaches', 'evidence', 'retention', 'minutes', 'outbox'];
  runJobs('dailySweep', jobs, 'full', caught);
  if (caught.failed.length > 0) {
    const err = failure('CATCH_UP_FAILED', 'schedule.catchUp.failed', { count: caught.failed.length, error: caught.failed[caught.failed.length - 1].error });
    noteFailedRun('dailySweep', err);
    throw err;
  }
}

/** Hourly trigger: what is queued (retries after backoff, what yesterday's quota left). */
export function sendOutbox(): void {
  // Nothing due, nothing in flight, no breach awaiting its notice: done after one properties read, before the
  // spreadsheet, the lock and the configuration. Read without the lock: a message another execution queues
  // meanwhile waits at most an hour (the daily run also reads the outbox whatever the hint says).
  const { store, clock } = propertiesAndClock();
  if (nothingDue(store, clock.now()) && store.get(BREACHES_OPEN_KEY) === 'none') return;
  runJobs('sendOutbox', ['breaches', 'outbox'], 'hinted');
}

/** Weekly trigger (Sunday morning): the manager summary of the week just ended, then sending it. */
export function weeklySummary(): void {
  runJobs('weeklySummary', ['summary', 'outbox']);
}

/** One-off follow-up trigger: the jobs that stopped at the time budget carry on where they saved their place. */
export function continueScheduledWork(): void {
  const s = services();
  const jobs = takePendingJobs(s.store);
  if (jobs.length > 0) runJobs('continueScheduledWork', jobs.includes('outbox') ? jobs : [...jobs, 'outbox']);
}

/** Menu item «إرسال ملخص المدير الآن»: the summary of the last full week, if it has not gone yet, then sending. */
export function sendSummaryFromMenu(): void {
  weeklySummary();
  try {
    SpreadsheetApp.getUi().alert(t('menu.summaryNow.done'));
  } catch {
    // Run from the editor or a scenario: the execution log has the report.
  }
}
