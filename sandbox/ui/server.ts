// A local sidebar: serves the HTML a product function shows (a sidebar or dialog) on 127.0.0.1 and answers its
// google.script.run calls as Sandbox executions, run as a chosen staff user, so people and tests can click through it.
import * as http from 'http';
import type { AddressInfo } from 'net';
import { openSidebar, type SidebarSandbox } from '../people/opensSidebar';
import { HOST_PATH, RUN_PATH, injectShim } from './shim';

export interface ServeSidebarOptions {
  sandbox: SidebarSandbox;
  /** The global function a menu item would run: it shows a sidebar or dialog, or returns an HtmlOutput. */
  fn: string;
  args?: unknown[];
  /** The staff member's email every execution runs as (change it later with setUser). */
  user: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Real milliseconds to hold each answer per virtual millisecond the call took (0: answer at once);
   *  above 0 a person sees the panel's progress indicators as they would with Apps Script's latency. */
  latencyScale?: number;
}

export interface RunRecord {
  fn: string;
  args: unknown[];
  user: string;
  ok: boolean;
  error: string | null;
  elapsedMs: number;
}

export type HostEvent = { action: 'close' | 'focus' | 'setHeight' | 'setWidth'; value?: number };

export interface SidebarServer {
  readonly url: string;
  readonly port: number;
  /** Title and size the product gave the sidebar when it was last opened. */
  readonly shown: { title: string; width: number | null; height: number | null } | null;
  /** Every google.script.run call answered, in order. */
  readonly runs: RunRecord[];
  /** google.script.host calls (close, editor.focus, setHeight, setWidth). */
  readonly hostEvents: HostEvent[];
  readonly user: string;
  setUser(email: string): void;
  close(): Promise<void>;
}

/** What the client receives for a failed call: Apps Script sends `String(error)`, so "Error: …" or "Exception: …". */
function clientError(error: Error): { name: string; message: string } {
  return { name: 'ScriptError', message: String(error) };
}

const isDate = (value: unknown) => Object.prototype.toString.call(value) === '[object Date]';

/** A return value as google.script.run delivers it: Dates and functions anywhere in it make the whole value null. */
export function toClientValue(value: unknown): unknown {
  let illegal = false;
  const walk = (v: unknown): void => {
    if (illegal || v === null || typeof v !== 'object') {
      if (typeof v === 'function') illegal = true;
      return;
    }
    if (isDate(v)) illegal = true;
    else Object.values(v as Record<string, unknown>).forEach(walk);
  };
  walk(value);
  return illegal ? null : value;
}

function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('error', reject);
    request.on('end', () => {
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {});
      } catch (e) {
        reject(new Error('Request body is not JSON', { cause: { code: 'BAD_REQUEST', error: e } }));
      }
    });
  });
}

function send(response: http.ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  response.end(body);
}

const HOST_ACTIONS = new Set<HostEvent['action']>(['close', 'focus', 'setHeight', 'setWidth']);

/** Starts the local sidebar server. Each page load runs `fn` again, as reopening the sidebar would. */
export async function serveSidebar(options: ServeSidebarOptions): Promise<SidebarServer> {
  const { sandbox, fn } = options;
  const args = options.args ?? [];
  let user = options.user;
  let shown: SidebarServer['shown'] = null;
  const runs: RunRecord[] = [];
  const hostEvents: HostEvent[] = [];
  const delay = (virtualMs: number) => new Promise((r) => setTimeout(r, virtualMs * (options.latencyScale ?? 0)));

  const answerRun = async (body: Record<string, unknown>) => {
    const name = typeof body.fn === 'string' ? body.fn : '';
    const callArgs = Array.isArray(body.args) ? body.args : [];
    const run = sandbox.execute(name, callArgs, { user, cause: 'google.script.run' });
    runs.push({ fn: name, args: callArgs, user, ok: !run.error, error: run.error ? String(run.error) : null, elapsedMs: run.elapsedMs });
    await delay(run.elapsedMs);
    return run.error ? { ok: false, error: clientError(run.error) } : { ok: true, value: toClientValue(run.result) };
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const handle = async () => {
      if (request.method === 'GET' && url.pathname === '/') {
        const opened = openSidebar(sandbox, fn, args, user);
        shown = { title: opened.title, width: opened.width, height: opened.height };
        return send(response, 200, 'text/html', injectShim(opened.html));
      }
      if (request.method === 'POST' && url.pathname === RUN_PATH) {
        return send(response, 200, 'application/json', JSON.stringify(await answerRun(await readJson(request))));
      }
      if (request.method === 'POST' && url.pathname === HOST_PATH) {
        const body = await readJson(request);
        const action = body.action as HostEvent['action'];
        if (!HOST_ACTIONS.has(action)) return send(response, 400, 'application/json', JSON.stringify({ ok: false }));
        hostEvents.push(typeof body.value === 'number' ? { action, value: body.value } : { action });
        return send(response, 200, 'application/json', JSON.stringify({ ok: true }));
      }
      return send(response, 404, 'text/plain', 'Not found');
    };
    handle().catch((e: unknown) => send(response, 500, 'text/plain', String(e instanceof Error ? e.message : e)));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    get shown() {
      return shown;
    },
    runs,
    hostEvents,
    get user() {
      return user;
    },
    setUser(email: string) {
      user = email;
    },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}
