// SpreadsheetApp fake: the bound spreadsheet, create/open, the UI, data validation and flush.
import type { ExecutionContext } from '../../core/execution';
import { scriptError } from '../../core/execution';
import { createHandles } from './handles';
import type { Fake } from '../gasShapes';
import { createSpreadsheetModel, findSpreadsheet } from './store';
import { createUi } from './ui';
import { DataValidationCriteria, RelativeDate, dataValidationBuilder } from './validation';

const OPEN_FAILED = (method: string) => `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`;

/** SpreadsheetApp as Google types it (sandbox/services/gasShapes.ts): a method it lacks, or another signature, is a type error. */
export function createSpreadsheetApp(ctx: ExecutionContext): Fake<GoogleAppsScript.Spreadsheet.SpreadsheetApp> {
  const handles = createHandles(ctx);
  const open = (method: string, id: string) => {
    const model = findSpreadsheet(ctx.world, id);
    if (!model) throw scriptError(OPEN_FAILED(method), 'SPREADSHEET_NOT_FOUND');
    return handles.spreadsheet(model);
  };
  return {
    DataValidationCriteria,
    RelativeDate,
    BorderStyle: { DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID: 'SOLID' },
    ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    WrapStrategy: { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' },
    getActiveSpreadsheet() {
      ctx.call('SpreadsheetApp.getActiveSpreadsheet');
      const bound = ctx.world.boundSpreadsheetId ? findSpreadsheet(ctx.world, ctx.world.boundSpreadsheetId) : undefined;
      return bound ? handles.spreadsheet(bound) : null;
    },
    getActive() {
      ctx.call('SpreadsheetApp.getActive');
      const bound = ctx.world.boundSpreadsheetId ? findSpreadsheet(ctx.world, ctx.world.boundSpreadsheetId) : undefined;
      return bound ? handles.spreadsheet(bound) : null;
    },
    getActiveSheet() {
      ctx.call('SpreadsheetApp.getActiveSheet');
      const bound = ctx.world.boundSpreadsheetId ? findSpreadsheet(ctx.world, ctx.world.boundSpreadsheetId) : undefined;
      return bound ? handles.spreadsheet(bound).getActiveSheet?.() ?? null : null;
    },
    create(name: string, rows?: number, columns?: number) {
      ctx.call('SpreadsheetApp.create');
      return handles.spreadsheet(createSpreadsheetModel(ctx.world, name, ctx.user, rows, columns));
    },
    openById: (id: string) => (ctx.call('SpreadsheetApp.openById'), open('openById', id)),
    openByUrl(url: string) {
      ctx.call('SpreadsheetApp.openByUrl');
      const id = /\/spreadsheets\/d\/([\w-]+)/.exec(url)?.[1];
      if (!id) throw scriptError('Invalid argument: url', 'BAD_URL');
      return open('openByUrl', id);
    },
    newDataValidation: () => (ctx.call('SpreadsheetApp.newDataValidation'), dataValidationBuilder(ctx)),
    getUi: () => (ctx.call('SpreadsheetApp.getUi'), createUi(ctx)),
    flush: () => ctx.call('SpreadsheetApp.flush'),
  };
}
