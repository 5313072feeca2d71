// The Drive file registry every service shares: spreadsheets, forms and documents are Drive files.
import { randomBytes } from 'crypto';
import type { World } from './context';

export type MimeType =
  | 'application/vnd.google-apps.spreadsheet'
  | 'application/vnd.google-apps.form'
  | 'application/vnd.google-apps.document'
  | 'application/vnd.google-apps.folder'
  | string;

export interface FileEntry {
  id: string;
  name: string;
  mimeType: MimeType;
  owner: string;
  createdMs: number;
  updatedMs: number;
  parents: string[]; // folder ids; [] means "My Drive" root
  trashed: boolean;
}

interface DriveSlot {
  files: Record<string, FileEntry>;
}

function slot(world: World): DriveSlot {
  const existing = world.services.drive as DriveSlot | undefined;
  if (existing) return existing;
  const created: DriveSlot = { files: {} };
  world.services.drive = created;
  return created;
}

/** A Drive-style id: 44 URL-safe characters, like real file ids. */
export function newFileId(): string {
  return randomBytes(33).toString('base64url').slice(0, 44);
}

/** Records a file every service can later find by id (DriveApp.getFileById, openById...). */
export function registerFile(world: World, entry: Omit<FileEntry, 'createdMs' | 'updatedMs' | 'parents' | 'trashed'> & Partial<FileEntry>): FileEntry {
  const file: FileEntry = { parents: [], trashed: false, createdMs: world.nowMs, updatedMs: world.nowMs, ...entry };
  slot(world).files[file.id] = file;
  return file;
}

export function findFile(world: World, id: string): FileEntry | undefined {
  return slot(world).files[id];
}

export function allFiles(world: World): FileEntry[] {
  return Object.values(slot(world).files);
}

export function touchFile(world: World, id: string): void {
  const f = slot(world).files[id];
  if (f) f.updatedMs = world.nowMs;
}
