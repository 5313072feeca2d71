// The Spreadsheet, Sheet, Range, Protection and TextFinder objects scripts hold: thin handles over
// the world's spreadsheet model, charging each call to the cost model.
import type { ExecutionContext } from '../../core/execution';
import type { CallTarget } from '../../core/context';
import { scriptError } from '../../core/execution';
import { a1Of, columnLetter, parseA1 } from './a1';
import {
  DEFAULT_COLUMN_WIDTH, cellAt, cellForWrite, isDateValue, lastColumnWithContent, lastRowWithContent,
  type CellModel, type ProtectionModel, type SheetModel, type SpreadsheetModel,
} from './model';
import { checkCellLengths, ensureSize, insertSheetModel, sheetByName, spreadsheetUrl, writeUserEntered } from './store';
import { dataValidationHandle } from './validation';
import { editUrl, formSlot } from '../form/model';
import { displayOf } from './values';
import type { Fake } from '../gasShapes';

/** The handles' shapes: Google's classes (a method Google lacks, or a signature it does not have, is a type error),
 *  with the model each stands for. */
/** Every Apps Script object answers toString() with its class name, which @types leaves out. */
type Internal = { [internal: `__${string}`]: unknown; toString?: () => string };
type FakeRange = Fake<GoogleAppsScript.Spreadsheet.Range> & Internal & { __box: Box };
type FakeSheet = Fake<GoogleAppsScript.Spreadsheet.Sheet, 'getProtections'> & Internal & { __sheet: SheetModel };
type FakeTextFinder = Fake<GoogleAppsScript.Spreadsheet.TextFinder> & Internal;
type FakeProtection = Fake<GoogleAppsScript.Spreadsheet.Protection, 'getProtectionType'> & Internal;
type FakeSpreadsheet = Fake<GoogleAppsScript.Spreadsheet.Spreadsheet, 'getProtections'> & Internal & { __spreadsheet: SpreadsheetModel };

/** Sheets stores the 'general' format as its default pattern and reads that back (gas-fakes testsheets.js, live). */
const GENERAL_FORMAT = '0.###############';
/** The font of a new Google spreadsheet's cells. */
const DEFAULT_FONT_FAMILY = 'Arial';
const storedFormat = (format: string) => (format.toLowerCase() === 'general' ? GENERAL_FORMAT : format);

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** Whole rows ('5:7') or whole columns ('D:F') as written in A1: Google keeps that form in getA1Notation.
   *  'sheet' is the unbounded range of a sheet protection, whose A1 notation is '' (gas-fakes
   *  testsheetspermissions.js, live). */
  span?: 'rows' | 'columns' | 'sheet';
}

export function createHandles(ctx: ExecutionContext) {
  // A call that moves cells is priced by how many (costs.ts): `read` cells read back or scanned, `written` cells set or cleared.
  const charge = (method: string, size?: { read?: number; written?: number }, target?: CallTarget) =>
    ctx.call(method, size ? { cellsRead: size.read ?? 0, cellsWritten: size.written ?? 0 } : undefined, target);
  const user = (email: string) => ({ getEmail: () => email, toString: () => email });

  /** Apps Script's check on a 2-D array given to setValues/setFormulas/setNumberFormats... */
  const checkShape = (data: unknown, box: Box): unknown[][] => {
    if (!Array.isArray(data) || !data.every(Array.isArray)) throw scriptError('The parameters (String) don\'t match the method signature for SpreadsheetApp.Range.setValues.', 'BAD_ARGUMENT');
    const rows = data as unknown[][];
    if (rows.length !== box.numRows) throw scriptError(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${box.numRows}.`, 'RANGE_SHAPE');
    for (const r of rows) {
      if (r.length !== box.numCols) throw scriptError(`The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${box.numCols}.`, 'RANGE_SHAPE');
    }
    return rows;
  };

  /** What clear() removes from a cell: its content and its formats, never its note or data validation. */
  const clearCell = (cell: CellModel | null | undefined) => {
    if (!cell) return;
    cell.v = null;
    cell.f = null;
    delete cell.fmt;
    delete cell.background;
    delete cell.fontWeight;
    delete cell.horizontalAlignment;
    delete cell.wrap;
  };

  const valueOut = (cell: CellModel | undefined): unknown => {
    if (!cell || cell.v === null) return '';
    return isDateValue(cell.v) ? ctx.newDate(cell.v.date) : cell.v;
  };

  function range(ss: SpreadsheetModel, sheet: SheetModel, box: Box): FakeRange {
    const { row, col, numRows, numCols } = box;
    const ruleRange = (a1: string) => a1Range(ss, sheet, a1);
    const cells = numRows * numCols;
    const read = { read: cells };
    const written = { written: cells };
    const grid = <T>(read: (cell: CellModel | undefined, r: number, c: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = 0; r < numRows; r++) {
        const line: T[] = [];
        for (let c = 0; c < numCols; c++) line.push(read(cellAt(sheet, row + r, col + c), row + r, col + c));
        out.push(line);
      }
      return ctx.realmArray(out.map((line) => ctx.realmArray(line)));
    };
    const each = (write: (cell: CellModel, r: number, c: number) => void) => {
      for (let r = 0; r < numRows; r++) for (let c = 0; c < numCols; c++) write(cellForWrite(sheet, row + r, col + c), r, c);
    };
    const fill = <T>(value: T): T[][] => Array.from({ length: numRows }, () => Array.from({ length: numCols }, () => value));
    const writeValues = (rows: unknown[][]) => {
      checkCellLengths(rows.flat());
      ensureSize(ss, sheet, row + numRows - 1, col + numCols - 1);
      rows.forEach((line, r) => line.forEach((v, c) => writeUserEntered(ss, sheet, row + r, col + c, v)));
    };
    const self: FakeRange = {
      getValues: () => (charge('Range.getValues', read), grid((cell) => valueOut(cell))),
      getValue: () => (charge('Range.getValue', { read: 1 }), valueOut(cellAt(sheet, row, col))),
      getDisplayValues: () => (charge('Range.getDisplayValues', read), grid((cell) => displayOf(cell, ss.timeZone))),
      getDisplayValue: () => (charge('Range.getDisplayValue', { read: 1 }), displayOf(cellAt(sheet, row, col), ss.timeZone)),
      setValues(values: unknown[][]) {
        charge('Range.setValues', written, { sheet: sheet.name, ...box });
        writeValues(checkShape(values, box));
        return self;
      },
      setValue(value: unknown) {
        charge('Range.setValue', written);
        // Apps Script writes one value into every cell of a multi-cell range.
        writeValues(fill(value));
        return self;
      },
      getFormulas: () => (charge('Range.getFormulas', read), grid((cell) => cell?.f ?? '')),
      getFormula: () => (charge('Range.getFormula', { read: 1 }), cellAt(sheet, row, col)?.f ?? ''),
      setFormula(formula: string) {
        charge('Range.setFormula', written);
        writeValues(fill(formula.startsWith('=') ? formula : `=${formula}`));
        return self;
      },
      setFormulas(formulas: string[][]) {
        charge('Range.setFormulas', written);
        writeValues(checkShape(formulas, box));
        return self;
      },
      getNumberFormats: () => (charge('Range.getNumberFormats', read), grid((cell) => cell?.fmt ?? GENERAL_FORMAT)),
      getNumberFormat: () => (charge('Range.getNumberFormat', { read: 1 }), cellAt(sheet, row, col)?.fmt ?? GENERAL_FORMAT),
      setNumberFormat(format: string) {
        charge('Range.setNumberFormat', written);
        each((cell) => (cell.fmt = storedFormat(format)));
        return self;
      },
      setNumberFormats(formats: string[][]) {
        charge('Range.setNumberFormats', written);
        const rows = checkShape(formats, box);
        each((cell, r, c) => (cell.fmt = storedFormat(String(rows[r][c]))));
        return self;
      },
      setDataValidation(rule: { __model?: unknown } | null) {
        charge('Range.setDataValidation', written);
        const model = rule ? (rule.__model as CellModel['dv']) : null;
        each((cell) => (cell.dv = model ? { ...model } : null));
        return self;
      },
      setDataValidations(rules: Array<Array<{ __model?: unknown } | null>>) {
        charge('Range.setDataValidations', written);
        const rows = checkShape(rules, box) as Array<Array<{ __model?: unknown } | null>>;
        each((cell, r, c) => (cell.dv = rows[r][c] ? { ...(rows[r][c]!.__model as NonNullable<CellModel['dv']>) } : null));
        return self;
      },
      getDataValidation: () => {
        charge('Range.getDataValidation');
        const dv = cellAt(sheet, row, col)?.dv;
        return dv ? dataValidationHandle(ctx, dv, ruleRange) : null;
      },
      getDataValidations: () => (charge('Range.getDataValidations', read), grid((cell) => (cell?.dv ? dataValidationHandle(ctx, cell.dv, ruleRange) : null))),
      clearDataValidations: () => (charge('Range.clearDataValidations', written), each((cell) => (cell.dv = null)), self),
      // Google sets every cell to the unchecked value: false, '' with a custom checked value only, or the
      // custom unchecked value (Range.insertCheckboxes reference); gas-fakes checks the rule's values.
      insertCheckboxes(...values: unknown[]) {
        charge('Range.insertCheckboxes', written);
        const args = values.slice(0, 2).filter((v) => v !== undefined) as CellModel['v'][];
        const unchecked = args.length === 0 ? false : args.length === 1 ? '' : args[1];
        each((cell) => {
          cell.dv = { criteria: 'CHECKBOX', args: [...args], allowInvalid: false, helpText: null, showDropdown: false };
          cell.v = unchecked;
          cell.f = null;
        });
        return self;
      },
      setNote: (note: string | null) => (charge('Range.setNote', written), each((cell) => (cell.note = String(note ?? ''))), self),
      getNote: () => (charge('Range.getNote'), cellAt(sheet, row, col)?.note ?? ''),
      getNotes: () => (charge('Range.getNotes', read), grid((cell) => cell?.note ?? '')),
      setBackground: (color: string | null) => (charge('Range.setBackground', written), each((cell) => (cell.background = color ?? '#ffffff')), self),
      getBackground: () => (charge('Range.getBackground'), cellAt(sheet, row, col)?.background ?? '#ffffff'),
      getBackgrounds: () => (charge('Range.getBackgrounds', read), grid((cell) => cell?.background ?? '#ffffff')),
      setFontWeight: (weight: 'bold' | 'normal' | null) => (charge('Range.setFontWeight', written), each((cell) => (cell.fontWeight = weight ?? 'normal')), self),
      // A new spreadsheet's cells are in Arial until set; null resets to it (Range.setFontFamily reference).
      setFontFamily: (family: string | null) => (charge('Range.setFontFamily', written), each((cell) => (cell.fontFamily = family ?? undefined)), self),
      getFontFamily: () => (charge('Range.getFontFamily'), cellAt(sheet, row, col)?.fontFamily ?? DEFAULT_FONT_FAMILY),
      getFontWeight: () => (charge('Range.getFontWeight'), cellAt(sheet, row, col)?.fontWeight ?? 'normal'),
      setHorizontalAlignment: (a: 'left' | 'center' | 'right' | 'normal' | null) => (charge('Range.setHorizontalAlignment', written), each((cell) => (cell.horizontalAlignment = a ?? undefined)), self),
      // Google reads back what was set, 'normal' as general-left and none as general (gas-fakes testsheets.js, live).
      getHorizontalAlignment: () => {
        charge('Range.getHorizontalAlignment');
        const set = cellAt(sheet, row, col)?.horizontalAlignment;
        return set === undefined ? 'general' : set === 'normal' ? 'general-left' : set;
      },
      setWrap: (wrap: boolean) => (charge('Range.setWrap', written), each((cell) => (cell.wrap = wrap)), self),
      getWrap: () => (charge('Range.getWrap'), cellAt(sheet, row, col)?.wrap ?? true),
      clearContent() {
        charge('Range.clearContent', written);
        for (let r = 0; r < numRows; r++) for (let c = 0; c < numCols; c++) {
          const cell = cellAt(sheet, row + r, col + c);
          if (cell) { cell.v = null; cell.f = null; }
        }
        return self;
      },
      clear() {
        charge('Range.clear', written);
        for (let r = 0; r < numRows; r++) for (let c = 0; c < numCols; c++) clearCell(cellAt(sheet, row + r, col + c));
        return self;
      },
      isBlank: () => (charge('Range.isBlank', read), grid((cell) => cell?.v ?? null).every((line) => line.every((v) => v === null || v === ''))),
      getRow: () => row,
      getColumn: () => col,
      getLastRow: () => row + numRows - 1,
      getLastColumn: () => col + numCols - 1,
      getNumRows: () => numRows,
      getNumColumns: () => numCols,
      getHeight: () => numRows,
      getWidth: () => numCols,
      getA1Notation: () => {
        if (box.span === 'sheet') return '';
        if (box.span === 'rows') return `${row}:${row + numRows - 1}`;
        if (box.span === 'columns') return `${columnLetter(col)}:${columnLetter(col + numCols - 1)}`;
        return a1Of(row, col, numRows, numCols);
      },
      getSheet: () => sheetHandle(ss, sheet),
      getCell: (r: number, c: number) => {
        if (r < 1 || c < 1 || r > numRows || c > numCols) throw scriptError(OUTSIDE, 'RANGE_OUTSIDE');
        return range(ss, sheet, { row: row + r - 1, col: col + c - 1, numRows: 1, numCols: 1 });
      },
      offset: (dr: number, dc: number, nr = numRows, nc = numCols) => boxedRange(ss, sheet, row + dr, col + dc, nr, nc),
      activate: () => {
        select(ss, sheet, a1Of(row, col, numRows, numCols));
        return self;
      },
      protect() {
        charge('Range.protect');
        const model: ProtectionModel = { id: `p${Date.now().toString(36)}${sheet.protections.length}`, rangeA1: a1Of(row, col, numRows, numCols), description: '', warningOnly: false, editors: [ss.owner] };
        sheet.protections.push(model);
        return protection(ss, sheet, model);
      },
      createTextFinder: (text: string) => (charge('Range.createTextFinder'), textFinder(ss, [{ sheet, box }], text)),
      __box: box,
    };
    return self;
  }

  function boxedRange(ss: SpreadsheetModel, sheet: SheetModel, row: number, col: number, numRows = 1, numCols = 1, span?: Box['span']) {
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) throw scriptError(OUTSIDE, 'RANGE_OUTSIDE');
    if (numRows < 1) throw scriptError('The number of rows in the range must be at least 1.', 'RANGE_ROWS');
    if (numCols < 1) throw scriptError('The number of columns in the range must be at least 1.', 'RANGE_COLUMNS');
    if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxColumns) throw scriptError(OUTSIDE, 'RANGE_OUTSIDE');
    return range(ss, sheet, span ? { row, col, numRows, numCols, span } : { row, col, numRows, numCols });
  }

  function a1Range(ss: SpreadsheetModel, sheet: SheetModel, a1: string) {
    const b = parseA1(a1);
    const target = b.sheetName ? sheetByName(ss, b.sheetName) : sheet;
    if (!target) throw scriptError('Range not found', 'RANGE_NOT_FOUND');
    const row = b.row ?? 1;
    const col = b.col ?? 1;
    const lastRow = b.lastRow ?? target.maxRows;
    const lastCol = b.lastCol ?? target.maxColumns;
    const span = b.col === null && b.lastCol === null ? 'rows' : b.row === null && b.lastRow === null ? 'columns' : undefined;
    return boxedRange(ss, target, Math.min(row, lastRow), Math.min(col, lastCol), Math.abs(lastRow - row) + 1, Math.abs(lastCol - col) + 1, span);
  }

  function protection(ss: SpreadsheetModel, sheet: SheetModel, model: ProtectionModel): FakeProtection {
    const emails = (list: Array<string | { getEmail(): string }>) => list.map((u) => (typeof u === 'string' ? u : u.getEmail()));
    const self: FakeProtection = {
      setDescription: (d: string) => (charge('Protection.setDescription'), (model.description = d), self),
      getDescription: () => (charge('Protection.getDescription'), model.description),
      // Warning-based protection has no editors: everyone may edit after a warning. Turning it off gives the
      // area the spreadsheet's editors again (Sheets API ProtectedRange.warningOnly; gas-fakes testsheets.js
      // › Protection: getEditors() is empty after setWarningOnly(true), live).
      setWarningOnly(w: boolean) {
        charge('Protection.setWarningOnly');
        if (w) model.editors = [];
        else if (model.warningOnly) model.editors = [ss.owner];
        model.warningOnly = !!w;
        return self;
      },
      isWarningOnly: () => (charge('Protection.isWarningOnly'), model.warningOnly),
      addEditor: (u: string | { getEmail(): string }) => (charge('Protection.addEditor'), (model.editors = [...new Set([...model.editors, ...emails([u])])]), self),
      addEditors: (list: Array<string | { getEmail(): string }>) => (charge('Protection.addEditors'), (model.editors = [...new Set([...model.editors, ...emails(list)])]), self),
      // The spreadsheet's owner always keeps edit rights, whatever the script removes.
      removeEditor: (u: string | { getEmail(): string }) => (charge('Protection.removeEditor'), (model.editors = model.editors.filter((e) => e === ss.owner || !emails([u]).includes(e))), self),
      removeEditors: (list: Array<string | { getEmail(): string }>) => (charge('Protection.removeEditors'), (model.editors = model.editors.filter((e) => e === ss.owner || !emails(list).includes(e))), self),
      getEditors: () => (charge('Protection.getEditors'), model.editors.map(user)),
      // The owner can always edit; anyone can edit a warning-only area (Protection.canEdit reference).
      canEdit: () => (charge('Protection.canEdit'), model.warningOnly || ctx.user === ss.owner || model.editors.includes(ctx.user)),
      getProtectionType: () => (model.rangeA1 ? 'RANGE' : 'SHEET'),
      toString: () => 'Protection',
      getRange: () => (model.rangeA1 ? a1Range(ss, sheet, model.rangeA1) : boxedRange(ss, sheet, 1, 1, sheet.maxRows, sheet.maxColumns, 'sheet')),
      remove: () => (charge('Protection.remove'), (sheet.protections = sheet.protections.filter((p) => p !== model)), undefined),
    };
    return self;
  }

  function textFinder(ss: SpreadsheetModel, scopes: Array<{ sheet: SheetModel; box: Box | null }>, text: string) {
    let matchCase = false;
    let entireCell = false;
    let regex = false;
    let formulaText = false;
    let noDiacritics = false;
    let cursor = -1;
    // One pattern for every mode; with diacritics ignored both sides are folded (é is e), as the reference says.
    const pattern = () => {
      const source = regex ? text : (noDiacritics ? fold(text).text : text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(entireCell ? `^(?:${source})$` : source, `g${matchCase ? '' : 'i'}u`);
    };
    /** What the search reads in a cell: the formula when asked for formula text, else what the cell shows. */
    const searched = (cell: CellModel | undefined) => (formulaText && cell?.f ? cell.f : displayOf(cell, ss.timeZone));
    /** The pattern of one search, made when the first cell with text is searched (as often as before, so a bad
     *  regular expression fails exactly when it did): the options cannot change in the middle of a call. */
    const searchPattern = () => {
      let made: RegExp | null = null;
      return () => (made ??= pattern());
    };
    const hitsIn = (shown: string, re: () => RegExp) => {
      if (!noDiacritics) return [...shown.matchAll(re())].filter((m) => m[0] !== '').map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
      const folded = fold(shown);
      return [...folded.text.matchAll(re())].filter((m) => m[0] !== '').map((m) => ({ from: folded.map[m.index ?? 0], to: folded.map[(m.index ?? 0) + m[0].length] }));
    };
    /** Whether a cell's text holds a non-empty match (what findAll keeps), stopping at the first. */
    const hasHit = (shown: string, re: () => RegExp) => {
      for (const m of (noDiacritics ? fold(shown).text : shown).matchAll(re())) if (m[0] !== '') return true;
      return false;
    };
    /** Cells the search covers, in the order it scans them (row by row, scope after scope). */
    let scopeCells = 0;
    /** Each match carries its place in that order, so a findNext is priced by the cells it passed over. */
    const matches = () => {
      const found: Array<{ sheet: SheetModel; row: number; col: number; at: number }> = [];
      const re = searchPattern();
      let offset = 0;
      for (const { sheet, box } of scopes) {
        const b = box ?? { row: 1, col: 1, numRows: lastRowWithContent(sheet), numCols: lastColumnWithContent(sheet) };
        for (let r = b.row; r < b.row + b.numRows; r++) for (let c = b.col; c < b.col + b.numCols; c++) {
          const shown = searched(cellAt(sheet, r, c));
          if (shown && hasHit(shown, re)) found.push({ sheet, row: r, col: c, at: offset + (r - b.row) * b.numCols + (c - b.col) });
        }
        offset += b.numRows * b.numCols;
      }
      scopeCells = offset;
      return found;
    };
    /** Where the last match returned sits in the scan (-1 before the first). */
    let position = -1;
    const scannedTo = (next: { at: number } | undefined, forward: boolean) => {
      const to = next ? next.at : forward ? scopeCells - 1 : 0;
      const cells = forward ? to - position : (position < 0 ? scopeCells : position) - to;
      position = next ? next.at : forward ? scopeCells : -1;
      return { read: Math.max(1, cells) };
    };
    const at = (m: { sheet: SheetModel; row: number; col: number }) => range(ss, m.sheet, { row: m.row, col: m.col, numRows: 1, numCols: 1 });
    const finder: FakeTextFinder = {
      matchCase: (v: boolean) => ((matchCase = !!v), finder),
      matchEntireCell: (v: boolean) => ((entireCell = !!v), finder),
      useRegularExpression: (v: boolean) => ((regex = !!v), finder),
      matchFormulaText: (v: boolean) => ((formulaText = !!v), finder),
      ignoreDiacritics: (v: boolean) => ((noDiacritics = !!v), finder),
      // Priced by the cells searched (costs.ts): all of them for findAll and replaceAllWith; for findNext
      // and findPrevious those from the last match to the next one, or to the end when none is left.
      findAll() {
        const all = matches();
        charge('TextFinder.findAll', { read: Math.max(1, scopeCells) });
        return ctx.realmArray(all.map(at));
      },
      findNext() {
        const all = matches();
        cursor += 1;
        const next = cursor < all.length ? all[cursor] : undefined;
        charge('TextFinder.findNext', scannedTo(next, true));
        return next ? at(next) : null;
      },
      findPrevious() {
        const all = matches();
        cursor -= 1;
        const next = cursor >= 0 && cursor < all.length ? all[cursor] : undefined;
        charge('TextFinder.findPrevious', scannedTo(next, false));
        return next ? at(next) : null;
      },
      // Returns the number of occurrences replaced, which may differ from the cells matched (TextFinder reference).
      replaceAllWith(replacement: string) {
        const all = matches();
        charge('TextFinder.replaceAllWith', { read: Math.max(1, scopeCells), written: all.length });
        let count = 0;
        const re = searchPattern();
        for (const m of all) {
          const cell = cellAt(m.sheet, m.row, m.col);
          const shown = searched(cell);
          const hits = hitsIn(shown, re);
          let next = '';
          let last = 0;
          for (const h of hits) {
            next += shown.slice(last, h.from) + replacement;
            last = h.to;
          }
          next += shown.slice(last);
          count += hits.length;
          writeUserEntered(ss, m.sheet, m.row, m.col, next);
        }
        return count;
      },
      toString: () => 'TextFinder',
    };
    return finder;
  }

  function sheetHandle(ss: SpreadsheetModel, sheet: SheetModel): FakeSheet {
    const shiftRows = (at: number, count: number) => {
      ensureSize(ss, sheet, sheet.maxRows + count, sheet.maxColumns);
      while (sheet.rows.length < at - 1) sheet.rows.push(null);
      sheet.rows.splice(at - 1, 0, ...Array.from({ length: count }, () => null));
    };
    const self: FakeSheet = {
      getName: () => (charge('Sheet.getName'), sheet.name),
      setName(name: string) {
        charge('Sheet.setName');
        if (sheet.name !== name && sheetByName(ss, name)) throw scriptError(`A sheet with the name "${name}" already exists. Please enter another name.`, 'SHEET_EXISTS');
        sheet.name = name;
        return self;
      },
      getSheetId: () => sheet.sheetId,
      getIndex: () => ss.sheets.indexOf(sheet) + 1,
      getParent: () => spreadsheetHandle(ss),
      getRange(a: number | string, b?: number, c?: number, d?: number) {
        charge('Sheet.getRange');
        if (typeof a === 'string') return a1Range(ss, sheet, a);
        if (b === undefined) throw scriptError('The parameters (number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.', 'BAD_ARGUMENT');
        return boxedRange(ss, sheet, a, b, c ?? 1, d ?? 1);
      },
      getDataRange() {
        charge('Sheet.getDataRange');
        return range(ss, sheet, { row: 1, col: 1, numRows: Math.max(1, lastRowWithContent(sheet)), numCols: Math.max(1, lastColumnWithContent(sheet)) });
      },
      getSheetValues(r: number, c: number, nr: number, nc: number) {
        charge('Sheet.getSheetValues');
        const rows = nr === -1 ? lastRowWithContent(sheet) - r + 1 : nr;
        const cols = nc === -1 ? lastColumnWithContent(sheet) - c + 1 : nc;
        return (boxedRange(ss, sheet, r, c, rows, cols).getValues as () => unknown[][])();
      },
      getLastRow: () => (charge('Sheet.getLastRow'), lastRowWithContent(sheet)),
      getLastColumn: () => (charge('Sheet.getLastColumn'), lastColumnWithContent(sheet)),
      getMaxRows: () => (charge('Sheet.getMaxRows'), sheet.maxRows),
      getMaxColumns: () => (charge('Sheet.getMaxColumns'), sheet.maxColumns),
      appendRow(values: unknown[]) {
        charge('Sheet.appendRow', { written: Array.isArray(values) ? values.length : 0 });
        if (!Array.isArray(values)) throw scriptError("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.", 'BAD_ARGUMENT');
        checkCellLengths(values);
        const at = lastRowWithContent(sheet) + 1;
        ensureSize(ss, sheet, at, values.length);
        values.forEach((v, i) => writeUserEntered(ss, sheet, at, i + 1, v));
        return self;
      },
      insertRowBefore: (before: number) => (charge('Sheet.insertRowBefore'), shiftRows(before, 1), self),
      insertRowAfter: (after: number) => (charge('Sheet.insertRowAfter'), shiftRows(after + 1, 1), self),
      insertRowsBefore: (before: number, n: number) => (charge('Sheet.insertRowsBefore'), shiftRows(before, n), self),
      insertRowsAfter: (after: number, n: number) => (charge('Sheet.insertRowsAfter'), shiftRows(after + 1, n), self),
      insertRows: (index: number, n = 1) => (charge('Sheet.insertRows'), shiftRows(index, n), undefined),
      deleteRow: (r: number) => (charge('Sheet.deleteRow'), sheet.rows.splice(r - 1, 1), (sheet.maxRows -= 1), self),
      deleteRows(r: number, n: number) {
        charge('Sheet.deleteRows');
        if (n >= sheet.maxRows) throw scriptError('You can\'t delete all the rows on the sheet.', 'DELETE_ALL_ROWS');
        if (r < 1 || n < 1 || r + n - 1 > sheet.maxRows) throw scriptError('Those rows are out of bounds.', 'OUT_OF_BOUNDS');
        // Sheets keeps at least one row below the frozen ones.
        if (sheet.maxRows - n <= sheet.frozenRows) throw scriptError('Sorry, it is not possible to delete all non-frozen rows.', 'DELETE_ALL_NON_FROZEN');
        sheet.rows.splice(r - 1, n);
        sheet.maxRows -= n;
        return undefined;
      },
      deleteColumns(c: number, n: number) {
        charge('Sheet.deleteColumns');
        if (n >= sheet.maxColumns) throw scriptError('You can\'t delete all the columns on the sheet.', 'DELETE_ALL_COLUMNS');
        if (c < 1 || n < 1 || c + n - 1 > sheet.maxColumns) throw scriptError('Those columns are out of bounds.', 'OUT_OF_BOUNDS');
        for (const line of sheet.rows) if (line) line.splice(c - 1, n);
        const shift = (at: number) => (at < c ? at : at >= c + n ? at - n : null);
        const widths: Record<number, number> = {};
        for (const [at, px] of Object.entries(sheet.columnWidths)) {
          const moved = shift(Number(at));
          if (moved !== null) widths[moved] = px;
        }
        sheet.columnWidths = widths;
        sheet.hiddenColumns = sheet.hiddenColumns.map(shift).filter((at): at is number => at !== null);
        sheet.maxColumns -= n;
        return undefined;
      },
      insertColumnAfter(after: number) {
        charge('Sheet.insertColumnAfter');
        ensureSize(ss, sheet, sheet.maxRows, sheet.maxColumns + 1);
        for (const line of sheet.rows) if (line && line.length > after) line.splice(after, 0, null);
        return self;
      },
      insertColumnsAfter(after: number, n: number) {
        charge('Sheet.insertColumnsAfter');
        ensureSize(ss, sheet, sheet.maxRows, sheet.maxColumns + n);
        for (const line of sheet.rows) if (line && line.length > after) line.splice(after, 0, ...Array.from({ length: n }, () => null));
        return self;
      },
      setFrozenRows: (n: number) => (charge('Sheet.setFrozenRows'), (sheet.frozenRows = n), undefined),
      getFrozenRows: () => (charge('Sheet.getFrozenRows'), sheet.frozenRows),
      setFrozenColumns: (n: number) => (charge('Sheet.setFrozenColumns'), (sheet.frozenColumns = n), undefined),
      getFrozenColumns: () => (charge('Sheet.getFrozenColumns'), sheet.frozenColumns),
      setRightToLeft: (rtl: boolean) => (charge('Sheet.setRightToLeft'), (sheet.rightToLeft = rtl), self),
      isRightToLeft: () => (charge('Sheet.isRightToLeft'), sheet.rightToLeft),
      setColumnWidth: (c: number, px: number) => (charge('Sheet.setColumnWidth'), (sheet.columnWidths[c] = px), self),
      setColumnWidths(c: number, n: number, px: number) {
        charge('Sheet.setColumnWidths');
        for (let i = 0; i < n; i++) sheet.columnWidths[c + i] = px;
        return self;
      },
      getColumnWidth: (c: number) => (charge('Sheet.getColumnWidth'), sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH),
      autoResizeColumns: () => (charge('Sheet.autoResizeColumns'), self),
      hideColumns(c: number, n = 1) {
        charge('Sheet.hideColumns');
        for (let i = 0; i < n; i++) if (!sheet.hiddenColumns.includes(c + i)) sheet.hiddenColumns.push(c + i);
        return undefined;
      },
      showColumns(c: number, n = 1) {
        charge('Sheet.showColumns');
        sheet.hiddenColumns = sheet.hiddenColumns.filter((h) => h < c || h >= c + n);
        return undefined;
      },
      isColumnHiddenByUser: (c: number) => (charge('Sheet.isColumnHiddenByUser'), sheet.hiddenColumns.includes(c)),
      hideSheet: () => (charge('Sheet.hideSheet'), (sheet.hidden = true), self),
      showSheet: () => (charge('Sheet.showSheet'), (sheet.hidden = false), self),
      isSheetHidden: () => (charge('Sheet.isSheetHidden'), sheet.hidden),
      setTabColor: (color: string | null) => (charge('Sheet.setTabColor'), (sheet.tabColor = color), self),
      getTabColor: () => (charge('Sheet.getTabColor'), sheet.tabColor),
      protect() {
        charge('Sheet.protect');
        const existing = sheet.protections.find((p) => p.rangeA1 === null);
        if (existing) return protection(ss, sheet, existing);
        const model: ProtectionModel = { id: `sheet-${sheet.sheetId}`, rangeA1: null, description: '', warningOnly: false, editors: [...new Set([ss.owner, ctx.user])] };
        sheet.protections.push(model);
        return protection(ss, sheet, model);
      },
      getProtections(type: 'SHEET' | 'RANGE') {
        charge('Sheet.getProtections');
        return sheet.protections.filter((p) => (type === 'RANGE') === (p.rangeA1 !== null)).map((p) => protection(ss, sheet, p));
      },
      // Content and formats go; notes and data validation stay (Sheet.clear reference; gas-fakes testsheets.js
      // › Sheet clearing methods, live).
      clear() {
        charge('Sheet.clear', { written: lastRowWithContent(sheet) * lastColumnWithContent(sheet) });
        for (const line of sheet.rows) for (const cell of line ?? []) clearCell(cell);
        return self;
      },
      clearContents() {
        charge('Sheet.clearContents', { written: lastRowWithContent(sheet) * lastColumnWithContent(sheet) });
        for (const line of sheet.rows) for (const cell of line ?? []) if (cell) { cell.v = null; cell.f = null; }
        return self;
      },
      activate: () => ((ss as SpreadsheetModel & { activeSheetId?: number }).activeSheetId = sheet.sheetId, self),
      // The form whose responses this sheet receives (its edit URL), or null.
      getFormUrl() {
        charge('Sheet.getFormUrl');
        const form = Object.values(formSlot(ctx.world).forms).find((f) => f.destinationId === ss.id && f.destinationSheetId === sheet.sheetId);
        return form ? editUrl(form) : null;
      },
      // The selection a person made (Sandbox.select) or the script set; A1 when nothing was selected.
      getActiveRange: () => (charge('Sheet.getActiveRange'), a1Range(ss, sheet, selectionOf(sheet) ?? 'A1')),
      getActiveCell: () => (charge('Sheet.getActiveCell'), a1Range(ss, sheet, (selectionOf(sheet) ?? 'A1').split(':')[0])),
      setActiveSelection: (a1: string) => (charge('Sheet.setActiveSelection'), select(ss, sheet, a1), a1Range(ss, sheet, a1)),
      createTextFinder: (text: string) => (charge('Sheet.createTextFinder'), textFinder(ss, [{ sheet, box: null }], text)),
      __sheet: sheet,
    };
    return self;
  }

  function spreadsheetHandle(ss: SpreadsheetModel): FakeSpreadsheet {
    const modelOf = (s: { __sheet?: SheetModel }) => {
      const found = s.__sheet && ss.sheets.includes(s.__sheet) ? s.__sheet : null;
      if (!found) throw scriptError('Sheet not found', 'SHEET_NOT_FOUND');
      return found;
    };
    const self: FakeSpreadsheet = {
      getId: () => ss.id,
      getUrl: () => spreadsheetUrl(ss.id),
      getName: () => (charge('Spreadsheet.getName'), ss.name),
      rename: (name: string) => (charge('Spreadsheet.rename'), (ss.name = name), undefined),
      getOwner: () => (charge('Spreadsheet.getOwner'), user(ss.owner)),
      getSheets: () => (charge('Spreadsheet.getSheets'), ss.sheets.map((s) => sheetHandle(ss, s))),
      getNumSheets: () => (charge('Spreadsheet.getNumSheets'), ss.sheets.length),
      getSheetByName: (name: string) => {
        charge('Spreadsheet.getSheetByName');
        const sheet = sheetByName(ss, name);
        return sheet ? sheetHandle(ss, sheet) : null;
      },
      getSheetById: (id: number) => {
        charge('Spreadsheet.getSheetById');
        const sheet = ss.sheets.find((s) => s.sheetId === id);
        return sheet ? sheetHandle(ss, sheet) : null;
      },
      insertSheet(a?: string | number, b?: number) {
        charge('Spreadsheet.insertSheet');
        const name = typeof a === 'string' ? a : null;
        const index = typeof a === 'number' ? a : b;
        return sheetHandle(ss, insertSheetModel(ss, name, index));
      },
      deleteSheet(sheetArg: { __sheet?: SheetModel }) {
        charge('Spreadsheet.deleteSheet');
        const sheet = modelOf(sheetArg);
        if (ss.sheets.length === 1) throw scriptError("You can't remove all the sheets in a document.", 'LAST_SHEET');
        ss.sheets.splice(ss.sheets.indexOf(sheet), 1);
      },
      getActiveSheet: () => {
        const active = (ss as SpreadsheetModel & { activeSheetId?: number }).activeSheetId;
        return sheetHandle(ss, ss.sheets.find((s) => s.sheetId === active) ?? ss.sheets[0]);
      },
      // Moves the active sheet to a 1-based position among the tabs, as the Sheets UI does.
      moveActiveSheet(pos: number) {
        charge('Spreadsheet.moveActiveSheet');
        const active = (ss as SpreadsheetModel & { activeSheetId?: number }).activeSheetId;
        const sheet = ss.sheets.find((x) => x.sheetId === active) ?? ss.sheets[0];
        if (!Number.isInteger(pos) || pos < 1 || pos > ss.sheets.length) throw scriptError(`Those positions are out of range: ${pos}`, 'BAD_POSITION');
        ss.sheets.splice(ss.sheets.indexOf(sheet), 1);
        ss.sheets.splice(pos - 1, 0, sheet);
      },
      setActiveSheet: (s: { __sheet?: SheetModel }) => ((ss as SpreadsheetModel & { activeSheetId?: number }).activeSheetId = modelOf(s).sheetId, sheetHandle(ss, modelOf(s))),
      getRange: (a1: string) => {
        charge('Spreadsheet.getRange');
        const b = parseA1(a1);
        const sheet = b.sheetName ? sheetByName(ss, b.sheetName) : ss.sheets[0];
        if (!sheet) throw scriptError('Range not found', 'RANGE_NOT_FOUND');
        return a1Range(ss, sheet, a1);
      },
      getSpreadsheetTimeZone: () => (charge('Spreadsheet.getSpreadsheetTimeZone'), ss.timeZone),
      setSpreadsheetTimeZone: (tz: string) => (charge('Spreadsheet.setSpreadsheetTimeZone'), (ss.timeZone = tz), undefined),
      getSpreadsheetLocale: () => ss.locale,
      setSpreadsheetLocale: (locale: string) => ((ss.locale = locale), undefined),
      getFormUrl: () => (ss as SpreadsheetModel & { formUrl?: string }).formUrl ?? null,
      toast: (msg: string, title?: string) => ctx.log('info', `[toast] ${title ? `${title}: ` : ''}${msg}`),
      createTextFinder: (text: string) => (charge('Spreadsheet.createTextFinder'), textFinder(ss, ss.sheets.map((sheet) => ({ sheet, box: null })), text)),
      getEditors: () => [user(ss.owner)],
      getProtections(type: 'SHEET' | 'RANGE') {
        charge('Spreadsheet.getProtections');
        return ss.sheets.flatMap((sheet) => sheet.protections.filter((p) => (type === 'RANGE') === (p.rangeA1 !== null)).map((p) => protection(ss, sheet, p)));
      },
      addEditor: () => self,
      addEditors: () => self,
      __spreadsheet: ss,
    };
    return self;
  }

  return { spreadsheet: spreadsheetHandle, sheet: sheetHandle, range, a1Range };
}

/** Text with its diacritics removed (é is e), and for each folded character the index it came from. */
function fold(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
    for (let k = 0; k < bare.length; k++) map.push(i);
    out += bare;
    i += ch.length;
  }
  map.push(i);
  return { text: out, map };
}

/** Where a sheet's selection is kept: on the sheet model (saved with the world, like Sheets keeps it). */
export function selectionOf(sheet: SheetModel): string | null {
  return (sheet as SheetModel & { selectionA1?: string }).selectionA1 ?? null;
}

/** Selects a range: its sheet becomes the active one and the range the active range. */
export function select(ss: SpreadsheetModel, sheet: SheetModel, a1: string): void {
  (sheet as SheetModel & { selectionA1?: string }).selectionA1 = a1;
  (ss as SpreadsheetModel & { activeSheetId?: number }).activeSheetId = sheet.sheetId;
}
