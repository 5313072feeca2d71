// Logger and console: both write to the execution log (the Executions page in Apps Script).
import { format } from 'util';
import type { ExecutionContext } from '../core/execution';
import type { Fake } from './gasShapes';

/** Logger.log formats like Java's String.format with %s, which util.format covers for scripts. */
export function createLogger(ctx: ExecutionContext): Fake<GoogleAppsScript.Base.Logger> {
  let buffer: string[] = [];
  const logger: Fake<GoogleAppsScript.Base.Logger> = {
    log(data: unknown, ...values: unknown[]) {
      const message = typeof data === 'string' && values.length ? format(data, ...values) : stringify(data);
      buffer.push(message);
      ctx.log('Logger', message);
      return logger;
    },
    getLog: () => buffer.join('\n'),
    clear() {
      buffer = [];
    },
  };
  return logger;
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Object.prototype.toString.call(value) !== '[object Date]') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** Apps Script's console (its Console merges with Node's in @types, so a Node-only method is not caught here). */
export function createConsole(ctx: ExecutionContext): Fake<Console> {
  const write = (level: 'log' | 'info' | 'warn' | 'error') => (...values: unknown[]) =>
    ctx.log(level, values.map((v) => (typeof v === 'string' ? v : stringify(v))).join(' '));
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('log'), time() {}, timeEnd() {} };
}
