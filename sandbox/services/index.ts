// The globals one execution sees: every fake service, built fresh for that execution's context.
import type { ExecutionContext } from '../core/execution';
import { createCacheService } from './cache';
import { createDocumentApp } from './document';
import { createDriveApp } from './drive';
import { createDriveAdvancedService } from './driveApi';
import { advancedService } from '../core/auth';
import { createFormApp } from './form';
import { createHtmlService } from './html';
import { createLockService } from './lock';
import { createConsole, createLogger } from './logging';
import { createMailApp } from './mail';
import { createCardService } from './card';
import { createPropertiesService } from './properties';
import { createScriptApp } from './script';
import { createSession } from './session';
import { createSpreadsheetApp } from './spreadsheet';
import { createUrlFetchApp } from './urlFetch';
import { createUtilities } from './utilities';

export function serviceGlobals(ctx: ExecutionContext): Record<string, unknown> {
  // Advanced services exist only when the manifest enables them (dependencies.enabledAdvancedServices).
  const drive = advancedService(ctx.hooks.manifest, 'Drive');
  if (drive && (drive.serviceId !== 'drive' || drive.version !== 'v3')) {
    throw new Error(`Sandbox: only the Drive advanced service v3 is faked (manifest asks ${drive.serviceId} ${drive.version})`, { cause: { code: 'SANDBOX_UNSUPPORTED' } });
  }
  return {
    ...(drive ? { Drive: createDriveAdvancedService(ctx) } : {}),
    SpreadsheetApp: createSpreadsheetApp(ctx),
    FormApp: createFormApp(ctx),
    DocumentApp: createDocumentApp(ctx),
    DriveApp: createDriveApp(ctx),
    MailApp: createMailApp(ctx),
    CardService: createCardService(ctx),
    ScriptApp: createScriptApp(ctx),
    LockService: createLockService(ctx),
    PropertiesService: createPropertiesService(ctx),
    CacheService: createCacheService(ctx),
    Utilities: createUtilities(ctx),
    Session: createSession(ctx),
    HtmlService: createHtmlService(ctx),
    UrlFetchApp: createUrlFetchApp(ctx),
    Logger: createLogger(ctx),
    console: createConsole(ctx),
  };
}
