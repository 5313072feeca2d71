// The Drive advanced service (`Drive`, Drive API v3), present only when the manifest enables it:
// Files.create, copy, get and update over the shared file registry, with the API's 404 for a file the
// caller cannot see — under drive.file alone, any file this script project did not create through it.
import type { World } from '../core/context';
import { scriptError, type ExecutionContext } from '../core/execution';
import { findFile, newFileId, registerFile, touchFile, type FileEntry } from '../core/files';
import { DOCUMENT_MIME } from './document';
import { newDocumentModel, docsSlot } from './document/model';
import { FOLDER_MIME, copyContent, driveAppSlot } from './drive';
import type { Fake } from './gasShapes';

/** The files this script project created through the Drive API: what `drive.file` lets it reach. */
interface DriveApiSlot {
  appFiles: string[];
}

export function driveApiSlot(world: World): DriveApiSlot {
  const existing = world.services.driveApi as DriveApiSlot | undefined;
  if (existing) return existing;
  const created: DriveApiSlot = { appFiles: [] };
  world.services.driveApi = created;
  return created;
}

/** Drive API v3's File resource, as far as the sandbox keeps it. */
interface FileResource {
  kind: 'drive#file';
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  createdTime: string;
  modifiedTime: string;
  owners: Array<{ kind: 'drive#user'; emailAddress: string; me: boolean }>;
  webViewLink: string;
}

type Options = { fields?: string; addParents?: string; removeParents?: string } & Record<string, unknown>;

/** Without `fields`, v3 answers kind, id, name and mimeType only; `fields` names top-level fields, or `*`. */
const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

function apiError(method: string, status: number, message: string, code: string): Error {
  const error = scriptError(`API call to drive.files.${method} failed with error: ${message}`, code);
  error.name = 'GoogleJsonResponseException';
  (error as Error & { details?: unknown }).details = { code: status, message };
  return error;
}

/** The Drive v3 advanced service's Files collection as @types/google-apps-script types it (sandbox/services/gasShapes.ts). */
type FakeFiles = Fake<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection>;

export function createDriveAdvancedService(ctx: ExecutionContext): { Files: FakeFiles } {
  const world = ctx.world;
  const appFiles = driveApiSlot(world).appFiles;
  const rootId = () => driveAppSlot(world).rootId;

  /** The file, as the API lets this call see it; a file it may not see is "not found", as Drive says. */
  const visible = (method: string, id: unknown): FileEntry => {
    const key = String(id);
    const entry = findFile(world, key);
    const perFile = ctx.grant.perFileOnly(`Drive.Files.${method}`);
    if (!entry || (perFile && !appFiles.includes(key))) throw apiError(method, 404, `File not found: ${key}`, 'DRIVE_NOT_FOUND');
    return entry;
  };

  const resource = (entry: FileEntry): FileResource => ({
    kind: 'drive#file',
    id: entry.id,
    name: entry.name,
    mimeType: entry.mimeType,
    parents: entry.parents.length ? [...entry.parents] : [rootId()],
    trashed: entry.trashed,
    createdTime: new Date(entry.createdMs).toISOString(),
    modifiedTime: new Date(entry.updatedMs).toISOString(),
    owners: [{ kind: 'drive#user', emailAddress: entry.owner, me: entry.owner === ctx.user }],
    webViewLink: entry.mimeType === DOCUMENT_MIME ? `https://docs.google.com/document/d/${entry.id}/edit?usp=drivesdk` : `https://drive.google.com/file/d/${entry.id}/view?usp=drivesdk`,
  });

  const answer = (entry: FileEntry, options?: Options) => {
    const full = resource(entry) as unknown as Record<string, unknown>;
    const fields = options?.fields ? String(options.fields).split(',').map((f) => f.trim()).filter(Boolean) : DEFAULT_FIELDS;
    const picked = fields.includes('*') ? full : Object.fromEntries(fields.filter((f) => f in full).map((f) => [f, full[f]]));
    return ctx.toRealm(picked);
  };

  /** v3 takes one parent; a parent the call cannot see is "not found", like the file itself. */
  const parentsFor = (method: string, parents: unknown): string[] => {
    if (parents === undefined) return [];
    if (!Array.isArray(parents)) throw apiError(method, 400, 'Invalid value for parents', 'DRIVE_BAD_REQUEST');
    if (parents.length > 1) throw apiError(method, 403, 'A shared drive item must have exactly one parent.', 'DRIVE_BAD_REQUEST');
    return parents.map((p) => {
      const parent = String(p) === rootId() ? null : visible(method, p);
      if (parent && parent.mimeType !== FOLDER_MIME) throw apiError(method, 400, 'The specified parent is not a folder.', 'DRIVE_BAD_REQUEST');
      return String(p) === rootId() ? '' : String(p);
    }).filter(Boolean);
  };

  const Files: FakeFiles = {
    create(body: { name?: string; mimeType?: string; parents?: string[] } = {}, _media?: unknown, options?: Options) {
      ctx.call('Drive.Files.create');
      const mimeType = body.mimeType ? String(body.mimeType) : 'application/octet-stream';
      if (mimeType.startsWith('application/vnd.google-apps.') && mimeType !== DOCUMENT_MIME && mimeType !== FOLDER_MIME) {
        throw new Error(`Sandbox: Drive.Files.create of ${mimeType} is not faked`, { cause: { code: 'SANDBOX_UNSUPPORTED' } });
      }
      const parents = parentsFor('create', body.parents);
      const id = newFileId();
      const entry = registerFile(world, { id, name: body.name === undefined ? 'Untitled' : String(body.name), mimeType, owner: ctx.user, parents });
      if (mimeType === DOCUMENT_MIME) docsSlot(world).documents[id] = newDocumentModel(id);
      appFiles.push(id);
      return answer(entry, options);
    },
    copy(body: { name?: string; parents?: string[] } = {}, fileId: string, options?: Options) {
      ctx.call('Drive.Files.copy');
      const source = visible('copy', fileId);
      if (source.mimeType === FOLDER_MIME) throw apiError('copy', 403, 'This file cannot be copied by the user.', 'DRIVE_CANNOT_COPY');
      const parents = body.parents === undefined ? [...source.parents] : parentsFor('copy', body.parents);
      const id = newFileId();
      copyContent(world, source, id);
      const entry = registerFile(world, { id, name: body.name === undefined ? `Copy of ${source.name}` : String(body.name), mimeType: source.mimeType, owner: ctx.user, parents });
      appFiles.push(id);
      return answer(entry, options);
    },
    get(fileId: string, options?: Options) {
      ctx.call('Drive.Files.get');
      return answer(visible('get', fileId), options);
    },
    update(body: { name?: string; trashed?: boolean } = {}, fileId: string, _media?: unknown, options?: Options) {
      ctx.call('Drive.Files.update');
      const entry = visible('update', fileId);
      if (body.name !== undefined) entry.name = String(body.name);
      if (body.trashed !== undefined) entry.trashed = Boolean(body.trashed);
      const remove = options?.removeParents ? String(options.removeParents).split(',') : [];
      const add = options?.addParents ? parentsFor('update', String(options.addParents).split(',')) : [];
      if (remove.length || add.length) entry.parents = [...entry.parents.filter((p) => !remove.includes(p)), ...add];
      touchFile(world, entry.id);
      return answer(entry, options);
    },
  };
  return { Files };
}
