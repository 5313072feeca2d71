// A staff member opening a sidebar or dialog from the menu: the product function runs as them, and what it
// showed (or returned) is the page they see.
import type { Host } from './host';

/** What opening a sidebar needs of the sandbox. */
export type SidebarSandbox = Pick<Host, 'ui' | 'execute'>;

/** Runs `fn` and returns what it showed: the newest sidebar/dialog it opened, or the HtmlOutput it returned. */
export function openSidebar(sandbox: SidebarSandbox, fn: string, args: unknown[], user: string) {
  const before = sandbox.ui.dialogs.length;
  const run = sandbox.execute(fn, args, { user, cause: 'sidebar:open' });
  if (run.error) throw new Error(`${fn} failed: ${String(run.error)}`, { cause: { code: 'SIDEBAR_OPEN_FAILED', error: run.error } });
  if (sandbox.ui.dialogs.length > before) {
    const shown = sandbox.ui.dialogs[sandbox.ui.dialogs.length - 1];
    return { html: shown.html, title: shown.title, width: shown.width, height: shown.height };
  }
  const output = run.result as { getContent?: () => string; getTitle?: () => string; getWidth?: () => number | null; getHeight?: () => number | null } | null;
  if (output && typeof output.getContent === 'function') {
    return { html: output.getContent(), title: output.getTitle?.() ?? '', width: output.getWidth?.() ?? null, height: output.getHeight?.() ?? null };
  }
  throw new Error(`${fn} neither showed a sidebar or dialog nor returned an HtmlOutput`, { cause: { code: 'SIDEBAR_NOTHING_SHOWN' } });
}
