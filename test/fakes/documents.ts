// An in-memory document writer (minutes, reports): each write kept with its template, model and letterhead fields;
// a write under a `revise` key already written revises that document in place, as the Docs adapter does.
import type { DocModel, DocumentWriter } from '../../src/ports';

export interface WrittenDocument {
  id: string;
  url: string;
  templateKey: string;
  model: DocModel;
  placeholders: Record<string, string>;
}

export class MemoryDocuments implements DocumentWriter {
  readonly documents: WrittenDocument[] = [];
  private readonly byKey = new Map<string, WrittenDocument>();

  write(templateKey: string, model: DocModel, placeholders: Record<string, string>, options: { revise?: string } = {}): { id: string; url: string } {
    const revised = options.revise ? this.byKey.get(options.revise) : undefined;
    if (revised) {
      Object.assign(revised, { templateKey, model, placeholders });
      return { id: revised.id, url: revised.url };
    }
    const id = `doc-${this.documents.length + 1}`;
    const doc: WrittenDocument = { id, url: `https://docs.google.com/document/d/${id}/edit`, templateKey, model, placeholders };
    this.documents.push(doc);
    if (options.revise) this.byKey.set(options.revise, doc);
    return { id, url: doc.url };
  }

  /** Every word a document shows: its title and blocks, as one text. */
  textOf(doc: WrittenDocument): string {
    return JSON.stringify([doc.model, doc.placeholders]);
  }
}
