// The persistent shape of Google Forms in the world, and how "Google" records a response: in the
// form, and as a row of the linked 'Form Responses N' sheet.
import { randomBytes } from 'crypto';
import type { World } from '../../core/context';
import { findSpreadsheet, ensureSize, insertSheetModel, writeRaw, writeUserEntered } from '../spreadsheet/store';
import { cellAt, lastColumnWithContent, lastRowWithContent, type SheetModel, type SpreadsheetModel } from '../spreadsheet/model';
import { DEFAULT_DATE_FORMAT } from '../spreadsheet/values';
import { zonedToUtc } from '../../core/zone';

export const ITEM_TYPES = ['TEXT', 'PARAGRAPH_TEXT', 'MULTIPLE_CHOICE', 'CHECKBOX', 'LIST', 'DATE', 'SCALE', 'SECTION_HEADER', 'PAGE_BREAK'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
/** Items that ask something (and so get a column in the responses sheet). */
export const QUESTION_TYPES: ItemType[] = ['TEXT', 'PARAGRAPH_TEXT', 'MULTIPLE_CHOICE', 'CHECKBOX', 'LIST', 'DATE', 'SCALE'];

export interface TextValidationModel {
  rule: 'EMAIL' | 'URL' | 'NUMBER' | 'WHOLE_NUMBER' | 'NUMBER_BETWEEN' | 'PATTERN' | 'LENGTH_AT_MOST' | 'LENGTH_AT_LEAST' | 'CONTAINS';
  args: Array<string | number>;
  helpText: string | null;
}

export interface ItemModel {
  id: number;
  type: ItemType;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  bounds: [number, number];
  labels: [string, string];
  validation: TextValidationModel | null;
}

export type Answer = string | string[];

export interface ResponseModel {
  id: string;
  timestampMs: number;
  email: string;
  /** Answers by item id; a question left empty is absent. */
  answers: Record<string, Answer>;
  /** Submitted by a script's FormResponse.submit() (fires no trigger) rather than a person. */
  byScript: boolean;
  /** 1-based row in the destination sheet, when linked. */
  row: number | null;
}

export interface FormModel {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  owner: string;
  collectEmail: boolean;
  requireLogin: boolean;
  /** Responders reach the form only when it is published (Form.setPublished). Absent in worlds
   *  saved before the sandbox knew the publish state: read as unpublished, the strict side. */
  published?: boolean;
  /** Overwritten by a change of the publish state; can be true only on a published form. */
  acceptingResponses: boolean;
  confirmationMessage: string;
  settings: Record<string, boolean>;
  destinationId: string | null;
  destinationSheetId: number | null;
  items: ItemModel[];
  responses: ResponseModel[];
  nextItemId: number;
}

export interface FormSlot {
  forms: Record<string, FormModel>;
}

export function formSlot(world: World): FormSlot {
  const existing = world.services.forms as FormSlot | undefined;
  if (existing) return existing;
  const created: FormSlot = { forms: {} };
  world.services.forms = created;
  return created;
}

export const newResponseId = () => `2_${randomBytes(24).toString('base64url')}`;
export const publishedUrl = (form: FormModel) => `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
export const editUrl = (form: FormModel) => `https://docs.google.com/forms/d/${form.id}/edit`;

export function destinationSheet(world: World, form: FormModel): { ss: SpreadsheetModel; sheet: SheetModel } | null {
  if (!form.destinationId) return null;
  const ss = findSpreadsheet(world, form.destinationId);
  const sheet = ss?.sheets.find((s) => s.sheetId === form.destinationSheetId);
  return ss && sheet ? { ss, sheet } : null;
}

function headerTitles(form: FormModel): string[] {
  return ['Timestamp', ...(form.collectEmail ? ['Email Address'] : []), ...form.items.filter((i) => QUESTION_TYPES.includes(i.type)).map((i) => i.title)];
}

/** Links the form: a new sheet 'Form Responses N' placed first, with the header Google writes. */
export function linkDestination(world: World, form: FormModel, ss: SpreadsheetModel): void {
  let n = 1;
  while (ss.sheets.some((s) => s.name === `Form Responses ${n}`)) n++;
  const sheet = insertSheetModel(ss, `Form Responses ${n}`, 0);
  form.destinationId = ss.id;
  form.destinationSheetId = sheet.sheetId;
  (ss as SpreadsheetModel & { formUrl?: string }).formUrl = publishedUrl(form);
  syncHeader(world, form);
  for (const response of form.responses) appendResponseRow(world, form, response);
}

/** Questions added after linking get new columns at the end, as Google does. Returns each
 *  header title's column. */
export function syncHeader(world: World, form: FormModel): Map<string, number> {
  const target = destinationSheet(world, form);
  const columns = new Map<string, number>();
  if (!target) return columns;
  const { ss, sheet } = target;
  let last = lastColumnWithContent(sheet);
  for (let c = 1; c <= last; c++) columns.set(String(cellAt(sheet, 1, c)?.v ?? ''), c);
  for (const title of headerTitles(form)) {
    if (columns.has(title)) continue;
    last += 1;
    ensureSize(ss, sheet, 1, last);
    writeRaw(sheet, 1, last, title);
    columns.set(title, last);
  }
  return columns;
}

/** The text a sheet-bound onFormSubmit receives for an answer (and what Google writes). */
export function answerText(answer: Answer | undefined): string {
  if (answer === undefined) return '';
  return Array.isArray(answer) ? answer.join(', ') : String(answer);
}

/** Writes a response as a row. Answers are parsed like typed input (so '0501…' loses its zero, as
 *  in real response sheets) except that a leading '=' stays text: Google never writes formulas. */
export function appendResponseRow(world: World, form: FormModel, response: ResponseModel): number | null {
  const target = destinationSheet(world, form);
  if (!target) return null;
  const { ss, sheet } = target;
  const columns = syncHeader(world, form);
  const row = lastRowWithContent(sheet) + 1;
  ensureSize(ss, sheet, row, lastColumnWithContent(sheet));
  writeRaw(sheet, row, 1, { date: response.timestampMs }, DEFAULT_DATE_FORMAT);
  if (form.collectEmail) writeRaw(sheet, row, columns.get('Email Address') as number, response.email);
  for (const item of form.items) {
    const answer = response.answers[String(item.id)];
    const col = columns.get(item.title);
    if (answer === undefined || col === undefined) continue;
    const text = answerText(answer);
    if (item.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
      const [y, m, d] = text.split('-').map(Number);
      writeRaw(sheet, row, col, { date: zonedToUtc(y, m, d, 0, 0, 0, ss.timeZone) }, 'M/d/yyyy');
    } else if (text.startsWith('=')) writeRaw(sheet, row, col, text);
    else writeUserEntered(ss, sheet, row, col, text);
  }
  response.row = row;
  return row;
}
