import { scriptError } from './execution';
import type { CallTarget } from './context';
// Fault injection: make chosen service methods throw Apps Script's real transient errors, reproducibly.

/** The transient errors Apps Script really throws, by the short names scenarios use. */
export const TRANSIENT_ERRORS = {
  service: (service: string) => `Service error: ${service}`,
  server: () => "We're sorry, a server error occurred. Please wait a bit and try again.",
  rate: (service: string) => `Service invoked too many times in a short time: ${service}. Try Utilities.sleep(1000) between calls.`,
} as const;
export type TransientErrorKind = keyof typeof TRANSIENT_ERRORS;

/** Which Google service a class belongs to, as the real error messages name it. */
const SERVICE_OF_CLASS: Array<[RegExp, string, string]> = [
  // [class pattern, name in "Service error: X", name in "too many times: x"]
  [/^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection|TextFinder|Ui)$/, 'Spreadsheets', 'spreadsheets'],
  [/^(DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text)$/, 'Documents', 'documents'],
  [/^(DriveApp|File|Folder|FileIterator|FolderIterator)$/, 'Drive', 'drive'],
  [/^(FormApp|Form|FormItem|FormResponse)$/, 'Forms', 'forms'],
  [/^MailApp$/, 'Mail', 'email'],
  [/^(PropertiesService|Properties)$/, 'Properties', 'properties'],
  [/^(CacheService|Cache)$/, 'Cache', 'cache'],
  [/^(ScriptApp|TriggerBuilder)$/, 'Script', 'triggers'],
  [/^UrlFetchApp$/, 'UrlFetch', 'urlfetch'],
];

function serviceNames(method: string): [string, string] {
  const cls = method.split('.')[0];
  for (const [pattern, long, short] of SERVICE_OF_CLASS) if (pattern.test(cls)) return [long, short];
  return [cls, cls.toLowerCase()];
}

/** The message a transient failure of `method` carries. */
export function transientMessage(method: string, kind: TransientErrorKind): string {
  const [long, short] = serviceNames(method);
  if (kind === 'service') return TRANSIENT_ERRORS.service(long);
  if (kind === 'rate') return TRANSIENT_ERRORS.rate(short);
  return TRANSIENT_ERRORS.server();
}

export interface FaultRule {
  /** 'Range.setValues', 'Range.*' (every method of a class) or '*' (every method). */
  method: string;
  /** Probability per call (0–1), drawn from the seeded generator. */
  rate?: number;
  /** Only the calls on these cells match (a test aims at one write: the `setValues` whose range covers a
   *  column); a call that names no cells (the sandbox passes them for `Range.setValues`) never matches. */
  target?: (target: CallTarget) => boolean;
  /** 1-based numbers of the matching calls that fail, counted from when the rule was added. */
  calls?: number[];
  /** A kind ('service' | 'server' | 'rate') or a literal message; 'service' by default. */
  error?: TransientErrorKind | string;
  /** A slow service instead of a failing one: the matching calls (those numbered in `calls`, else
   *  all) take this much longer on the virtual clock, and do not throw. */
  delayMs?: number;
  /** Someone else acts while this execution runs: called just before the matching call (those numbered
   *  in `calls`, else all) does anything, which then goes through. A test uses it to put a person's edit
   *  between an execution's read and its write (it should change the world directly, not run a script). */
  meanwhile?: () => void;
}

interface ActiveRule extends FaultRule {
  seen: number;
}

/** mulberry32: a small seeded generator, so a failing run can be replayed exactly. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matches(pattern: string, method: string): boolean {
  if (pattern === '*' || pattern === method) return true;
  return pattern.endsWith('.*') && method.startsWith(pattern.slice(0, -1));
}

export class FaultInjector {
  private rules: ActiveRule[] = [];
  private random: () => number;
  /** Every injected failure, for reports and tests. */
  readonly injected: Array<{ method: string; message: string }> = [];

  constructor(seed = 1) {
    this.random = seededRandom(seed);
  }

  add(rule: FaultRule): void {
    if (rule.rate !== undefined && (rule.rate < 0 || rule.rate > 1)) {
      throw new Error(`Fault rate must be between 0 and 1, got ${rule.rate}`, { cause: { code: 'FAULT_RATE' } });
    }
    this.rules.push({ ...rule, seen: 0 });
  }

  /** Turns fault injection off (all rules, or those for one method pattern). */
  clear(method?: string): void {
    this.rules = method === undefined ? [] : this.rules.filter((r) => r.method !== method);
  }

  /** Extra virtual latency slow-service rules add to this call. */
  delay(method: string): number {
    let extra = 0;
    for (const rule of this.rules) {
      if (rule.delayMs === undefined || !matches(rule.method, method)) continue;
      rule.seen += 1;
      if (!rule.calls || rule.calls.includes(rule.seen)) extra += rule.delayMs;
    }
    return extra;
  }

  /** The error to throw for this call, or null to let it through. */
  check(method: string, target?: CallTarget): Error | null {
    for (const rule of this.rules) {
      if (rule.delayMs !== undefined || !matches(rule.method, method)) continue;
      if (rule.target && !(target && rule.target(target))) continue;
      rule.seen += 1;
      if (rule.meanwhile) {
        if (!rule.calls || rule.calls.includes(rule.seen)) rule.meanwhile();
        continue;
      }
      const byNumber = rule.calls?.includes(rule.seen) ?? false;
      const byRate = rule.rate !== undefined && this.random() < rule.rate;
      if (!byNumber && !byRate) continue;
      const kind = rule.error ?? 'service';
      const message = kind in TRANSIENT_ERRORS ? transientMessage(method, kind as TransientErrorKind) : kind;
      this.injected.push({ method, message });
      return scriptError(message, 'TRANSIENT_FAULT');
    }
    return null;
  }
}
