// Compile-time checks (npm run typecheck) that every faked service keeps Google's shapes, one service family each,
// through the very types the fakes declare: each @ts-expect-error is a fake that must not compile (were the check
// gone, tsc would fail on the unused directive). The mechanism's cases are in handleShapes.types.ts.
import type { Fake } from '../../sandbox/services/gasShapes';
import type { createFormApp } from '../../sandbox/services/form';
import type { FakeForm } from '../../sandbox/services/form/handles';
import type { DocumentAppFake } from '../../sandbox/services/document';
import type { Paragraph, Table } from '../../sandbox/services/document/elements';
import type { DriveAppFake } from '../../sandbox/services/drive';
import type { createDriveAdvancedService } from '../../sandbox/services/driveApi';
import type { MailAppFake } from '../../sandbox/services/mail';
import type { createPropertiesService } from '../../sandbox/services/properties';
import type { createCacheService } from '../../sandbox/services/cache';
import type { createLockService } from '../../sandbox/services/lock';
import type { createUtilities } from '../../sandbox/services/utilities';
import type { BlobFake } from '../../sandbox/services/blob';
import type { createSession } from '../../sandbox/services/session';
import type { createScriptApp } from '../../sandbox/services/script';
import type { HtmlOutputFake } from '../../sandbox/services/html';
import type { createHtmlService } from '../../sandbox/services/html';
import type { createUrlFetchApp } from '../../sandbox/services/urlFetch';
import type { createLogger } from '../../sandbox/services/logging';

export const formApp: ReturnType<typeof createFormApp> = {
  // @ts-expect-error FormApp.openById takes the form's id as text.
  openById: (_id: number) => null,
};

export const form: Partial<FakeForm> = {
  // @ts-expect-error Form has no addQuestion: a method Google lacks is no fake of it.
  addQuestion: () => null,
};

export const documentApp: DocumentAppFake = {
  // @ts-expect-error DocumentApp.create takes the name as text.
  create: (_name: number) => null,
};

export const paragraph: Partial<Paragraph> = {
  // @ts-expect-error Paragraph.setText returns nothing in Apps Script: a fake offering a chain after it is kinder than Google.
  setText: () => ({ setHeading: () => null }),
};

export const table: Partial<Table> = {
  // @ts-expect-error Table.getNumRows gives a number.
  getNumRows: () => '2',
};

export const driveApp: DriveAppFake = {
  // @ts-expect-error DriveApp has no getFileByName (getFilesByName gives an iterator).
  getFileByName: () => null,
};

export const driveFiles: ReturnType<typeof createDriveAdvancedService>['Files'] = {
  // @ts-expect-error Drive.Files.get takes the file's id as text.
  get: (_fileId: number) => ({}),
};

export const mailApp: MailAppFake = {
  // @ts-expect-error MailApp.getRemainingDailyQuota gives a number.
  getRemainingDailyQuota: () => '100',
};

export const properties: Fake<GoogleAppsScript.Properties.Properties> & ReturnType<typeof createPropertiesService> = {
  // @ts-expect-error Properties.setProperty takes the value as text.
  setProperty: (_key: string, _value: number) => null,
};

export const cacheService: ReturnType<typeof createCacheService> = {
  // @ts-expect-error CacheService has no getCache.
  getCache: () => null,
};

export const lockService: ReturnType<typeof createLockService> = {
  // @ts-expect-error LockService.getScriptLock takes no parameter.
  getScriptLock: (_timeoutMs: number) => null,
};

export const utilities: ReturnType<typeof createUtilities> = {
  // @ts-expect-error Utilities.formatDate gives text.
  formatDate: (_date: Date, _timeZone: string, _format: string) => 0,
};

export const blob: Partial<BlobFake> = {
  // @ts-expect-error Blob.setName takes the name as text.
  setName: (_name: number) => null,
};

export const session: ReturnType<typeof createSession> = {
  // @ts-expect-error Session.getScriptTimeZone gives the zone's name.
  getScriptTimeZone: () => 3,
};

export const scriptApp: ReturnType<typeof createScriptApp> = {
  // @ts-expect-error ScriptApp.newTrigger takes the handler function's name.
  newTrigger: (_functionName: () => void) => null,
};

export const htmlService: ReturnType<typeof createHtmlService> = {
  // @ts-expect-error HtmlService.createHtmlOutput takes HTML text (or a blob source), not a number.
  createHtmlOutput: (_html: number) => null,
};

export const htmlOutput: Partial<HtmlOutputFake> = {
  // @ts-expect-error HtmlOutput.getContent gives text.
  getContent: () => null,
};

export const urlFetchApp: ReturnType<typeof createUrlFetchApp> = {
  // @ts-expect-error UrlFetchApp.fetch takes the address as text.
  fetch: (_url: URL) => null,
};

export const logger: ReturnType<typeof createLogger> = {
  // @ts-expect-error Logger.getLog gives text.
  getLog: () => [],
};
