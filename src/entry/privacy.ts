// Personal data (issue 17) from the menu: the breach dialog and its server call, and a manager recording that
// the authority was notified. Thin: the use cases check roles and write.
import { services } from './context';
import { showDialog } from './dialog';
import { report, userMessage } from './errors';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { BREACHES_OPEN_KEY, recordAuthorityNotified, recordBreach, type BreachInput } from '../app/privacy/breaches';
import { requestedPeriod, writeEvidencePack } from '../app/privacy/evidencePack';
import { requireStep } from '../app/access';
import { riyadhDate } from '../domain/time';
import { ar } from '../i18n/ar';
import { t } from '../i18n';

/** Menu item «تسجيل حادثة بيانات مشتبه بها»: the dialog (its words from the catalog, printed escaped). */
export function openBreachDialog(): void {
  showDialog('newBreach', 'menu.breach', { m: ar });
}

/** The dialog's call: any staff member records the breach; the answer names its deadline and draft notice. */
export function recordBreachFromDialog(values: unknown): { breachNo: string; noticeUrl: string; message: string } {
  const s = services();
  const actor = s.identity.currentUserEmail();
  const given = (values && typeof values === 'object' ? values : {}) as Record<string, unknown>;
  const input: BreachInput = {
    whatHappened: String(given.whatHappened ?? ''),
    discoveredDate: String(given.discoveredDate ?? ''),
    discoveredTime: String(given.discoveredTime ?? ''),
    dataAffected: String(given.dataAffected ?? ''),
    peopleCount: given.peopleCount === '' || given.peopleCount === undefined ? NaN : Number(String(given.peopleCount)),
  };
  try {
    return s.locker.withLock(() => {
      const config = loadConfig(s);
      const r = recordBreach({ register: s.register, clock: s.clock, audit: new AuditTrail(s.register, s.clock), config, sequences: s.store, docs: s.docs }, input, actor);
      // The hourly run reads the breach log again: its first reminder is due within the day.
      s.store.set(BREACHES_OPEN_KEY, 'open');
      return { breachNo: r.breachNo, noticeUrl: r.noticeUrl, message: t('privacy.breach.ok', { no: r.breachNo, deadline: r.deadlineLabel, url: r.noticeUrl }) };
    });
  } catch (err) {
    // The page shows the Arabic sentence only.
    throw new Error(userMessage(err));
  }
}

/** A manager records notifying the authority (from the editor or a scenario, with the incident number). */
export function recordAuthorityNotification(breachNo: string): string {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return s.locker.withLock(() => {
    const config = loadConfig(s);
    return recordAuthorityNotified({ register: s.register, clock: s.clock, audit: new AuditTrail(s.register, s.clock), config, sequences: s.store }, breachNo, actor).message;
  });
}

/** Menu item «تسجيل إبلاغ الهيئة بحادثة بيانات»: asks for the incident number. */
export function breachNotifiedFromMenu(): void {
  try {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(t('menu.breachNotified'), t('privacy.breach.notified.prompt'), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    ui.alert(recordAuthorityNotification(answer.getResponseText()));
  } catch (err) {
    report(err);
  }
}

/** The evidence pack of a period («2026-Q4», «2026»; the current quarter when none is given), counted today:
 *  the period's one document, written or revised in place. Managers and admins (the board's papers). */
export function evidenceReport(period?: string): string {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return s.locker.withLock(() => {
    const config = loadConfig(s);
    requireStep(config.staff, actor, 'EvidencePack');
    const today = riyadhDate(s.clock.now());
    const chosen = requestedPeriod(period, today);
    const pack = writeEvidencePack({ register: s.register, documents: s.documents, audit: new AuditTrail(s.register, s.clock), profile: config.profile }, chosen, today, actor);
    return t('evidence.done', { period: chosen.key, url: pack.url });
  });
}

/** Menu item «حزمة أدلة تطبيق السياسة»: asks for the period, then writes it. */
export function evidenceReportFromMenu(): void {
  try {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(t('menu.evidence'), t('evidence.prompt'), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    ui.alert(evidenceReport(answer.getResponseText()));
  } catch (err) {
    report(err);
  }
}
