// A person using the bound spreadsheet: opening it (onOpen fires), selecting a range, and typing into a cell,
// with protection and validation checked as the Sheets UI does, the value parsed as typed, then onEdit fires.
import type { ExecutionContext, ExecutionResult } from '../core/execution';
import { triggerSlot } from '../core/triggers';
import { parseA1 } from '../services/spreadsheet/a1';
import { createHandles, select } from '../services/spreadsheet/handles';
import { cellAt, type CellValue, type SpreadsheetModel } from '../services/spreadsheet/model';
import { findSpreadsheet, refReader, sheetByName, writeUserEntered } from '../services/spreadsheet/store';
import { passesValidation } from '../services/spreadsheet/validation';
import { displayOf, parseUserEntered } from '../services/spreadsheet/values';
import { userHandle } from '../services/session';
import type { Host } from './host';

export const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export interface EditOutcome {
  oldValue: string;
  value: string;
  executions: ExecutionResult[];
}

function fail(message: string, code: string): Error {
  return new Error(message, { cause: { code } });
}

function boundSpreadsheet(sandbox: Host): SpreadsheetModel {
  const ss = sandbox.world.boundSpreadsheetId ? findSpreadsheet(sandbox.world, sandbox.world.boundSpreadsheetId) : undefined;
  if (!ss) throw fail('The script is not bound to a spreadsheet', 'NO_BOUND_SPREADSHEET');
  return ss;
}

function protectedFor(ss: SpreadsheetModel, sheetName: string, row: number, col: number, user: string): boolean {
  const sheet = sheetByName(ss, sheetName);
  if (!sheet || user === ss.owner) return false;
  return sheet.protections.some((p) => {
    if (p.warningOnly || p.editors.includes(user)) return false;
    if (p.rangeA1 === null) return true;
    const b = parseA1(p.rangeA1);
    return row >= (b.row ?? 1) && row <= (b.lastRow ?? Infinity) && col >= (b.col ?? 1) && col <= (b.lastCol ?? Infinity);
  });
}

/** The values of the range a VALUE_IN_RANGE rule names ('Sheet'!A1:B3), read from the spreadsheet. */
function rangeValues(ss: SpreadsheetModel, ref: string): CellValue[] {
  const b = parseA1(ref);
  const sheet = b.sheetName ? sheetByName(ss, b.sheetName) : ss.sheets[0];
  if (!sheet) return [];
  const out: CellValue[] = [];
  for (let r = b.row ?? 1; r <= (b.lastRow ?? sheet.maxRows); r++) for (let c = b.col ?? 1; c <= (b.lastCol ?? sheet.maxColumns); c++) out.push(cellAt(sheet, r, c)?.v ?? null);
  return out;
}

export function personEdits(sandbox: Host, sheetName: string, a1: string, typed: unknown, user: string): EditOutcome {
  const ss = boundSpreadsheet(sandbox);
  const sheet = sheetByName(ss, sheetName);
  if (!sheet) throw fail(`No sheet named "${sheetName}"`, 'SHEET_NOT_FOUND');
  const b = parseA1(a1);
  const row = b.row ?? 1;
  const col = b.col ?? 1;
  if (protectedFor(ss, sheetName, row, col, user)) throw fail(PROTECTED_MESSAGE, 'CELL_PROTECTED');
  const before = cellAt(sheet, row, col);
  const parsed = parseUserEntered(typed, before?.fmt, ss.timeZone, refReader(sheet));
  if (before?.dv && !before.dv.allowInvalid && !passesValidation(before.dv, parsed.v, (ref) => rangeValues(ss, ref))) {
    throw fail(`Invalid: ${before.dv.helpText ?? 'Input must fall within specified range'}`, 'DATA_VALIDATION');
  }
  const oldValue = displayOf(before, ss.timeZone);
  writeUserEntered(ss, sheet, row, col, typed);
  const value = displayOf(cellAt(sheet, row, col), ss.timeZone);

  const event = (authMode: string, uid?: string) => (ctx: ExecutionContext) => {
    const handles = createHandles(ctx);
    const e: Record<string, unknown> = {
      authMode,
      range: handles.range(ss, sheet, { row, col, numRows: 1, numCols: 1 }),
      source: handles.spreadsheet(ss),
      // The active user, if Google reveals them (identity.ts): a User whose getEmail() is '' otherwise.
      user: userHandle(ctx.identity.active),
      value,
    };
    // Apps Script leaves oldValue out when the cell was empty.
    if (oldValue !== '') e.oldValue = oldValue;
    if (uid) e.triggerUid = uid;
    return e;
  };
  const executions: ExecutionResult[] = [];
  if (sandbox.definesFunction('onEdit')) executions.push(sandbox.execute('onEdit', [], { user, context: 'simple', eventFactory: event('LIMITED'), cause: 'simple:onEdit', authMode: 'LIMITED' }));
  for (const t of triggerSlot(sandbox.world).triggers.filter((x) => x.eventType === 'ON_EDIT' && x.sourceId === ss.id)) {
    executions.push(sandbox.execute(t.handler, [], { user: t.owner, context: 'installable', person: user, eventFactory: event('FULL', t.uid), cause: `trigger:${t.uid}` }));
  }
  return { oldValue, value, executions };
}

/** A person selecting a range of the bound spreadsheet (what getActiveSheet/getActiveRange then see). */
export function personSelects(sandbox: Host, sheetName: string, a1: string): void {
  const ss = findSpreadsheet(sandbox.world, sandbox.world.boundSpreadsheetId ?? '');
  const sheet = ss ? sheetByName(ss, sheetName) : undefined;
  if (!ss || !sheet) throw fail(`No sheet named ${sheetName}`, 'NO_SHEET');
  select(ss, sheet, a1);
}

/** A person opening the bound spreadsheet: simple onOpen (which builds menus), then onOpen triggers. */
export function personOpens(sandbox: Host, user: string): ExecutionResult[] {
  const ss = boundSpreadsheet(sandbox);
  const event = (authMode: string, uid?: string) => (ctx: ExecutionContext) => ({
    authMode, source: createHandles(ctx).spreadsheet(ss), user: userHandle(ctx.identity.active), ...(uid ? { triggerUid: uid } : {}),
  });
  const executions: ExecutionResult[] = [];
  if (sandbox.definesFunction('onOpen')) executions.push(sandbox.execute('onOpen', [], { user, context: 'simple', eventFactory: event('LIMITED'), cause: 'simple:onOpen', authMode: 'LIMITED' }));
  for (const t of triggerSlot(sandbox.world).triggers.filter((x) => x.eventType === 'ON_OPEN' && x.sourceId === ss.id)) {
    executions.push(sandbox.execute(t.handler, [], { user: t.owner, context: 'installable', person: user, eventFactory: event('FULL', t.uid), cause: `trigger:${t.uid}` }));
  }
  return executions;
}
