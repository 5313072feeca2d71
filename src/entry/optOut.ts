// A beneficiary's request to stop messages, or to have them again, from the menu (a prompt for the
// beneficiary id) or a script call.
import { services } from './context';
import { report } from './errors';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { optOutBeneficiary, resumeMessages } from '../app/notify/optOut';
import { t } from '../i18n';

export function recordOptOut(beneficiaryId: string): string {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return s.locker.withLock(() => {
    const config = loadConfig(s);
    return optOutBeneficiary({ register: s.register, clock: s.clock, audit: new AuditTrail(s.register, s.clock), config }, String(beneficiaryId ?? ''), actor).message;
  });
}

/** Menu item «إيقاف الرسائل لمستفيد». */
export function optOutFromMenu(): void {
  try {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(t('menu.optOut'), t('optout.prompt'), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    ui.alert(recordOptOut(answer.getResponseText()));
  } catch (err) {
    report(err);
  }
}

export function recordResumeMessages(beneficiaryId: string): string {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return s.locker.withLock(() => {
    const config = loadConfig(s);
    return resumeMessages({ register: s.register, clock: s.clock, audit: new AuditTrail(s.register, s.clock), config }, String(beneficiaryId ?? ''), actor).message;
  });
}

/** Menu item «استئناف الرسائل لمستفيد». */
export function resumeMessagesFromMenu(): void {
  try {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(t('menu.resumeMessages'), t('optin.prompt'), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    ui.alert(recordResumeMessages(answer.getResponseText()));
  } catch (err) {
    report(err);
  }
}
