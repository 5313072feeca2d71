// The sidebar's server functions (typed by SidebarApi) and the menu items that open it. Every call reads the
// caller's role from the staff tab again: a sidebar left open does not keep rights the staff tab took away.
import { services, type Services } from './context';
import { describeError, errorCode, technicalDetail } from './errors';
import {
  startStudy, recordVerification, referToOfficer, returnFromReferral, recordDecision, deliverService, closeCase, withdrawCase,
} from './cases';
import { loadConfig, type RegisterConfig, type StaffMember } from '../app/config';
import { AuditTrail } from '../app/audit';
import { roleLabel, requireRun, staffMemberOf } from '../app/access';
import { loadCase } from '../app/cases/caseActions';
import { archivedCasePanel, casePanel, type SidebarDeps } from '../app/sidebar/casePanel';
import { SheetsArchiveBooks } from '../adapters/sheets/archiveBooks';
import { myWork } from '../app/sidebar/myWork';
import { searchCases } from '../app/sidebar/search';
import { recordSearch } from '../app/privacy/looks';
import { cleanText, toLatinDigits } from '../domain/text';
import { STEP_COMMANDS, checkChoices, isStepId } from '../app/sidebar/steps';
import { sidebarText } from '../app/sidebar/text';
import { type DecisionKind, type VerificationMethod, type VerificationOutcome } from '../domain/case';
import { tabTitle } from '../adapters/sheets/registerLayout';
import type { InitialView, Reply, SidebarApi, StepId, StepInput, Viewer } from '../ui/contract';
import { t } from '../i18n';
import { failure } from '../domain/codedError';

interface Caller {
  s: Services;
  config: RegisterConfig;
  member: StaffMember;
  deps: SidebarDeps;
}

/** Who is calling, from the staff tab as it is now. */
export function caller(): Caller {
  const s = services();
  const config = loadConfig(s);
  const member = staffMemberOf(config.staff, s.identity.currentUserEmail());
  return { s, config, member, deps: { register: s.register, clock: s.clock, config } };
}

const viewerOf = (m: StaffMember): Viewer => ({ email: m.email, name: m.name, roleLabel: roleLabel(m.role) });

/** Runs one sidebar call; a refusal comes back as Arabic text the panel shows, never as a raw exception. */
function answer<T>(work: () => T): Reply<T> {
  try {
    return { ok: true, value: work() };
  } catch (err) {
    console.error(`sidebar: ${technicalDetail(err)}`);
    return { ok: false, code: errorCode(err), message: describeError(err) };
  }
}

/** The case number on the selected row of the cases tab, or null when the selection is elsewhere. */
function selectedCaseNo(s: Services): string | null {
  const sheet = s.spreadsheet.getActiveSheet();
  if (!sheet || sheet.getName() !== tabTitle('cases')) return null;
  const range = sheet.getActiveRange();
  const rowNumber = range ? range.getRow() : 0;
  if (rowNumber < 2) return null;
  const caseNo = s.register.table('cases').readRow(rowNumber).case_no;
  return caseNo ? String(caseNo) : null;
}

/** Runs a step through the same entry functions the register uses, with the form's values. */
const RUN_STEP: Record<StepId, (caseNo: string, input: StepInput) => { status: string; repaired?: string }> = {
  startStudy: (c, i) => startStudy(c, i.unit ?? ''),
  recordVerification: (c, i) => recordVerification(c, i.method as VerificationMethod, i.outcome as VerificationOutcome, i.notes ?? ''),
  referToOfficer: (c, i) => referToOfficer(c, i.reason ?? ''),
  returnFromReferral: (c) => returnFromReferral(c),
  recordDecision: (c, i) => recordDecision(c, i.decision as DecisionKind, String(i.reasons ?? '').split('\n'), i.committee),
  deliverService: (c) => deliverService(c),
  closeCase: (c) => closeCase(c),
  withdrawCase: (c, i) => withdrawCase(c, i.reason ?? ''),
};

export const sidebarServer: SidebarApi = {
  sidebarCase: (caseNo) =>
    answer(() => {
      const { s, member, deps } = caller();
      // A number copied from a mail or the panel may carry Arabic-Indic digits and direction marks: the same number.
      const typed = caseNo ? toLatinDigits(cleanText(String(caseNo))) : '';
      const wanted = typed || selectedCaseNo(s);
      if (!wanted) return { viewer: viewerOf(member), panel: null };
      // Viewing is written to the audit tab, so it shares the lock with every other write there.
      const panel = s.locker.withLock(() => {
        const audit = new AuditTrail(s.register, s.clock);
        let built: ReturnType<typeof casePanel>;
        try {
          built = casePanel(deps, audit, member, wanted);
        } catch (err) {
          // Not in the register: an archived case is shown from its year's archive, read only.
          const archived = errorCode(err) === 'CASE_NOT_FOUND' ? archivedCasePanel(deps, new SheetsArchiveBooks(s.store, deps.config.profile.digits), audit, member, wanted) : null;
          if (!archived) throw err;
          built = archived;
        }
        audit.flush();
        return built;
      });
      return { viewer: viewerOf(member), panel };
    }),

  sidebarMyWork: () =>
    answer(() => {
      const { member, deps } = caller();
      const work = myWork(deps, member);
      const strip = (items: typeof work.open) => items.map(({ rowNumber: _row, ...item }) => item);
      return { viewer: viewerOf(member), work: { overdue: strip(work.overdue), dueToday: strip(work.dueToday), open: strip(work.open) } };
    }),

  sidebarSearch: (query) =>
    answer(() => {
      const { s, config, member } = caller();
      const hits = searchCases(s.register, query, new SheetsArchiveBooks(s.store, config.profile.digits), config.profile.digits);
      if (hits === 'too_short') throw failure('QUERY_TOO_SHORT', 'sidebar.search.tooShort');
      // Who looked (issue 17): one audit row per search, with the case numbers it showed (the query masked).
      s.locker.withLock(() => {
        const audit = new AuditTrail(s.register, s.clock);
        recordSearch(audit, member, String(query ?? ''), hits.map((h) => h.caseNo));
        audit.flush();
      });
      return hits;
    }),

  sidebarStep: (caseNo, step, input) =>
    answer(() => {
      if (!isStepId(step)) throw failure('UNKNOWN_STEP', 'sidebar.error.UNKNOWN_STEP');
      const { member, config, deps } = caller();
      const values: StepInput = input && typeof input === 'object' ? input : {};
      requireRun(member, STEP_COMMANDS[step], loadCase(deps.register, caseNo).row);
      checkChoices(step, values, config.profile);
      const { status, repaired } = RUN_STEP[step](caseNo, values);
      const panel = casePanel(deps, null, member, caseNo);
      const label = panel.steps.find((v) => v.id === step)?.label ?? t(`case.command.${STEP_COMMANDS[step]}`);
      // A half-written row repaired before the step: said first, with the status it truly had.
      const done = t('sidebar.done', { step: label, status });
      return { panel, message: repaired ? `${repaired} ${done}` : done };
    }),
};

/** The sidebar page: the view it opens on and its messages are printed into it escaped (`<?= ?>`). */
export function sidebarHtml(view: InitialView): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplateFromFile('sidebar');
  template.initialView = view;
  template.messages = JSON.stringify(sidebarText());
  return template.evaluate().setTitle(t(view === 'case' ? 'sidebar.title' : 'sidebar.myWorkTitle'));
}

/** Menu item: the panel of the case on the selected row. */
export function openCasePanel(): void {
  SpreadsheetApp.getUi().showSidebar(sidebarHtml('case'));
}

/** Menu item: my open cases by urgency. */
export function openMyWork(): void {
  SpreadsheetApp.getUi().showSidebar(sidebarHtml('myWork'));
}
