// Writes the workspace a person can open: the register and other spreadsheets (.xlsx), documents
// (.docx) and every sent message (.eml), from a World.
import { mkdir, writeFile } from 'fs/promises';
import { join } from 'path';
import type { World } from '../core/context';
import { findFile } from '../core/files';
import type { DocsSlot } from '../services/document/model';
import type { MailSlot } from '../services/mail';
import type { SpreadsheetSlot } from '../services/spreadsheet/model';
import { toDocx } from './docx';
import { toEml } from './eml';
import { toXlsx } from './xlsx';
import type { GatewayMessage, GatewaySlot } from '../services/gateways';

const MAX_NAME = 80;

/** Keeps letters (Arabic included), marks and digits; anything a file system could trip on becomes '-'. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}._ -]+/gu, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_NAME);
  return cleaned || 'untitled';
}

/** Two files with the same name (two "محضر" documents) must not overwrite each other. */
function namer() {
  const used = new Set<string>();
  return (base: string, extension: string): string => {
    let candidate = `${base}${extension}`;
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${base}-${n}${extension}`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

async function write(path: string, content: Buffer, written: string[]): Promise<void> {
  await writeFile(path, content);
  written.push(path);
}

/** The bound spreadsheet is the register and is always `register.xlsx`; other spreadsheets, the
 *  documents and the messages are named from their names and subjects. Trashed files are left out. */
/** Reads the world without adding empty service slots to it, since state.json is written from it too. */
export async function writeWorkspaceFiles(world: World, outDir: string): Promise<string[]> {
  const written: string[] = [];
  const live = (id: string) => !findFile(world, id)?.trashed;
  const nameOf = (id: string, fallback: string) => findFile(world, id)?.name ?? fallback;

  await mkdir(outDir, { recursive: true });
  const sheetName = namer();
  sheetName('register', '.xlsx');
  for (const spreadsheet of Object.values((world.services.spreadsheets as SpreadsheetSlot | undefined)?.spreadsheets ?? {}).filter((s) => live(s.id))) {
    const title = nameOf(spreadsheet.id, spreadsheet.name);
    const file = spreadsheet.id === world.boundSpreadsheetId ? 'register.xlsx' : sheetName(safeFileName(title), '.xlsx');
    await write(join(outDir, file), await toXlsx(spreadsheet, title), written);
  }

  const documents = Object.values((world.services.docs as DocsSlot | undefined)?.documents ?? {}).filter((d) => live(d.id));
  if (documents.length > 0) await mkdir(join(outDir, 'docs'), { recursive: true });
  const docName = namer();
  for (const doc of documents) {
    const title = nameOf(doc.id, 'Untitled document');
    await write(join(outDir, 'docs', docName(safeFileName(title), '.docx')), await toDocx(doc, title), written);
  }

  const messages = (world.services.mail as MailSlot | undefined)?.messages ?? [];
  if (messages.length > 0) await mkdir(join(outDir, 'mail'), { recursive: true });
  for (const [index, message] of messages.entries()) {
    const file = `${String(index + 1).padStart(3, '0')}-${safeFileName(message.subject)}.eml`;
    await write(join(outDir, 'mail', file), await toEml(message), written);
  }

  const texts = (world.services.gateways as GatewaySlot | undefined)?.messages ?? [];
  if (texts.length > 0) await mkdir(join(outDir, 'messages'), { recursive: true });
  for (const [index, message] of texts.entries()) {
    const file = `${String(index + 1).padStart(3, '0')}-${message.channel}-${safeFileName(message.to)}.txt`;
    await write(join(outDir, 'messages', file), Buffer.from(gatewayMessageText(message), 'utf8'), written);
  }

  const pages = (world.services.webapp as { pages?: Array<{ caseNo: string; code: string; html: string }> } | undefined)?.pages ?? [];
  if (pages.length > 0) await mkdir(join(outDir, 'status-page'), { recursive: true });
  for (const [index, look] of pages.entries()) {
    const file = `${String(index + 1).padStart(3, '0')}-${safeFileName(look.caseNo || 'blank')}-${safeFileName(look.code || 'blank')}.html`;
    await write(join(outDir, 'status-page', file), Buffer.from(look.html, 'utf8'), written);
  }
  return written;
}

/** An SMS or WhatsApp message as a person reads it: who sent it, to whom, when (Riyadh time), the text. */
export function gatewayMessageText(m: GatewayMessage): string {
  const at = new Date(m.atMs + 3 * 3_600_000).toISOString().replace('T', ' ').slice(0, 16);
  const lines = [
    `Channel: ${m.channel === 'sms' ? 'SMS' : 'WhatsApp'} (${m.provider})`,
    `From: ${m.from}`,
    `To: +${m.to}`,
    `Date: ${at} (Asia/Riyadh)`,
    `Gateway-Id: ${m.gatewayId}`,
  ];
  if (m.template) lines.push(`Template: ${m.template.name} (${m.template.language}); parameters: ${m.template.params.map((p) => JSON.stringify(p)).join(', ')}`);
  if (m.unanswered) lines.push('Note: the gateway took this message but its answer never reached the script (a time-out).');
  return `${lines.join('\n')}\n\n${m.text}\n`;
}
