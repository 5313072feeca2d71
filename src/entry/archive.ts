// The yearly archive as the daily trigger, the follow-up run and the menu item run it.
import { services, type Services } from './context';
import { report } from './errors';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { describeMoved, runArchive, type ArchiveReport } from '../app/archive/archive';
import { timeBudget, type Continuations, type TimeBudget } from '../app/schedule';
import type { Profile } from '../profiles';
import { SheetsArchiveBooks } from '../adapters/sheets/archiveBooks';
import { t } from '../i18n';
import { withDigits } from '../domain/time';

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
    const { result, digits } = s.locker.withLock(() => {
      const config = loadConfig(s);
      return { result: archiveJob(s, config.profile, timeBudget(s.clock), s.continuations), digits: config.profile.digits };
    });
    // Every archived tab that moved rows is named with its count (complaints, claims, programs... too).
    const moved = describeMoved(result.moved, digits);
    const message = result.outcome === 'done'
      ? t('menu.archive.done', { moved, years: result.years.map((y) => withDigits(String(y), digits)).join('، ') || t('archive.none') })
      : t('menu.archive.continued', { moved });
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
