// DocumentApp fake: documents are Drive files whose body (paragraphs, lists, tables) lives in the world.
import type { ServiceContext } from '../core/context';
import { findFile, newFileId, registerFile, touchFile } from '../core/files';
import { bodyHandle } from './document/elements';
import { appsScriptException } from './document/exception';
import { HORIZONTAL_ALIGNMENTS, PARAGRAPH_HEADINGS, docsSlot, newDocumentModel, type DocumentModel } from './document/model';
import { TEXT_ATTRIBUTES, type Charge } from './document/text';
import type { Fake, Internal } from './gasShapes';

/** DocumentApp and Document as Google's reference has them (sandbox/services/gasShapes.ts). */
export type DocumentAppFake = Fake<GoogleAppsScript.Document.DocumentApp>;
export type DocumentFake = Fake<GoogleAppsScript.Document.Document> & Internal;

export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

const enumOf = <T extends string>(names: readonly T[]): Readonly<Record<T, T>> =>
  Object.freeze(Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>);

const PARAGRAPH_ATTRIBUTES = ['HORIZONTAL_ALIGNMENT', 'HEADING', 'LEFT_TO_RIGHT', 'BORDER_WIDTH', 'LINE_SPACING', 'INDENT_START', 'INDENT_END'] as const;

export const DocumentEnums = {
  ParagraphHeading: enumOf(PARAGRAPH_HEADINGS),
  HorizontalAlignment: enumOf(HORIZONTAL_ALIGNMENTS),
  Attribute: enumOf([...Object.keys(TEXT_ATTRIBUTES), ...PARAGRAPH_ATTRIBUTES]),
  ElementType: enumOf(['BODY_SECTION', 'PARAGRAPH', 'LIST_ITEM', 'TABLE', 'TABLE_ROW', 'TABLE_CELL', 'TEXT', 'HORIZONTAL_RULE', 'PAGE_BREAK'] as const),
  GlyphType: enumOf(['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'] as const),
};

export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

const MISSING = 'Document is missing (perhaps it was deleted, or you don\'t have read access?)';

export function createDocumentApp(ctx: ServiceContext): DocumentAppFake {
  const slot = docsSlot(ctx.world);

  function documentHandle(model: DocumentModel): DocumentFake {
    const charge: Charge = (method, mutates = false) => {
      ctx.call(method);
      if (mutates) touchFile(ctx.world, model.id);
    };
    const file = () => {
      const entry = findFile(ctx.world, model.id);
      if (!entry) throw appsScriptException(MISSING, 'DOCS_MISSING');
      return entry;
    };
    const handle: DocumentFake = {
      getId: () => (charge('Document.getId'), model.id),
      getName: () => (charge('Document.getName'), file().name),
      setName(name: string) {
        charge('Document.setName', true);
        file().name = String(name);
        return handle;
      },
      getUrl: () => (charge('Document.getUrl'), documentUrl(model.id)),
      getBody: () => (charge('Document.getBody'), bodyHandle(model, charge)),
      /** Apps Script flushes pending edits here; the sandbox writes through, so it only counts. */
      saveAndClose: () => charge('Document.saveAndClose'),
      toString: () => 'Document',
    };
    return handle;
  }

  function open(id: string) {
    const model = slot.documents[String(id)];
    if (!model) throw appsScriptException(MISSING, 'DOCS_MISSING');
    return documentHandle(model);
  }

  return {
    ...DocumentEnums,
    create(name: string) {
      ctx.call('DocumentApp.create');
      const id = newFileId();
      registerFile(ctx.world, { id, name: String(name), mimeType: DOCUMENT_MIME, owner: ctx.user });
      slot.documents[id] = newDocumentModel(id);
      return documentHandle(slot.documents[id]);
    },
    openById(id: string) {
      ctx.call('DocumentApp.openById');
      return open(id);
    },
    openByUrl(url: string) {
      ctx.call('DocumentApp.openByUrl');
      const id = /\/d\/([-\w]{10,})/.exec(String(url))?.[1];
      if (!id) throw appsScriptException('Invalid argument: url', 'DOCS_BAD_URL');
      return open(id);
    },
    /** Scripts in the sandbox are never bound to a document. */
    getActiveDocument: () => (ctx.call('DocumentApp.getActiveDocument'), null),
  };
}
