// A1 notation: column letters, and parsing 'Sheet 1'!A2:C, A:A, 3:5 into 1-based bounds.
import { scriptError } from '../../core/execution';

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Open-ended parts (A:A, 3:5, A2:C) are null and resolve against the sheet's size. */
export interface A1Bounds {
  sheetName: string | null;
  row: number | null;
  col: number | null;
  lastRow: number | null;
  lastCol: number | null;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

export function parseA1(a1: string): A1Bounds {
  let text = a1.trim();
  let sheetName: string | null = null;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [start, end = start] = text.split(':');
  const a = CELL.exec(start);
  const b = CELL.exec(end);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) throw scriptError('Range not found', 'BAD_A1');
  const num = (s: string) => (s ? Number(s) : null);
  const col = (s: string) => (s ? columnNumber(s) : null);
  const bounds = { sheetName, row: num(a[2]), col: col(a[1]), lastRow: num(b[2]), lastCol: col(b[1]) };
  if (bounds.row === 0 || bounds.lastRow === 0) throw scriptError('Range not found', 'BAD_A1');
  return bounds;
}

export function a1Of(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = `${columnLetter(col)}${row}`;
  return numRows === 1 && numCols === 1 ? start : `${start}:${columnLetter(col + numCols - 1)}${row + numRows - 1}`;
}
