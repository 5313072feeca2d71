// Writes a document (committee minutes, reports) by copying the organisation's editable template,
// filling its {{placeholders}}, then appending right-to-left headings, paragraphs and tables.
// Files and folders go through the Drive advanced service (Drive API v3): under the manifest's
// drive.file scope it reaches the files this script created, where every DriveApp method needs the
// full (restricted) drive scope.
import { isolateRuns } from '../../domain/text/bidi';
import { columnWidths } from '../../domain/text/columnWidths';
import type { DocBlock, DocModel, DocumentWriter, KeyValueStore, StandingDocuments } from '../../ports';
import { failure } from '../../domain/codedError';

const TEMPLATE_KEY = (key: string) => `TEMPLATE_${key}`;
const FOLDER_KEY = 'DOCS_FOLDER_ID';
const STANDING_KEY = (key: string) => `STANDING_DOC_${key}`;
/** A document revised in place: its id and how many body elements its letterhead (the template's copy) holds. */
const REVISED_KEY = (key: string) => `REVISED_DOC_${key}`;
/** A {{field}} of the template that the document being written does not fill. */
const ANY_PLACEHOLDER = '\\{\\{[A-Za-z_]+\\}\\}';
const FOLDER_MIME = 'application/vnd.google-apps.folder';
const DOCUMENT_MIME = 'application/vnd.google-apps.document';
/** An A4 page less Docs' 1-inch margins, in points: the width a table spans. */
const CONTENT_WIDTH_POINTS = 451;

/** The Drive advanced service's files collection (appsscript.json enables `Drive`, v3). */
function files(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  if (typeof Drive === 'undefined' || !Drive) throw new Error('Drive advanced service not enabled', { cause: { code: 'NO_DRIVE_SERVICE' } });
  return Drive.Files;
}

/** Whether a file this script created is still there and not in the trash. Only "not found" means
 *  gone: any other failure (a Drive outage) is thrown, so setup never makes a second folder for it. */
function live(id: string): boolean {
  try {
    return !files().get(id, { fields: 'id,trashed' }).trashed;
  } catch (e) {
    if (/File not found/.test(String((e as Error)?.message))) return false;
    throw e;
  }
}

/** replaceText takes a Java regex and a Java replacement: quote both so user text stays literal. */
function quoteRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function quoteReplacement(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\$/g, '\\$');
}

function appendBlock(body: GoogleAppsScript.Document.Body, block: DocBlock): void {
  switch (block.kind) {
    case 'heading': {
      const heading = [DocumentApp.ParagraphHeading.HEADING1, DocumentApp.ParagraphHeading.HEADING2, DocumentApp.ParagraphHeading.HEADING3][block.level - 1];
      body.appendParagraph(isolateRuns(block.text)).setHeading(heading).setLeftToRight(false).setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
      return;
    }
    case 'paragraph': {
      const p = body.appendParagraph(isolateRuns(block.text)).setLeftToRight(false).setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
      if (block.bold) p.editAsText().setBold(true);
      return;
    }
    case 'table': {
      // Every writer isolates left-to-right runs beside Arabic (a reference, an e-mail, a Latin name).
      const table = body.appendTable([block.header, ...block.rows].map((cells) => cells.map(isolateRuns)));
      const header = table.getRow(0);
      for (let c = 0; c < header.getNumCells(); c++) header.getCell(c).editAsText().setBold(true);
      // Docs gives every column the same width: each gets the room its content needs instead.
      columnWidths([block.header, ...block.rows], CONTENT_WIDTH_POINTS).forEach((width, c) => table.setColumnWidth(c, width));
      if (block.rowHeight) for (let r = 1; r <= block.rows.length; r++) table.getRow(r).setMinimumHeight(block.rowHeight);
      return;
    }
    default: {
      const _exhaustive: never = block;
      throw new Error(`unknown block ${String(_exhaustive)}`);
    }
  }
}

export class DocsWriter implements DocumentWriter, StandingDocuments {
  constructor(private readonly store: KeyValueStore) {}

  /** One document per key: created in the documents folder the first time (or again if it was deleted),
   *  otherwise its body is cleared and written anew, so its link and sharing stay. */
  upsert(key: string, model: DocModel): { id: string; url: string; created: boolean } {
    const folderId = this.store.get(FOLDER_KEY);
    if (!folderId) throw failure('NOT_SET_UP', 'register.error.notSetUp');
    const storedId = this.store.get(STANDING_KEY(key));
    const existing = storedId && live(storedId) ? storedId : null;
    const id = existing ?? String(files().create({ name: model.title, mimeType: DOCUMENT_MIME, parents: [folderId] }).id);
    const doc = DocumentApp.openById(id);
    const body = doc.getBody();
    body.clear();
    const title = body.getParagraphs()[0];
    title.setText(model.title);
    title.setHeading(DocumentApp.ParagraphHeading.TITLE).setLeftToRight(false).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    for (const block of model.blocks) appendBlock(body, block);
    doc.saveAndClose();
    if (!existing) this.store.set(STANDING_KEY(key), id);
    return { id, url: doc.getUrl(), created: !existing };
  }

  write(templateKey: string, model: DocModel, placeholders: Record<string, string>, options: { revise?: string } = {}): { id: string; url: string } {
    const revised = options.revise ? this.revise(options.revise, model) : null;
    if (revised) return revised;
    const templateId = this.store.get(TEMPLATE_KEY(templateKey));
    const folderId = this.store.get(FOLDER_KEY);
    if (!templateId || !folderId) throw failure('NOT_SET_UP', 'register.error.notSetUp');
    const copy = files().copy({ name: model.title, parents: [folderId] }, templateId, { fields: 'id' });
    const doc = DocumentApp.openById(String(copy.id));
    const body = doc.getBody();
    for (const [name, value] of Object.entries(placeholders)) {
      body.replaceText(quoteRegex(`{{${name}}}`), quoteReplacement(value));
    }
    // A field the organisation added to its template that this document has no value for reads blank, not «{{place}}».
    body.replaceText(ANY_PLACEHOLDER, '');
    const letterhead = body.getNumChildren();
    for (const block of model.blocks) appendBlock(body, block);
    doc.saveAndClose();
    if (options.revise) this.store.set(REVISED_KEY(options.revise), `${doc.getId()}|${letterhead}`);
    return { id: doc.getId(), url: doc.getUrl() };
  }

  /** The document written before under this key, its content after the letterhead replaced; null when there is
   *  none (or it was deleted). The new content is appended before the old is removed, so the body never empties. */
  private revise(key: string, model: DocModel): { id: string; url: string } | null {
    const [id, kept] = (this.store.get(REVISED_KEY(key)) ?? '').split('|');
    if (!id || !live(id)) return null;
    const doc = DocumentApp.openById(id);
    const body = doc.getBody();
    const letterhead = Number(kept) || 0;
    const before = body.getNumChildren();
    for (const block of model.blocks) appendBlock(body, block);
    for (let i = before - 1; i >= letterhead; i--) body.getChild(i).removeFromParent();
    doc.saveAndClose();
    return { id, url: doc.getUrl() };
  }
}

/** Setup: the folder for generated documents and one editable template per kind, created once. */
export function ensureTemplates(
  store: KeyValueStore,
  folderName: string,
  templates: Array<{ key: string; title: string; header: string[] }>,
): Record<string, string> {
  let folderId = store.get(FOLDER_KEY);
  if (!folderId || !live(folderId)) {
    folderId = String(files().create({ name: folderName, mimeType: FOLDER_MIME }).id);
    store.set(FOLDER_KEY, folderId);
  }
  const urls: Record<string, string> = {};
  for (const tpl of templates) {
    const key = TEMPLATE_KEY(tpl.key);
    const existingId = store.get(key);
    if (existingId && live(existingId)) {
      urls[tpl.key] = DocumentApp.openById(existingId).getUrl();
      continue;
    }
    // Created in its folder through Drive, then written through DocumentApp (documents scope).
    const created = files().create({ name: tpl.title, mimeType: DOCUMENT_MIME, parents: [folderId] });
    const doc = DocumentApp.openById(String(created.id));
    const body = doc.getBody();
    tpl.header.forEach((line, i) => {
      const p = i === 0 ? body.getParagraphs()[0] : body.appendParagraph(line);
      if (i === 0) p.setText(line);
      p.setLeftToRight(false).setAlignment(i === 0 ? DocumentApp.HorizontalAlignment.CENTER : DocumentApp.HorizontalAlignment.RIGHT);
      if (i === 0) p.setHeading(DocumentApp.ParagraphHeading.TITLE);
    });
    doc.saveAndClose();
    store.set(key, doc.getId());
    urls[tpl.key] = doc.getUrl();
  }
  return urls;
}
