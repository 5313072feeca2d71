// The bundle's entry: every function Apps Script calls is assigned to `global` here, and
// gas-webpack-plugin turns each assignment into a top-level function declaration.
import { onOpen, showAbout } from './entry/menu';
import { onHomepage } from './entry/homepage';
import { setup, setupFromMenu } from './entry/setup';
import { onServiceRequestSubmit, getIntakeOptions, registerCaseFromChannel, openNewCaseDialog } from './entry/intake';
import {
  onRegisterEdit, startStudy, recordVerification, referToOfficer, returnFromReferral, recordDecision,
  deliverService, closeCase, withdrawCase, prepareCommitteeMinutes, prepareMinutesFromMenu,
} from './entry/cases';

import { dailySweep, sendOutbox, weeklySummary, continueScheduledWork } from './entry/scheduled';

declare const global: Record<string, unknown>;

// Simple triggers and the add-on card
global.onOpen = onOpen;
global.onHomepage = onHomepage;
// Menu items
global.showAbout = showAbout;
global.setupFromMenu = setupFromMenu;
global.openNewCaseDialog = openNewCaseDialog;
global.prepareMinutesFromMenu = prepareMinutesFromMenu;
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
