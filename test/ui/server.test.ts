// The sidebar server's rules without a browser: what a product function showed, and what a return value becomes.
import { toClientValue } from '../../sandbox/ui/server';
import { openSidebar, type SidebarSandbox } from '../../sandbox/people/opensSidebar';
import { injectShim } from '../../sandbox/ui/shim';
import type { ExecutionResult } from '../../sandbox/core/runtime';
import type { UiState } from '../../sandbox/core/execution';

/** A sandbox whose one function does what `effect` says, as the Ui fake or a returned HtmlOutput would. */
function sandboxThat(effect: (ui: UiState) => unknown, error: Error | null = null): SidebarSandbox {
  const ui: UiState = { menus: [], dialogs: [], alerts: [], answers: [] };
  return {
    ui,
    execute: (fn, _args, options = {}): ExecutionResult =>
      ({ executionId: 'e', fn, user: options.user ?? '', activeUser: options.user ?? '', context: 'person', cause: '', startMs: 0, result: error ? undefined : effect(ui), error, calls: [], elapsedMs: 0, logs: [] }),
  };
}

describe('openSidebar', () => {
  it('given a menu function that showed a sidebar through the Ui, then the newest sidebar is what opens', () => {
    const sandbox = sandboxThat((ui) => {
      ui.dialogs.push({ kind: 'sidebar', title: 'الحالة', html: '<p>لوحة</p>', width: 300, height: null, atMs: 0 });
    });
    expect(openSidebar(sandbox, 'openCasePanel', [], 'a@b.sa')).toEqual({ html: '<p>لوحة</p>', title: 'الحالة', width: 300, height: null });
  });

  it('given a function that shows nothing and returns no HtmlOutput, then opening fails with a code', () => {
    expect(() => openSidebar(sandboxThat(() => 42), 'nothing', [], 'a@b.sa')).toThrow(expect.objectContaining({ cause: { code: 'SIDEBAR_NOTHING_SHOWN' } }));
  });

  it('given a function that throws, then opening fails with its message', () => {
    const failing = sandboxThat(() => undefined, new Error('ليس لديك دور في جدول الموظفين'));
    expect(() => openSidebar(failing, 'openCasePanel', [], 'a@b.sa')).toThrow(/ليس لديك دور في جدول الموظفين/);
  });
});

describe('google.script.run values', () => {
  it('given plain data, then the panel receives it unchanged', () => {
    expect(toClientValue({ cases: [{ id: 'SR-1', late: true, days: 2, note: null }] })).toEqual({ cases: [{ id: 'SR-1', late: true, days: 2, note: null }] });
  });

  it('given a Date anywhere in the value, then the panel receives null (send ISO strings instead)', () => {
    expect(toClientValue({ cases: [{ due: new Date(0) }] })).toBeNull();
  });
});

describe('injectShim', () => {
  it('given a page with scripts in its head, then google.script is defined before any of them', () => {
    const html = injectShim('<!DOCTYPE html><html dir="rtl"><head><script>google.script.run.f()</script></head></html>');
    expect(html.indexOf('window.google.script =')).toBeGreaterThan(0);
    expect(html.indexOf('window.google.script =')).toBeLessThan(html.indexOf('google.script.run.f()'));
  });
});
