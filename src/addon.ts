// The Workspace add-on's bundle (build/addon/Code.js), a standalone project of its own: every function its
// manifest (appsscript.addon.json) and its cards' actions name, assigned to `global` for gas-webpack-plugin.
import {
  onAddonHomepage, onSheetsHomepage, onSheetsFileScopeGranted, requestSheetsFileScope, openRegisterSettings, saveRegisterChoice, useOpenRegister, showCaseByNumber, showCase,
} from './entry/addon/handlers';

declare const global: Record<string, unknown>;

// Triggers of the manifest: the homepages and Sheets' per-file grant
global.onAddonHomepage = onAddonHomepage;
global.onSheetsHomepage = onSheetsHomepage;
global.onSheetsFileScopeGranted = onSheetsFileScopeGranted;
// The cards' actions
global.requestSheetsFileScope = requestSheetsFileScope;
global.openRegisterSettings = openRegisterSettings;
global.saveRegisterChoice = saveRegisterChoice;
global.useOpenRegister = useOpenRegister;
global.showCaseByNumber = showCaseByNumber;
global.showCase = showCase;
