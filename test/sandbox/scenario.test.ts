// The scenario runner: steps address forms by key, people's edits fire onEdit, state.json continues a run.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Sandbox } from '../../sandbox/core/runtime';
import { runScenario } from '../../sandbox/scenario/runner';
import { loadState, restoreExtras, saveState } from '../../sandbox/scenario/state';
import type { Scenario } from '../../sandbox/scenario/types';

const CODE = `
function setup(profile) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var form = FormApp.create('Request ' + profile).setTitle('Request ' + profile).setPublished(true);
  var name = form.addTextItem().setTitle('Name');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
  PropertiesService.getScriptProperties().setProperty('MUSTAFID_FORMS', JSON.stringify({ request: { formId: form.getId(), items: { name: name.getId() } } }));
  PropertiesService.getScriptProperties().setProperty('profile', profile);
}
function onSubmit(e) {
  var lock = LockService.getScriptLock();
  lock.waitLock(30000);
  var p = PropertiesService.getScriptProperties();
  p.setProperty('count', String(Number(p.getProperty('count') || 0) + 1));
  lock.releaseLock();
}
function onEdit(e) { PropertiesService.getScriptProperties().setProperty('edit', JSON.stringify([e.range.getA1Notation(), e.oldValue, e.value, e.user.getEmail()])); }
`;

const scenario: Scenario = {
  steps: [
    { type: 'run', fn: 'setup', args: ['${profile}'] },
    { at: '2025-01-05T06:00:00Z', type: 'submit', form: 'request', answers: { name: 'Ali' } },
    { type: 'concurrent', submissions: [{ form: 'request', answers: { name: 'Sara' } }, { form: 'request', answers: { name: 'Huda' } }] },
    { type: 'edit', sheet: 'Form Responses 1', a1: 'B2', value: 'Ali Hassan', as: 'staff@mustafid.org.sa' },
    { type: 'expect', rows: { sheet: 'Form Responses 1', count: 3 }, noErrors: true, property: { key: 'count', equals: '3' } },
    { type: 'expect', cell: { sheet: 'Form Responses 1', a1: 'B2', equals: 'Ali Hassan' } },
  ],
};

const props = (sandbox: Sandbox) => (sandbox.world.services.properties as { script: Record<string, string> }).script;

describe('scenario runner', () => {
  it('given a scenario by form and question keys, then submissions, concurrency and an edit all play without failures', () => {
    const sandbox = new Sandbox({ code: CODE, start: '2025-01-05T05:00:00Z' });
    const report = runScenario(sandbox, scenario, 'esrar');
    expect(report.failures).toEqual([]);
    expect(report.triggersFired).toBe(3);
    expect(props(sandbox).profile).toBe('esrar');
    // A simple onEdit never reveals an editor who is not the owner (identity.test.ts): e.user's email is blank.
    expect(JSON.parse(props(sandbox).edit)).toEqual(['B2', 'Ali', 'Ali Hassan', '']);
  });

  it('given an unmet expectation, then the report names it', () => {
    const sandbox = new Sandbox({ code: CODE });
    const report = runScenario(sandbox, { steps: [{ type: 'run', fn: 'setup', args: ['x'] }, { type: 'expect', rows: { sheet: 'Form Responses 1', count: 1 } }] }, 'x');
    expect(report.failures).toEqual(['step 2 (expect): expected 1 rows in "Form Responses 1", found 0']);
  });

  it('given a saved state.json, when a run continues from it, then forms, triggers and properties carry on', () => {
    const first = new Sandbox({ code: CODE, start: '2025-01-05T05:00:00Z' });
    runScenario(first, { steps: scenario.steps.slice(0, 2) }, 'esrar');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-state-'));
    const state = loadState(saveState(first, dir));
    expect(state.view.spreadsheets[0].sheets[0].values[1][1]).toBe('Ali');

    const second = new Sandbox({ code: CODE, world: state.world });
    restoreExtras(second, state);
    const report = runScenario(second, { steps: [{ type: 'submit', form: 'request', answers: { name: 'Noor' } }] }, 'esrar');
    expect(report.failures).toEqual([]);
    expect(props(second).count).toBe('2');
    expect(second.executions.length).toBe(first.executions.length + 1);
  });
});
