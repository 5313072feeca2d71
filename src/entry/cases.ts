// Staff actions on cases: the register's edit trigger and the calls the menu, dialogs and sidebar make.
import { services, type Services } from './context';
import { report } from './errors';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { transition, stamp, type CaseDeps } from '../app/cases/caseActions';
import { applyRegisterEdit, auditActor, reindexBeneficiaryEdit } from '../app/cases/registerEdit';
import { prepareMinutes } from '../app/cases/committeeMinutes';
import { statusLabel } from '../app/register/caseRecord';
import type { CaseCommand, DecisionKind, VerificationMethod, VerificationOutcome } from '../domain/case';
import { tabTitle } from '../adapters/sheets/registerLayout';
import { TRIGGER_WAIT_MS } from '../adapters/script/lock';
import { t } from '../i18n';
import { splitList } from '../domain/text';

function caseDeps(s: Services): CaseDeps {
  const config = loadConfig(s);
  return { register: s.register, clock: s.clock, audit: new AuditTrail(s.register, s.clock), outbox: s.outbox(config.senderName, config), config };
}

/** Runs one command on a case under the lock; returns the new status label for the caller to show, and what to
 *  say first when the row was found half written and repaired. */
function act(caseNo: string, build: (deps: CaseDeps, actor: string) => CaseCommand): { caseNo: string; status: string; repaired?: string } {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return s.locker.withLock(() => {
    const deps = caseDeps(s);
    const { state, repaired } = transition(deps, caseNo, actor, () => [build(deps, actor)]);
    return { caseNo, status: statusLabel(state.status), ...(repaired ? { repaired } : {}) };
  });
}

/** Installable onEdit trigger of the register: status and decision cells run transitions. */
export function onRegisterEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheetName = range.getSheet().getName();
  if ((['settings', 'staff', 'holidays'] as const).some((tab) => tabTitle(tab) === sheetName)) {
    // The configuration changed: the next execution reads it afresh.
    services().configCache.drop();
    return;
  }
  if (sheetName === tabTitle('beneficiaries')) {
    onBeneficiariesEdit(e);
    return;
  }
  if (sheetName !== tabTitle('cases') || range.getNumRows() !== 1 || range.getNumColumns() !== 1) return;
  const s = services(TRIGGER_WAIT_MS);
  try {
    s.locker.withLock(() => {
      const deps = caseDeps(s);
      const column = s.register.table('cases').columnKeyAt(range.getColumn());
      // Who typed it, if Google says: '' on consumer accounts and for editors outside the owner's domain.
      const actor = (e.user?.getEmail?.() || s.identity.currentUserEmail()).trim();
      const outcome = applyRegisterEdit(deps, { rowNumber: range.getRow(), column, oldValue: e.oldValue, newValue: e.value, actor });
      if (outcome.kind === 'refused') {
        // Put the old value back and say why, on the cell itself.
        range.setValue(outcome.restore ?? e.oldValue ?? '');
        range.setNote(t('register.edit.refused', { reason: outcome.reason }));
        deps.audit.record({ actor: auditActor(actor), action: 'edit_refused', caseNo: outcome.caseNo, details: outcome.reason });
        deps.audit.flush();
      } else if (outcome.kind === 'applied') {
        range.clearNote();
      }
    });
  } catch (err) {
    report(err);
  }
}

/** A national ID typed or pasted into the beneficiaries tab: the lookup index follows (one column of the edit at a time). */
function onBeneficiariesEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const s = services(TRIGGER_WAIT_MS);
  try {
    s.locker.withLock(() => {
      const beneficiaries = s.register.table('beneficiaries');
      const first = range.getRow();
      const rowNumbers = Array.from({ length: range.getNumRows() }, (_, k) => first + k);
      const singleCell = range.getNumRows() === 1 && range.getNumColumns() === 1;
      for (let c = range.getColumn(); c < range.getColumn() + range.getNumColumns(); c++) {
        const column = beneficiaries.columnKeyAt(c);
        reindexBeneficiaryEdit({ index: s.beneficiaryIndex(), beneficiaries }, { rowNumbers, column, oldValue: e.oldValue, singleCell });
      }
    });
  } catch (err) {
    report(err);
  }
}

export function startStudy(caseNo: string, unit: string) {
  return act(caseNo, (d, actor) => ({ type: 'StartStudy', data: { unit, ...stamp(d, actor) } }));
}

export function recordVerification(caseNo: string, method: VerificationMethod, outcome: VerificationOutcome, notes: string) {
  return act(caseNo, (d, actor) => ({ type: 'RecordVerification', data: { method, outcome, notes: notes ?? '', ...stamp(d, actor) } }));
}

export function referToOfficer(caseNo: string, reason: string) {
  return act(caseNo, (d, actor) => ({ type: 'ReferToOfficer', data: { officer: d.config.profile.officerForUnclearProcedure, reason: reason ?? '', ...stamp(d, actor) } }));
}

export function returnFromReferral(caseNo: string) {
  return act(caseNo, (d, actor) => ({ type: 'ReturnFromReferral', data: stamp(d, actor) }));
}

export function recordDecision(caseNo: string, decision: DecisionKind, reasons: string[] | string, committeeId?: string) {
  return act(caseNo, (d, actor) => {
    const committees = d.config.profile.committees;
    const committee = committees.find((c) => c.id === committeeId || c.nameAr === committeeId) ?? committees.find((c) => c.purpose === 'eligibility' || c.purpose === 'research') ?? committees[0];
    const list = Array.isArray(reasons) ? reasons : splitList(reasons, { commas: false });
    return {
      type: 'Decide',
      data: { decision, reasons: list.map((r) => r.trim()).filter(Boolean), committee: committee?.nameAr ?? '', verificationRequired: d.config.profile.features.eligibility, ...stamp(d, actor) },
    };
  });
}

export function deliverService(caseNo: string) {
  return act(caseNo, (d, actor) => ({ type: 'DeliverService', data: stamp(d, actor) }));
}

export function closeCase(caseNo: string) {
  return act(caseNo, (d, actor) => ({ type: 'Close', data: stamp(d, actor) }));
}

export function withdrawCase(caseNo: string, reason: string) {
  return act(caseNo, (d, actor) => ({ type: 'Withdraw', data: { reason: reason ?? '', ...stamp(d, actor) } }));
}

/** Generates the committee's minutes for every decided case not yet minuted, and notifies beneficiaries. */
export function prepareCommitteeMinutes(committeeId?: string): { url: string | null; caseNos: string[]; message: string } {
  const s = services();
  const actor = s.identity.currentUserEmail();
  return s.locker.withLock(() => {
    const deps = caseDeps(s);
    const committees = deps.config.profile.committees;
    const id = committeeId || (committees.find((c) => c.purpose === 'eligibility' || c.purpose === 'research') ?? committees[0]).id;
    const outcome = prepareMinutes({ ...deps, docs: s.docs, sequences: s.store, store: s.store }, id, actor);
    return { ...outcome, message: outcome.url ? t('minutes.ok', { count: outcome.caseNos.length }) : t('minutes.none') };
  });
}

/** Menu item: minutes for the default committee. */
export function prepareMinutesFromMenu(): void {
  try {
    SpreadsheetApp.getUi().alert(prepareCommitteeMinutes().message);
  } catch (err) {
    report(err);
  }
}
