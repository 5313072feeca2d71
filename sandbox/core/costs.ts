// The cost model: one table of Apps Script latencies per method, and the per-method report of a run.
import type { CallRecord, CallSize } from './context';

/** Milliseconds Apps Script typically spends on one call, from public measurements (round trips to
 *  Sheets 30–60 ms, setProperty ~62 ms, getProperty ~30 ms, document create/copy ~1 s, mail ~0.3 s).
 *  Keys are 'Class.method'; a class default 'Class.*' covers methods not listed. */
export const LATENCY_MS: Record<string, number> = {
  // Sheets: reads and writes are round trips; cheap getters on cached objects are not.
  'SpreadsheetApp.getActiveSpreadsheet': 40,
  'SpreadsheetApp.openById': 120,
  'SpreadsheetApp.openByUrl': 120,
  'SpreadsheetApp.create': 800,
  'SpreadsheetApp.flush': 50,
  'SpreadsheetApp.getUi': 5,
  'SpreadsheetApp.*': 2,
  'Spreadsheet.getSheetByName': 35,
  'Spreadsheet.getSheets': 35,
  'Spreadsheet.insertSheet': 250,
  'Spreadsheet.deleteSheet': 200,
  'Spreadsheet.*': 30,
  'Sheet.getRange': 5,
  'Sheet.getDataRange': 45,
  'Sheet.getLastRow': 40,
  'Sheet.getLastColumn': 40,
  'Sheet.appendRow': 60,
  'Sheet.insertRows': 60,
  'Sheet.protect': 80,
  'Sheet.*': 35,
  'Range.getValues': 45,
  'Range.getDisplayValues': 50,
  'Range.getValue': 40,
  'Range.setValues': 60,
  'Range.setValue': 50,
  'Range.getFormulas': 45,
  'Range.setFormula': 50,
  'Range.setFormulas': 60,
  'Range.createTextFinder': 2,
  'TextFinder.findAll': 60,
  'TextFinder.findNext': 50,
  'Range.getA1Notation': 1,
  'Range.getRow': 1,
  'Range.getColumn': 1,
  'Range.getNumRows': 1,
  'Range.getNumColumns': 1,
  'Range.getSheet': 1,
  'Range.*': 40,
  'Protection.*': 40,
  'Ui.*': 10,
  'Menu.*': 10,
  // Forms
  'FormApp.create': 1200,
  'FormApp.openById': 150,
  'FormApp.*': 2,
  'Form.setDestination': 1500,
  'Form.getResponses': 200,
  'Form.*': 80,
  'FormItem.*': 60,
  'FormResponse.*': 5,
  'FormResponse.submit': 400,
  // Docs, Drive, Mail (implemented by the Docs/Drive/Mail fakes; charged from the same table)
  'DocumentApp.create': 1000,
  // The Drive advanced service (Drive API v3): a document or a copy takes as long as DocumentApp.create or makeCopy.
  'Drive.Files.create': 1000,
  'Drive.Files.copy': 1000,
  'Drive.*': 120,
  'DocumentApp.openById': 300,
  'DocumentApp.openByUrl': 300,
  'DocumentApp.*': 5,
  'Document.saveAndClose': 400,
  'Document.*': 30,
  'Body.replaceText': 60,
  'Body.*': 20,
  'Paragraph.*': 20,
  'ListItem.*': 20,
  'Table.*': 25,
  'TableRow.*': 20,
  'TableCell.*': 20,
  'FileIterator.*': 5,
  'FolderIterator.*': 5,
  'DriveApp.getFileById': 150,
  'DriveApp.getFolderById': 150,
  'DriveApp.createFolder': 400,
  'DriveApp.createFile': 600,
  'DriveApp.*': 120,
  'File.makeCopy': 1000,
  'File.getAs': 1500,
  'File.*': 100,
  'Folder.*': 120,
  'MailApp.sendEmail': 300,
  'MailApp.getRemainingDailyQuota': 30,
  'MailApp.*': 30,
  // Script services
  'ScriptApp.newTrigger': 2,
  'TriggerBuilder.create': 300,
  'ScriptApp.getProjectTriggers': 100,
  'ScriptApp.getUserTriggers': 100,
  'ScriptApp.deleteTrigger': 200,
  'ScriptApp.*': 1,
  'LockService.*': 1,
  'Lock.tryLock': 20,
  'Lock.waitLock': 20,
  'Lock.releaseLock': 10,
  'Lock.hasLock': 1,
  'PropertiesService.*': 1,
  'Properties.getProperty': 30,
  'Properties.setProperty': 62,
  'Properties.getProperties': 35,
  'Properties.setProperties': 70,
  'Properties.deleteProperty': 60,
  'Properties.*': 35,
  // Cards are assembled locally and sent once with the response: next to free.
  'CardService.*': 1,
  'Card.*': 1,
  'CardBuilder.*': 1,
  'CardHeader.*': 1,
  'CardSection.*': 1,
  'CardAction.*': 1,
  'FixedFooter.*': 1,
  'TextParagraph.*': 1,
  'DecoratedText.*': 1,
  'KeyValue.*': 1,
  'TextButton.*': 1,
  'ButtonSet.*': 1,
  'Divider.*': 1,
  'Grid.*': 1,
  'GridItem.*': 1,
  'Image.*': 1,
  'TextInput.*': 1,
  'Action.*': 1,
  'OpenLink.*': 1,
  'Navigation.*': 1,
  'Notification.*': 1,
  'ActionResponseBuilder.*': 1,
  'ActionResponse.*': 1,
  'CacheService.*': 1,
  'Cache.*': 15,
  'UrlFetchApp.fetch': 250,
  'UrlFetchApp.*': 250,
  'HtmlService.*': 5,
  'Session.*': 2,
  'Utilities.*': 1,
};

const DEFAULT_LATENCY_MS = 20;

/** Price of each cell a call reads back or scans, on top of its round trip: the middle of the
 *  published 30–100 µs (docs/sandbox.md, "Priced by size"). */
export const CELL_READ_MS = 0.065;
/** Price of each cell a call writes or clears, on top of its round trip: the middle of the published
 *  50–150 µs (docs/sandbox.md, "Priced by size"). */
export const CELL_WRITE_MS = 0.1;

/** What one call of `method` costs: its round trip plus its size, rounded up to a whole millisecond
 *  (the clock moves in whole ms; rounding up is the stricter choice). */
export function costOf(method: string, size?: CallSize): number {
  const base = latencyOf(method);
  if (!size) return base;
  const bySize = (size.cellsRead ?? 0) * CELL_READ_MS + (size.cellsWritten ?? 0) * CELL_WRITE_MS;
  return base + Math.ceil(bySize - 1e-9);
}

/** The latency the cost model charges for one call of `method` ('Class.method'). */
export function latencyOf(method: string): number {
  const exact = LATENCY_MS[method];
  if (exact !== undefined) return exact;
  const cls = method.split('.')[0];
  return LATENCY_MS[`${cls}.*`] ?? DEFAULT_LATENCY_MS;
}

export interface MethodCost {
  method: string;
  calls: number;
  ms: number;
  /** Cells these calls read or scanned, and wrote or cleared (0 for calls not priced by size). */
  cellsRead: number;
  cellsWritten: number;
}

export interface CostReport {
  executions: number;
  calls: number;
  /** Projected Apps Script time: the sum of every charged latency (and Utilities.sleep). */
  projectedMs: number;
  /** The slowest execution's projected time, to compare with the 6-minute limit. */
  longestExecutionMs: number;
  byMethod: MethodCost[];
}

export function emptyCostReport(): CostReport {
  return { executions: 0, calls: 0, projectedMs: 0, longestExecutionMs: 0, byMethod: [] };
}

/** Adds one execution's calls to a running report (kept sorted by time spent, highest first). */
export function addToCostReport(report: CostReport, calls: CallRecord[], elapsedMs: number): CostReport {
  const byMethod = new Map(report.byMethod.map((m) => [m.method, { ...m }]));
  for (const call of calls) {
    const entry = byMethod.get(call.method) ?? { method: call.method, calls: 0, ms: 0, cellsRead: 0, cellsWritten: 0 };
    entry.calls += 1;
    entry.ms += call.ms;
    // Reports saved before sizes were priced have no cell counts.
    entry.cellsRead = (entry.cellsRead ?? 0) + (call.cellsRead ?? 0);
    entry.cellsWritten = (entry.cellsWritten ?? 0) + (call.cellsWritten ?? 0);
    byMethod.set(call.method, entry);
  }
  return {
    executions: report.executions + 1,
    calls: report.calls + calls.length,
    projectedMs: report.projectedMs + elapsedMs,
    longestExecutionMs: Math.max(report.longestExecutionMs, elapsedMs),
    byMethod: [...byMethod.values()].sort((a, b) => b.ms - a.ms || a.method.localeCompare(b.method)),
  };
}
