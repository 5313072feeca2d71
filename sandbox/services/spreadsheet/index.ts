// SpreadsheetApp fake: the bound spreadsheet, create/open, the UI, data validation and flush.
import type { ExecutionContext } from '../../core/execution';
import { boundSpreadsheetIdOf, scriptError } from '../../core/execution';
import { createHandles } from './handles';
import { driveAppSlot } from '../drive';
import type { Fake } from '../gasShapes';
import { createSpreadsheetModel, findSpreadsheet } from './store';
import { createUi } from './ui';
import { DataValidationCriteria, RelativeDate, dataValidationBuilder } from './validation';

const OPEN_FAILED = (method: string) => `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`;
/** What Apps Script says when the user running the script may not open the file. */
export const NO_ACCESS = 'You do not have permission to access the requested document.';

/** Whether `user` may open the file: its owner, someone it is shared with, or anyone when it is shared by link. */
function mayOpen(world: ExecutionContext['world'], id: string, owner: string, user: string): boolean {
  const same = (a: string) => a.trim().toLowerCase() === user.trim().toLowerCase();
  if (same(owner)) return true;
  const sharing = driveAppSlot(world).sharing[id];
  return !!sharing && (sharing.access !== 'PRIVATE' || [...sharing.editors, ...sharing.viewers].some(same));
}

/** SpreadsheetApp as Google types it (sandbox/services/gasShapes.ts): a method it lacks, or another signature, is a type error. */
export function createSpreadsheetApp(ctx: ExecutionContext): Fake<GoogleAppsScript.Spreadsheet.SpreadsheetApp> {
  const handles = createHandles(ctx);
  const open = (method: string, id: string) => {
    const model = findSpreadsheet(ctx.world, id);
    if (!model) throw scriptError(OPEN_FAILED(method), 'SPREADSHEET_NOT_FOUND');
    // A standalone project (the Workspace add-on) runs as the user and opens only what is shared with them.
    // The bound project's executions are not checked yet (they open their own archives as the owner).
    if (ctx.hooks.project && !mayOpen(ctx.world, model.id, model.owner, ctx.user)) throw scriptError(NO_ACCESS, 'SPREADSHEET_NO_ACCESS');
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
      const bound = boundSpreadsheetIdOf(ctx) ? findSpreadsheet(ctx.world, boundSpreadsheetIdOf(ctx)!) : undefined;
      return bound ? handles.spreadsheet(bound) : null;
    },
    getActive() {
      ctx.call('SpreadsheetApp.getActive');
      const bound = boundSpreadsheetIdOf(ctx) ? findSpreadsheet(ctx.world, boundSpreadsheetIdOf(ctx)!) : undefined;
      return bound ? handles.spreadsheet(bound) : null;
    },
    getActiveSheet() {
      ctx.call('SpreadsheetApp.getActiveSheet');
      const bound = boundSpreadsheetIdOf(ctx) ? findSpreadsheet(ctx.world, boundSpreadsheetIdOf(ctx)!) : undefined;
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
