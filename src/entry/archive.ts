// The yearly archive as the daily trigger, the follow-up run and the menu item run it.
import { services, type Services } from './context';
import { report } from './errors';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { runArchive, type ArchiveReport } from '../app/archive/archive';
import { timeBudget, type Continuations, type TimeBudget } from '../app/schedule';
import type { Profile } from '../profiles';
import { SheetsArchiveBooks } from '../adapters/sheets/archiveBooks';
import { t } from '../i18n';

/** One archive run; the caller holds the script lock. */
export function archiveJob(s: Services, profile: Profile, budget: TimeBudget, continuations: Continuations): ArchiveReport {
  return runArchive({
    register: s.register,
    rows: s.rows,
    books: new SheetsArchiveBooks(s.store, profile.digits),
    clock: s.clock,
    store: s.store,
    budget,
    continuations,
    profile,
    audit: new AuditTrail(s.register, s.clock),
    actor: s.identity.currentUserEmail() || 'system',
  });
}

/** Menu item «أرشفة الحالات المغلقة القديمة»: archives now, whatever the day, and says what moved. */
export function archiveFromMenu(): void {
  try {
    const s = services();
    const result = s.locker.withLock(() => {
      const config = loadConfig(s);
      return archiveJob(s, config.profile, timeBudget(s.clock), s.continuations);
    });
    const counts = { cases: result.moved.cases, mail: result.moved.outbox, audit: result.moved.audit };
    const message = result.outcome === 'done'
      ? t('menu.archive.done', { ...counts, years: result.years.join('، ') || t('archive.none') })
      : t('menu.archive.continued', counts);
    console.log(JSON.stringify(result));
    try {
      SpreadsheetApp.getUi().alert(message);
    } catch {
      // Run from the editor or a scenario: the execution log has the report.
    }
  } catch (err) {
    report(err);
  }
}
