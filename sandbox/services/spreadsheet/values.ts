// How Sheets turns what a script or person types into a cell (USER_ENTERED), and how it shows it.
import type { CellModel, CellValue } from './model';
import { isDateValue } from './model';
import { zonedParts, zonedToUtc } from '../../core/zone';

export const TEXT_FORMAT = '@';

export interface Parsed {
  v: CellValue;
  f: string | null;
  /** A number format Sheets picks by itself for what was typed (an ISO date, a percentage). */
  autoFormat?: string;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?\d+(\.\d+)?)%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Parses one value written by setValue(s)/appendRow or typed by a person. `resolveRef` reads
 *  another cell of the same sheet for formulas like =A2+1 (evaluated once, at write time). */
export function parseUserEntered(input: unknown, format: string | undefined, timeZone: string, resolveRef: (a1: string) => CellValue): Parsed {
  if (input === null || input === undefined) return { v: null, f: null };
  if (typeof input === 'number') return { v: Number.isFinite(input) ? input : '#NUM!', f: null };
  if (typeof input === 'boolean') return { v: input, f: null };
  if (isDateObject(input)) return { v: { date: input.getTime() }, f: null };
  const text = String(input);
  if (text === '') return { v: null, f: null };
  if (format === TEXT_FORMAT) return { v: text, f: null };
  if (text.startsWith("'")) return { v: text.slice(1), f: null };
  if (text.startsWith('=') && text.length > 1) return { v: evaluateFormula(text.slice(1), resolveRef), f: text };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { v: trimmed.toUpperCase() === 'TRUE', f: null };
  if (NUMBER.test(trimmed) && /\d/.test(trimmed)) return { v: Number(trimmed.replace(/,/g, '')), f: null };
  const percent = PERCENT.exec(trimmed);
  if (percent) return { v: Number(percent[1]) / 100, f: null, autoFormat: '0%' };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [, y, mo, d, h, mi, s] = iso;
    const ms = zonedToUtc(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), timeZone);
    const parts = zonedParts(ms, timeZone);
    // 2025-02-30 is not a date to Sheets: it stays text.
    if (parts.month === Number(mo) && parts.day === Number(d)) return { v: { date: ms }, f: null, autoFormat: h ? 'yyyy-mm-dd h:mm:ss' : 'yyyy-mm-dd' };
  }
  return { v: text, f: null };
}

// ---- formulas: arithmetic, string literals, &, and same-sheet cell references ----

type Tok = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'ref'; v: string } | { t: 'op'; v: string } | { t: 'name'; v: string };

function lex(src: string): Tok[] | null {
  const toks: Tok[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Za-z]{1,3}\$?\d+)(?![\w(])|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/^&()=<>,]))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) return null;
    if (m[1] !== undefined) toks.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) toks.push({ t: 'str', v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) toks.push({ t: 'ref', v: m[3].replace(/\$/g, '').toUpperCase() });
    else if (m[4] !== undefined) toks.push({ t: 'name', v: m[4] });
    else toks.push({ t: 'op', v: m[5] });
    i = re.lastIndex;
  }
  return toks;
}

class FormulaError extends Error {
  constructor(readonly display: string) {
    super(display);
  }
}

const asNumber = (v: CellValue): number => {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isDateValue(v)) return v.date / 86_400_000 + 25_569; // serial day number, as Sheets computes
  const n = Number(v);
  if (Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
};
const asText = (v: CellValue): string => (v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : isDateValue(v) ? String(asNumber(v)) : String(v));

/** What Sheets shows for a formula the sandbox understands; '#NAME?' for functions it does not
 *  (the formula itself is still stored, which is what injection tests look at). */
export function evaluateFormula(expression: string, resolveRef: (a1: string) => CellValue): CellValue {
  const toks = lex(expression);
  if (!toks) return '#ERROR!';
  let pos = 0;
  const peek = () => toks[pos];
  const isOp = (v: string) => peek()?.t === 'op' && peek().v === v;
  const concat = (): CellValue => {
    let left = additive();
    while (isOp('&')) {
      pos++;
      left = asText(left) + asText(additive());
    }
    return left;
  };
  const additive = (): CellValue => {
    let left = term();
    while (isOp('+') || isOp('-')) {
      const op = toks[pos++].v;
      const right = term();
      left = op === '+' ? asNumber(left) + asNumber(right) : asNumber(left) - asNumber(right);
    }
    return left;
  };
  const term = (): CellValue => {
    let left = power();
    while (isOp('*') || isOp('/')) {
      const op = toks[pos++].v;
      const right = asNumber(power());
      if (op === '/' && right === 0) throw new FormulaError('#DIV/0!');
      left = op === '*' ? asNumber(left) * right : asNumber(left) / right;
    }
    return left;
  };
  const power = (): CellValue => {
    const base = unary();
    if (isOp('^')) {
      pos++;
      return asNumber(base) ** asNumber(power());
    }
    return base;
  };
  const unary = (): CellValue => {
    if (isOp('-')) { pos++; return -asNumber(unary()); }
    if (isOp('+')) { pos++; return unary(); }
    return primary();
  };
  const primary = (): CellValue => {
    const tok = toks[pos++];
    if (!tok) throw new FormulaError('#ERROR!');
    if (tok.t === 'num' || tok.t === 'str') return tok.v;
    if (tok.t === 'ref') return resolveRef(tok.v);
    if (tok.t === 'name') {
      const upper = tok.v.toUpperCase();
      if ((upper === 'TRUE' || upper === 'FALSE') && !isOp('(')) return upper === 'TRUE';
      throw new FormulaError('#NAME?');
    }
    if (tok.v === '(') {
      const inner = concat();
      if (!isOp(')')) throw new FormulaError('#ERROR!');
      pos++;
      return inner;
    }
    throw new FormulaError('#ERROR!');
  };
  try {
    const value = concat();
    if (pos < toks.length) return toks[pos].t === 'name' ? '#NAME?' : '#ERROR!';
    return value;
  } catch (e) {
    if (e instanceof FormulaError) return e.display;
    throw e;
  }
}

// ---- display ----

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** What Sheets (en_US locale) shows for a date cell nobody formatted. */
export const DEFAULT_DATE_FORMAT = 'M/d/yyyy H:mm:ss';

function formatDateCell(ms: number, pattern: string, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  const ampm = /am\/pm/i.test(pattern);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const tokens = pattern.match(/am\/pm|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|"[^"]*"|./gi) ?? [];
  return tokens.map((tok, i) => {
    const lower = tok.toLowerCase();
    // 'm' means minutes right after hours or before seconds, as in Sheets.
    const prev = tokens.slice(0, i).reverse().find((t) => /[a-z]/i.test(t))?.toLowerCase() ?? '';
    const next = tokens.slice(i + 1).find((t) => /[a-z]/i.test(t))?.toLowerCase() ?? '';
    const minute = /^h/.test(prev) || /^s/.test(next);
    const hour = ampm ? (p.hour % 12 === 0 ? 12 : p.hour % 12) : p.hour;
    switch (lower) {
      case 'am/pm': return p.hour < 12 ? 'AM' : 'PM';
      case 'yyyy': return String(p.year);
      case 'yy': return pad(p.year % 100, 2);
      case 'mmmm': return MONTHS[p.month - 1];
      case 'mmm': return MONTHS[p.month - 1].slice(0, 3);
      case 'mm': return pad(minute ? p.minute : p.month, 2);
      case 'm': return String(minute ? p.minute : p.month);
      case 'dddd': return DAYS[p.weekDay];
      case 'ddd': return DAYS[p.weekDay].slice(0, 3);
      case 'dd': return pad(p.day, 2);
      case 'd': return String(p.day);
      case 'hh': return pad(hour, 2);
      case 'h': return String(hour);
      case 'ss': return pad(p.second, 2);
      case 's': return String(p.second);
      default: return tok.startsWith('"') ? tok.slice(1, -1) : tok;
    }
  }).join('');
}

function formatNumber(n: number, pattern: string | undefined): string {
  // No format, 'general' and its stored form 0.############### (setNumberFormat('general') reads back so) show the number as is.
  if (!pattern || /^general$/i.test(pattern) || pattern === '0.###############' || pattern === TEXT_FORMAT) {
    if (Number.isInteger(n)) return String(n);
    return String(Number(n.toPrecision(10)));
  }
  const percent = pattern.endsWith('%');
  const value = percent ? n * 100 : n;
  // After the point, each 0 is a digit always shown and each # one shown only when not zero.
  const fraction = /\.([0#]+)/.exec(pattern)?.[1] ?? '';
  const decimals = fraction.replace(/#/g, '').length;
  let text = value.toFixed(fraction.length);
  if (fraction.length > decimals) text = text.replace(new RegExp(`0{0,${fraction.length - decimals}}$`), '').replace(/\.$/, '');
  if (pattern.includes(',')) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
  }
  return percent ? `${text}%` : text;
}

/** The text Sheets shows for a cell (getDisplayValues). */
export function displayOf(cell: CellModel | undefined, timeZone: string): string {
  if (!cell || cell.v === null) return '';
  const v = cell.v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (isDateValue(v)) return formatDateCell(v.date, cell.fmt && /[yd]|h/i.test(cell.fmt) ? cell.fmt : DEFAULT_DATE_FORMAT, timeZone);
  return formatNumber(v, cell.fmt);
}
