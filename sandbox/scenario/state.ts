// state.json: the whole world (enough to continue a run) plus readable views of sheets, forms,
// triggers, mail, documents and properties, and the cost report.
import * as fs from 'fs';
import * as path from 'path';
import type { World } from '../core/context';
import type { CostReport } from '../core/costs';
import type { ExecutionSummary, Sandbox } from '../core/runtime';
import { triggerSlot } from '../core/triggers';
import { allFiles } from '../core/files';
import { spreadsheetSlot, cellAt, lastColumnWithContent, lastRowWithContent } from '../services/spreadsheet/model';
import { displayOf } from '../services/spreadsheet/values';
import { formSlot } from '../services/form/model';
import { mailSlot } from '../services/mail';
import { docsSlot, elementText } from '../services/document/model';
import { propertiesSlot } from '../services/properties';
import type { MenuModel, UiDialog } from '../core/execution';

export const STATE_FILE = 'state.json';
export const STATE_VERSION = 1;

export interface SavedState {
  version: number;
  savedAt: string;
  world: World;
  costs: CostReport;
  executions: ExecutionSummary[];
  ui: { menus: MenuModel[]; dialogs: UiDialog[] };
  /** Readable views, rebuilt on every save; loading uses `world` only. */
  view: ReturnType<typeof viewOf>;
}

function viewOf(world: World) {
  const names = new Map(allFiles(world).map((f) => [f.id, f.name]));
  const spreadsheets = Object.values(spreadsheetSlot(world).spreadsheets).map((ss) => ({
    id: ss.id,
    name: ss.name,
    sheets: ss.sheets.map((sheet) => {
      const rows = lastRowWithContent(sheet);
      const cols = lastColumnWithContent(sheet);
      const grid = <T>(read: (r: number, c: number) => T) => Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => read(r + 1, c + 1)));
      return {
        name: sheet.name,
        values: grid((r, c) => displayOf(cellAt(sheet, r, c), ss.timeZone)),
        formulas: grid((r, c) => cellAt(sheet, r, c)?.f ?? ''),
      };
    }),
  }));
  const forms = Object.values(formSlot(world).forms).map((f) => ({
    id: f.id, title: f.title, destinationId: f.destinationId,
    items: f.items.map((i) => ({ id: i.id, type: i.type, title: i.title, required: i.required, choices: i.choices })),
    responses: f.responses.map((r) => ({ id: r.id, time: new Date(r.timestampMs).toISOString(), email: r.email, answers: r.answers, byScript: r.byScript })),
  }));
  const triggers = triggerSlot(world).triggers.map((t) => ({
    uid: t.uid, handler: t.handler, eventType: t.eventType, source: t.source, sourceId: t.sourceId, owner: t.owner,
    next: t.nextMs === null ? null : new Date(t.nextMs).toISOString(),
  }));
  const messages = mailSlot(world).messages.map((m) => ({ to: m.to, cc: m.cc, subject: m.subject, text: m.text, html: m.html, time: new Date(m.timeMs).toISOString() }));
  const documents = Object.values(docsSlot(world).documents).map((d) => ({ id: d.id, name: names.get(d.id) ?? '', text: d.body.map(elementText).join('\n') }));
  return { spreadsheets, forms, triggers, messages, documents, properties: propertiesSlot(world) };
}

export function saveState(sandbox: Sandbox, outDir: string): string {
  const state: SavedState = {
    version: STATE_VERSION,
    savedAt: sandbox.now().toISOString(),
    world: sandbox.world,
    costs: sandbox.costs,
    executions: sandbox.executions,
    ui: { menus: sandbox.ui.menus, dialogs: sandbox.ui.dialogs },
    view: viewOf(sandbox.world),
  };
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, STATE_FILE);
  fs.writeFileSync(file, JSON.stringify(state, null, 2));
  return file;
}

export function loadState(file: string): SavedState {
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedState;
  if (state.version !== STATE_VERSION || !state.world) throw new Error(`${file} is not a sandbox state.json (version ${STATE_VERSION})`, { cause: { code: 'BAD_STATE' } });
  return state;
}

/** Puts what the world does not hold (costs, execution log, menus) back on a sandbox. */
export function restoreExtras(sandbox: Sandbox, state: SavedState): void {
  sandbox.costs = state.costs;
  sandbox.executions.push(...state.executions);
  sandbox.ui.menus.push(...state.ui.menus);
  sandbox.ui.dialogs.push(...state.ui.dialogs);
}
