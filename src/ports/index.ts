// Ports: the small interfaces the use cases (src/app) need, named by need; adapters implement them.
// Ports take and return plain data, never an Apps Script object. This folder is the contracts at the bottom
// (docs/architecture.md): the register's schema and coded lists, form and trigger specs, and the ports.
import type { Profile } from '../profiles/schema';
import type { FormSpec } from './forms';
import type { Holiday } from '../domain/time/calendar';
import type { DocModel } from '../domain/docModel';

export type { DocBlock, DocModel } from '../domain/docModel';
export * from './register';
export * from './forms';
export * from './registerSchema';
export * from './codedLists';
export * from './triggers';
export * from './schedule';
export * from './archive';

export interface OutgoingMail {
  to: string;
  cc?: string;
  subject: string;
  text: string;
  html: string;
  /** Where a reply goes (MailApp.sendEmail's replyTo): the contact officer of the case, not the sending account. */
  replyTo?: string;
}

/** Sends email now; throws on failure (the outbox decides about retries). */
export interface Mailer {
  remainingQuota(): number;
  send(mail: OutgoingMail): void;
}

/** Writes documents from the organisation's template (Docs); returns where the document is. */
export interface DocumentWriter {
  /** `revise`: the document's own key (a minutes number): written again, the same document is revised in place
   *  (its letterhead kept, its content replaced) rather than a second one made. */
  write(templateKey: string, model: DocModel, placeholders: Record<string, string>, options?: { revise?: string }): { id: string; url: string };
}

/** A standing document kept under one key and revised in place (the record of processing): the first write
 *  creates it in the documents folder, later ones replace its body, so its link never changes. */
export interface StandingDocuments {
  upsert(key: string, model: DocModel): { id: string; url: string; created: boolean };
}

/** Who is running this execution (staff actions are audited by email). */
export interface Identity {
  /** The person acting, as Google reveals them; '' when Google does not (an unidentified person). */
  currentUserEmail(): string;
}

/** A short-lived copy of the configuration tabs (JSON), dropped when they change. */
export interface ConfigCache {
  get(): string | null;
  put(value: string): void;
  drop(): void;
}

/** What the build computed from src/ and ships beside the bundle (build/data.html, written by
 *  scripts/shippedData.ts): every ready profile, the forms setup publishes for each, the default holidays. */
export interface ShippedData {
  profiles: Record<string, Profile>;
  forms: Record<string, FormSpec[]>;
  holidays: Holiday[];
}

/** Reads the shipped data (once per execution). */
export interface ShippedDataSource {
  read(): ShippedData;
}
