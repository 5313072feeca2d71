// Personal data (issue 17) from the menu: the breach dialog and its server call, and a manager recording that
// the authority was notified. Thin: the use cases check roles and write.
import { services } from './context';
import { showDialog } from './dialog';
import { report, toPeople } from './errors';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { BREACHES_OPEN_KEY, recordAuthorityNotified, recordBreach, type BreachInput } from '../app/privacy/breaches';
import { requestedPeriod, writeEvidencePack } from '../app/privacy/evidencePack';
import { requireStep } from '../app/access';
import { riyadhDate } from '../domain/time';
import { answerDataRequest, extendDataRequest, recordDataRequest } from '../app/privacy/dataRequests';
import { AppsScriptEraser } from '../adapters/privacy/eraser';
import { SheetsArchiveBooks } from '../adapters/sheets/archiveBooks';
import { ar } from '../i18n/ar';
import { BREACH, DATA_REQUEST, dialogFields, sentTexts } from './dialogSpecs';
import { t } from '../i18n';

/** Menu item «تسجيل حادثة بيانات مشتبه بها»: the dialog (its words from the catalog, printed escaped). */
export function openBreachDialog(): void {
  showDialog('newBreach', 'menu.breach', { m: ar, fields: dialogFields('newBreach') });
}

/** The dialog's call: any staff member records the breach; the answer names its deadline and draft notice. */
export function recordBreachFromDialog(values: unknown): { breachNo: string; noticeUrl: string; message: string } {
  const s = services();
  const actor = s.identity.currentUserEmail();
  // The spec's fields as sent; the use case words each refusal itself (a count left blank is no number).
  const sent = sentTexts(BREACH, values);
  const input: BreachInput = { ...sent, peopleCount: sent.peopleCount === '' ? NaN : Number(sent.peopleCount) };
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
    throw toPeople(err);
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

function dataRequestDeps() {
  const s = services();
  const config = loadConfig(s);
  const audit = new AuditTrail(s.register, s.clock);
  return {
    s, config,
    deps: {
      register: s.register, clock: s.clock, audit, config, sequences: s.store, docs: s.docs,
      eraser: new AppsScriptEraser(s.store, s.spreadsheet), books: new SheetsArchiveBooks(s.store, config.profile.digits),
      outbox: s.outbox(config.senderName), mailer: s.mailer(config.senderName), index: s.beneficiaryIndex(),
    },
  };
}

/** Menu item «تسجيل طلب من صاحب بيانات»: the dialog (its words from the catalog, printed escaped). */
export function openDataRequestDialog(): void {
  showDialog('newDataRequest', 'menu.dataRequest', { m: ar, fields: dialogFields('newDataRequest') });
}

/** The dialog's call (and a scenario's): any staff member records a data subject's request. */
export function recordDataRequestFromDialog(values: unknown): { requestNo: string; message: string } {
  const s = services();
  const actor = s.identity.currentUserEmail();
  const input = sentTexts(DATA_REQUEST, values);
  try {
    return s.locker.withLock(() => {
      const { deps } = dataRequestDeps();
      const r = recordDataRequest(deps, input, actor);
      return { requestNo: r.requestNo, message: t('dataRequest.ok.recorded', { no: r.requestNo, due: r.dueLabel }) };
    });
  } catch (err) {
    throw toPeople(err);
  }
}

/** Answers a request (access: the document; correction: the data update; destruction: the anonymiser). */
export function answerDataSubjectRequest(requestNo: string): string {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return s.locker.withLock(() => answerDataRequest(dataRequestDeps().deps, requestNo, actor).outcome);
}

/** Extends a request once by 30 days, the person told the reason. */
export function extendDataSubjectRequest(requestNo: string, reason: string): string {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return s.locker.withLock(() => {
    const r = extendDataRequest(dataRequestDeps().deps, requestNo, reason, actor);
    return t('dataRequest.ok.extended', { no: r.requestNo, due: r.dueLabel });
  });
}

/** Menu items «الرد على طلب صاحب بيانات» and «تمديد مهلة طلب صاحب بيانات»: ask for the number (and reason). */
export function answerDataRequestFromMenu(): void {
  try {
    const ui = SpreadsheetApp.getUi();
    const no = ui.prompt(t('menu.dataRequestAnswer'), t('dataRequest.prompt.no'), ui.ButtonSet.OK_CANCEL);
    if (no.getSelectedButton() !== ui.Button.OK) return;
    ui.alert(answerDataSubjectRequest(no.getResponseText()));
  } catch (err) {
    report(err);
  }
}

export function extendDataRequestFromMenu(): void {
  try {
    const ui = SpreadsheetApp.getUi();
    const no = ui.prompt(t('menu.dataRequestExtend'), t('dataRequest.prompt.no'), ui.ButtonSet.OK_CANCEL);
    if (no.getSelectedButton() !== ui.Button.OK) return;
    const reason = ui.prompt(t('menu.dataRequestExtend'), t('dataRequest.prompt.reason'), ui.ButtonSet.OK_CANCEL);
    if (reason.getSelectedButton() !== ui.Button.OK) return;
    ui.alert(extendDataSubjectRequest(no.getResponseText(), reason.getResponseText()));
  } catch (err) {
    report(err);
  }
}
