// The bundle's entry: every function Apps Script calls is assigned to `global` here, and
// gas-webpack-plugin turns each assignment into a top-level function declaration.
import { onOpen, showAbout, openSettings } from './entry/menu';
import { onHomepage } from './entry/homepage';
import { archiveFromMenu } from './entry/archive';
import { setup, setupFromMenu } from './entry/setup';
import { onServiceRequestSubmit, getIntakeOptions, registerCaseFromChannel, openNewCaseDialog } from './entry/intake';
import {
  onRegisterEdit, startStudy, recordVerification, referToOfficer, returnFromReferral, recordDecision,
  deliverService, closeCase, withdrawCase, prepareCommitteeMinutes, prepareMinutesFromMenu,
} from './entry/cases';
import { sidebarServer, openCasePanel, openMyWork } from './entry/sidebar';
import { openRowActions, rowActionsView, rowActionsRun } from './entry/rowActions';
import { openProgramDialog, createProgramFromDialog, openFieldActivityDialog, getFieldActivityOptions, logFieldActivityFromDialog } from './entry/staffDialogs';

import { recordOptOut, optOutFromMenu, recordResumeMessages, resumeMessagesFromMenu } from './entry/optOut';
import { doGet } from './entry/statusPage';
import { openBreachDialog, recordBreachFromDialog, recordAuthorityNotification, breachNotifiedFromMenu, evidenceReport, evidenceReportFromMenu,
  openDataRequestDialog, recordDataRequestFromDialog, answerDataSubjectRequest, extendDataSubjectRequest, answerDataRequestFromMenu, extendDataRequestFromMenu } from './entry/privacy';
import { dailySweep, sendOutbox, weeklySummary, continueScheduledWork, sendSummaryFromMenu } from './entry/scheduled';
import {
  onProgramRegistrationSubmit, onProgramEvaluationSubmit, sendProgramEvaluations, createProgram, programAnnouncement,
  recordProgramPayment, inviteToInterview, recordInterview, callToCompleteRegistration, enrollRegistrant, recordAttendance, programReport,
} from './entry/programs';
import { onSatisfactionSubmit, sendSatisfactionSurveys, logFieldActivity, satisfactionScores } from './entry/satisfaction';
import {
  onComplaintSubmit, registerComplaint, assignComplaint, startComplaintInvestigation, recordComplaintResolution, notifyComplainant,
  closeComplaint, complaintsOverview, openCompensationClaim, recordFault, recordInvestigationMinutes, approveMinutes, recordRuling,
  recordSettlement, grantCompensation, refuseClaim, acknowledgePolicy, acknowledgePolicyFromMenu, getComplaintOptions, openComplaintDialog, staffSignoffReminders, onDataUpdateSubmit,
} from './entry/complaints';
import { spoken } from './entry/errors';

declare const global: Record<string, unknown>;
// What the global object held before this file gave it its entries (gas-webpack-plugin's empty stubs among them,
// each replaced below by its entry): see the end of the file.
const before = new Map(Object.entries(global));

// Simple triggers and the add-on card
global.onOpen = onOpen;
global.onHomepage = onHomepage;
// Menu items
global.showAbout = showAbout;
global.openSettings = openSettings;
global.sendSummaryFromMenu = sendSummaryFromMenu;
global.setupFromMenu = setupFromMenu;
global.optOutFromMenu = optOutFromMenu;
global.resumeMessagesFromMenu = resumeMessagesFromMenu;
// The status web app (issue 16)
global.doGet = doGet;
global.recordOptOut = recordOptOut;
global.recordResumeMessages = recordResumeMessages;
global.archiveFromMenu = archiveFromMenu;
global.openNewCaseDialog = openNewCaseDialog;
global.prepareMinutesFromMenu = prepareMinutesFromMenu;
global.openCasePanel = openCasePanel;
global.openMyWork = openMyWork;
global.openRowActions = openRowActions;
global.openProgramDialog = openProgramDialog;
global.openFieldActivityDialog = openFieldActivityDialog;
// Installable triggers
global.onServiceRequestSubmit = onServiceRequestSubmit;
global.onRegisterEdit = onRegisterEdit;
global.dailySweep = dailySweep;
global.sendOutbox = sendOutbox;
global.weeklySummary = weeklySummary;
global.continueScheduledWork = continueScheduledWork;
// Called from the editor, dialogs and the sidebar
global.setup = setup;
global.getIntakeOptions = getIntakeOptions;
global.registerCaseFromChannel = registerCaseFromChannel;
global.startStudy = startStudy;
global.recordVerification = recordVerification;
global.referToOfficer = referToOfficer;
global.returnFromReferral = returnFromReferral;
global.recordDecision = recordDecision;
global.deliverService = deliverService;
global.closeCase = closeCase;
global.withdrawCase = withdrawCase;
global.prepareCommitteeMinutes = prepareCommitteeMinutes;
// Programs and activities (PR): triggers, then staff calls
global.onProgramRegistrationSubmit = onProgramRegistrationSubmit;
global.onProgramEvaluationSubmit = onProgramEvaluationSubmit;
global.sendProgramEvaluations = sendProgramEvaluations;
global.createProgram = createProgram;
global.programAnnouncement = programAnnouncement;
global.recordProgramPayment = recordProgramPayment;
global.inviteToInterview = inviteToInterview;
global.recordInterview = recordInterview;
global.callToCompleteRegistration = callToCompleteRegistration;
global.enrollRegistrant = enrollRegistrant;
global.recordAttendance = recordAttendance;
global.programReport = programReport;
// Satisfaction (SAT, G5, G6): triggers, staff logs, figures for the manager summary
global.onSatisfactionSubmit = onSatisfactionSubmit;
global.sendSatisfactionSurveys = sendSatisfactionSurveys;
global.logFieldActivity = logFieldActivity;
global.satisfactionScores = satisfactionScores;
// Complaints (CM), compensation (CP), staff sign-off (RS) and data updates (IN-3): triggers, then staff calls
global.onComplaintSubmit = onComplaintSubmit;
global.staffSignoffReminders = staffSignoffReminders;
global.onDataUpdateSubmit = onDataUpdateSubmit;
global.registerComplaint = registerComplaint;
global.assignComplaint = assignComplaint;
global.startComplaintInvestigation = startComplaintInvestigation;
global.recordComplaintResolution = recordComplaintResolution;
global.notifyComplainant = notifyComplainant;
global.closeComplaint = closeComplaint;
global.complaintsOverview = complaintsOverview;
global.openCompensationClaim = openCompensationClaim;
global.recordFault = recordFault;
global.recordInvestigationMinutes = recordInvestigationMinutes;
global.approveMinutes = approveMinutes;
global.recordRuling = recordRuling;
global.recordSettlement = recordSettlement;
global.grantCompensation = grantCompensation;
global.refuseClaim = refuseClaim;
global.acknowledgePolicy = acknowledgePolicy;
global.acknowledgePolicyFromMenu = acknowledgePolicyFromMenu;
global.getComplaintOptions = getComplaintOptions;
global.openComplaintDialog = openComplaintDialog;
// The sidebar's server functions (src/ui/contract.ts: SidebarApi)
global.sidebarCase = sidebarServer.sidebarCase;
global.sidebarMyWork = sidebarServer.sidebarMyWork;
global.sidebarSearch = sidebarServer.sidebarSearch;
global.sidebarStep = sidebarServer.sidebarStep;
// The selected record's actions dialog (complaints, claims, registrations, programs)
global.rowActionsView = rowActionsView;
global.rowActionsRun = rowActionsRun;
// The new program and field activity dialogs' server calls
global.createProgramFromDialog = createProgramFromDialog;
global.getFieldActivityOptions = getFieldActivityOptions;
// Personal data (issue 17): the breach log
global.openBreachDialog = openBreachDialog;
global.recordBreachFromDialog = recordBreachFromDialog;
global.recordAuthorityNotification = recordAuthorityNotification;
global.breachNotifiedFromMenu = breachNotifiedFromMenu;
global.evidenceReport = evidenceReport;
global.evidenceReportFromMenu = evidenceReportFromMenu;
global.openDataRequestDialog = openDataRequestDialog;
global.recordDataRequestFromDialog = recordDataRequestFromDialog;
global.answerDataSubjectRequest = answerDataSubjectRequest;
global.extendDataSubjectRequest = extendDataSubjectRequest;
global.answerDataRequestFromMenu = answerDataRequestFromMenu;
global.extendDataRequestFromMenu = extendDataRequestFromMenu;
global.logFieldActivityFromDialog = logFieldActivityFromDialog;

// One voice for errors: whatever an entry throws reaches its caller (a page, the editor, the execution log) as the
// person's sentence through describeError, its code kept (src/entry/errors.ts).
for (const name of Object.keys(global)) {
  const entry = global[name];
  if (entry !== before.get(name) && typeof entry === 'function') global[name] = spoken(entry as (...args: unknown[]) => unknown);
}
