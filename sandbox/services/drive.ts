// DriveApp fake over the shared file registry: files, folders, copies of templates, trash and sharing.
import type { ServiceContext, World } from '../core/context';
import { allFiles, findFile, newFileId, registerFile, touchFile, type FileEntry } from '../core/files';
import { DOCUMENT_MIME, documentUrl } from './document';
import { appsScriptException } from './document/exception';
import { cloneModel, docsSlot } from './document/model';
import { spreadsheetSlot } from './spreadsheet/model';
import type { Fake, Internal } from './gasShapes';

/** The handles' shapes: Google's classes (sandbox/services/gasShapes.ts); the sharing methods take and give
 *  DriveApp's Access and Permission enums by name. */
type SharingEnums = 'setSharing' | 'getSharingAccess' | 'getSharingPermission';
type FakeFile = Fake<GoogleAppsScript.Drive.File, SharingEnums> & Internal;
type FakeFolder = Fake<GoogleAppsScript.Drive.Folder, SharingEnums> & Internal;
/** What a file and a folder share: each method fits both classes. */
type FakeDriveItem = Fake<GoogleAppsScript.Drive.File, SharingEnums> & Fake<GoogleAppsScript.Drive.Folder, SharingEnums> & Internal;
type FakeIterator = Fake<GoogleAppsScript.Drive.FileIterator> & Fake<GoogleAppsScript.Drive.FolderIterator>;
type FakeUser = Fake<GoogleAppsScript.Drive.User>;
export type DriveAppFake = Fake<GoogleAppsScript.Drive.DriveApp> & Internal;

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const FORM_MIME = 'application/vnd.google-apps.form';

const NO_ITEM =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

const ACCESS = ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'] as const;
const PERMISSION = ['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE'] as const;
type Access = (typeof ACCESS)[number];
type Permission = (typeof PERMISSION)[number];

interface Sharing {
  editors: string[];
  viewers: string[];
  access: Access;
  permission: Permission;
}

/** What DriveApp keeps besides the registry: the root folder's id, sharing, and uploaded bytes. */
export interface DriveAppSlot {
  rootId: string;
  sharing: Record<string, Sharing>;
  contents: Record<string, { base64: string }>;
}

export function driveAppSlot(world: World): DriveAppSlot {
  const existing = world.services.driveApp as DriveAppSlot | undefined;
  if (existing) return existing;
  const created: DriveAppSlot = { rootId: newFileId(), sharing: {}, contents: {} };
  world.services.driveApp = created;
  return created;
}

export function fileUrl(entry: FileEntry): string {
  switch (entry.mimeType) {
    case DOCUMENT_MIME:
      return documentUrl(entry.id);
    case SPREADSHEET_MIME:
      return `https://docs.google.com/spreadsheets/d/${entry.id}/edit`;
    case FORM_MIME:
      return `https://docs.google.com/forms/d/${entry.id}/edit`;
    case FOLDER_MIME:
      return `https://drive.google.com/drive/folders/${entry.id}`;
    default:
      return `https://drive.google.com/file/d/${entry.id}/view?usp=drivesdk`;
  }
}

/** A Google file's content lives in its own service's slot; a copy must duplicate it there. */
export function copyContent(world: World, from: FileEntry, toId: string): void {
  if (from.mimeType === DOCUMENT_MIME) {
    const docs = docsSlot(world).documents;
    const source = docs[from.id];
    if (source) docs[toId] = { ...cloneModel(source), id: toId };
    return;
  }
  if (from.mimeType === SPREADSHEET_MIME) {
    const sheets = spreadsheetSlot(world).spreadsheets;
    const source = sheets[from.id];
    if (source) sheets[toId] = { ...cloneModel(source), id: toId };
    return;
  }
  if (from.mimeType === FORM_MIME) {
    throw appsScriptException('The sandbox cannot copy a form yet.', 'SANDBOX_UNSUPPORTED');
  }
  const bytes = driveAppSlot(world).contents[from.id];
  if (bytes) driveAppSlot(world).contents[toId] = { ...bytes };
}

interface UserLike {
  getEmail(): string;
}

interface BlobLike {
  getName(): string | null;
  getBytes(): number[];
  getContentType(): string | null;
}

const isBlobLike = (v: unknown): v is BlobLike =>
  typeof v === 'object' && v !== null && typeof (v as BlobLike).getBytes === 'function' && typeof (v as BlobLike).getContentType === 'function';

/** Apps Script's refusal of arguments no overload takes: "The parameters (String,String) don't match...". */
function signatureError(args: unknown[], method: string, folders: WeakSet<object>, files: WeakSet<object>): Error {
  const kind = (v: unknown) => {
    if (v === null) return 'null';
    if (typeof v === 'string') return 'String';
    if (typeof v === 'number') return 'number';
    if (typeof v === 'boolean') return 'Boolean';
    if (typeof v !== 'object') return String(typeof v);
    if (folders.has(v)) return 'DriveApp.Folder';
    if (files.has(v)) return 'DriveApp.File';
    return isBlobLike(v) ? 'Blob' : 'Object';
  };
  return appsScriptException(`The parameters (${args.map(kind).join(',')}) don't match the method signature for ${method}.`, 'DRIVE_BAD_ARGUMENTS');
}

/** A missing id is refused before any lookup (gas-fakes testdrive.js › trap null ids, live). */
function checkId(id: unknown): string {
  if (id === null || id === undefined || id === '') throw appsScriptException('Invalid argument: id', 'DRIVE_BAD_ID');
  return String(id);
}

function emailOf(user: string | UserLike): string {
  return typeof user === 'string' ? user : user.getEmail();
}

function userHandle(email: string): FakeUser {
  return { getEmail: () => email, getName: () => email.split('@')[0] ?? email, getDomain: () => email.split('@')[1] ?? '' };
}

export function iterator<T>(items: T[], charge: (method: string) => void, kind: 'FileIterator' | 'FolderIterator'): FakeIterator & { next(): T } {
  let index = 0;
  return {
    hasNext: () => (charge(`${kind}.hasNext`), index < items.length),
    next(): T {
      charge(`${kind}.next`);
      if (index >= items.length) throw appsScriptException('Cannot retrieve the next object: iterator has reached the end.', 'DRIVE_ITERATOR_END');
      index += 1;
      return items[index - 1];
    },
    getContinuationToken: () => (charge(`${kind}.getContinuationToken`), String(index)),
  };
}

export function createDriveApp(ctx: ServiceContext): DriveAppFake {
  const world = ctx.world;
  const extra = driveAppSlot(world);
  const count = (method: string) => ctx.call(method);
  const rootEntry = (): FileEntry => ({
    id: extra.rootId,
    name: 'My Drive',
    mimeType: FOLDER_MIME,
    owner: world.owner,
    createdMs: 0,
    updatedMs: 0,
    parents: [],
    trashed: false,
  });
  const entryById = (id: string): FileEntry | undefined => (id === extra.rootId ? rootEntry() : findFile(world, String(id)));
  const parentsOf = (entry: FileEntry): string[] => (entry.id === extra.rootId ? [] : entry.parents.length ? entry.parents : [extra.rootId]);
  const isIn = (entry: FileEntry, folderId: string) => parentsOf(entry).includes(folderId);
  const live = (predicate: (entry: FileEntry) => boolean) => allFiles(world).filter((e) => !e.trashed && predicate(e));
  const sharingOf = (id: string): Sharing => (extra.sharing[id] ??= { editors: [], viewers: [], access: 'PRIVATE', permission: 'EDIT' });
  // Which objects are this execution's folders and files, to name them in signature errors and check arguments.
  const folderHandles = new WeakSet<object>();
  const fileHandles = new WeakSet<object>();
  const badArgs = (args: unknown[], method: string) => signatureError(args, method, folderHandles, fileHandles);

  /** createFile(blob), createFile(name, content) or createFile(name, content, mimeType), checked as Apps Script does. */
  const createFileArgs = (args: unknown[], method: string): { name: string; bytes: Buffer; mimeType: string } => {
    if (args.length === 1 && isBlobLike(args[0])) {
      const blob = args[0];
      const name = blob.getName();
      if (name === null || name === '') throw appsScriptException('Blob object must have non-null name for this operation.', 'DRIVE_BLOB_NAME');
      return { name, bytes: Buffer.from(blob.getBytes()), mimeType: blob.getContentType() ?? 'application/octet-stream' };
    }
    if (args.length === 2 || args.length === 3) {
      if (args[0] === null || args[0] === undefined) throw appsScriptException('Invalid argument: name', 'DRIVE_BAD_NAME');
      if (args.every((a) => typeof a === 'string')) {
        return { name: args[0] as string, bytes: Buffer.from(args[1] as string, 'utf8'), mimeType: (args[2] as string | undefined) ?? 'text/plain' };
      }
    }
    throw badArgs(args, method);
  };

  /** What files and folders share: identity, naming, trash, parents and sharing. */
  function itemHandle(entry: FileEntry, type: 'File' | 'Folder', self: () => object): { charge: (method: string, mutates?: boolean) => void; common: FakeDriveItem } {
    const charge = (method: string, mutates = false) => {
      ctx.call(`${type}.${method}`);
      if (mutates) {
        entry.updatedMs = ctx.now().getTime();
        touchFile(world, entry.id);
      }
    };
    const addUsers = (list: 'editors' | 'viewers', users: Array<string | UserLike>) => {
      const sharing = sharingOf(entry.id);
      for (const email of users.map(emailOf)) if (email !== entry.owner && !sharing[list].includes(email)) sharing[list].push(email);
    };
    return {
      charge,
      common: {
        getId: () => (charge('getId'), entry.id),
        getName: () => (charge('getName'), entry.name),
        getUrl: () => (charge('getUrl'), fileUrl(entry)),
        getOwner: () => (charge('getOwner'), userHandle(entry.owner)),
        getDateCreated: () => (charge('getDateCreated'), new Date(entry.createdMs)),
        getLastUpdated: () => (charge('getLastUpdated'), new Date(entry.updatedMs)),
        isTrashed: () => (charge('isTrashed'), entry.trashed),
        getParents: () => {
          charge('getParents');
          const parents = parentsOf(entry).flatMap((id) => {
            const parent = entryById(id);
            return parent ? [folderHandle(parent)] : [];
          });
          return iterator(parents, count, 'FolderIterator');
        },
        // Each returns the file or folder, for chaining (File.addEditor... reference).
        addEditor(user: string | UserLike) {
          charge('addEditor', true);
          addUsers('editors', [user]);
          return self();
        },
        addEditors(users: Array<string | UserLike>) {
          charge('addEditors', true);
          addUsers('editors', users);
          return self();
        },
        addViewer(user: string | UserLike) {
          charge('addViewer', true);
          addUsers('viewers', [user]);
          return self();
        },
        removeEditor(user: string | UserLike) {
          charge('removeEditor', true);
          const sharing = sharingOf(entry.id);
          sharing.editors = sharing.editors.filter((email) => email !== emailOf(user));
          return self();
        },
        // A file or folder prints as its name (gas-fakes testdrive.js: the root folder prints "My Drive", live).
        toString: () => entry.name,
        getEditors: () => (charge('getEditors'), sharingOf(entry.id).editors.map(userHandle)),
        getViewers: () => (charge('getViewers'), sharingOf(entry.id).viewers.map(userHandle)),
        // Returns the file or folder, for chaining (reference: drive/file#setSharing(Access,Permission)).
        setSharing(access: Access, permission: Permission) {
          charge('setSharing', true);
          if (!ACCESS.includes(access) || !PERMISSION.includes(permission)) throw appsScriptException('Invalid argument: permission', 'DRIVE_BAD_ARGUMENT');
          Object.assign(sharingOf(entry.id), { access, permission });
          return self();
        },
        getSharingAccess: () => (charge('getSharingAccess'), sharingOf(entry.id).access),
        getSharingPermission: () => (charge('getSharingPermission'), sharingOf(entry.id).permission),
      },
    };
  }

  function fileHandle(entry: FileEntry): FakeFile {
    const { charge, common } = itemHandle(entry, 'File', () => handle);
    const handle: FakeFile = {
      ...common,
      setName(name: string) {
        charge('setName', true);
        entry.name = String(name);
        return handle;
      },
      getMimeType: () => (charge('getMimeType'), entry.mimeType),
      getSize: () => (charge('getSize'), Buffer.from(extra.contents[entry.id]?.base64 ?? '', 'base64').length),
      setTrashed(trashed: boolean) {
        charge('setTrashed', true);
        entry.trashed = Boolean(trashed);
        return handle;
      },
      moveTo(...args: unknown[]) {
        charge('moveTo', true);
        const destination = args[0];
        if (args.length !== 1 || typeof destination !== 'object' || destination === null || !folderHandles.has(destination)) throw badArgs(args, 'DriveApp.File.moveTo');
        entry.parents = [(destination as Folder).getId()];
        return handle;
      },
      /** makeCopy(), makeCopy(name), makeCopy(destination) or makeCopy(name, destination); without a name the
       *  copy keeps the original's (gas-fakes testdrive.js, live). Other arguments are refused as Apps Script does. */
      makeCopy(...args: unknown[]) {
        charge('makeCopy');
        const isFolderArg = (v: unknown) => typeof v === 'object' && v !== null && folderHandles.has(v);
        const fits = args.length === 0 || (args.length === 1 && (typeof args[0] === 'string' || isFolderArg(args[0])))
          || (args.length === 2 && typeof args[0] === 'string' && isFolderArg(args[1]));
        if (!fits) throw badArgs(args, 'DriveApp.File.makeCopy');
        const folder = (isFolderArg(args[0]) ? args[0] : args[1]) as Folder | undefined;
        const name = typeof args[0] === 'string' ? args[0] : entry.name;
        const id = newFileId();
        copyContent(world, entry, id);
        const copy = registerFile(world, {
          id,
          name,
          mimeType: entry.mimeType,
          owner: ctx.user,
          parents: folder ? [folder.getId()] : [...entry.parents],
          createdMs: ctx.now().getTime(),
          updatedMs: ctx.now().getTime(),
        });
        return fileHandle(copy);
      },
      /** Only uploaded files have bytes here; Google files would be exported, which the sandbox does not do. */
      getBlob() {
        charge('getBlob');
        const content = extra.contents[entry.id];
        if (!content) throw appsScriptException(`The sandbox cannot export a ${entry.mimeType} file as a blob.`, 'SANDBOX_UNSUPPORTED');
        const bytes = Buffer.from(content.base64, 'base64');
        return {
          getName: () => entry.name,
          getContentType: () => entry.mimeType,
          getBytes: () => Array.from(bytes, (b) => (b > 127 ? b - 256 : b)),
          getDataAsString: () => bytes.toString('utf8'),
        };
      },
    };
    fileHandles.add(handle);
    return handle;
  }

  function createFileIn(parentId: string | null, name: string, bytes: Buffer, mimeType: string): FileEntry {
    const id = newFileId();
    extra.contents[id] = { base64: bytes.toString('base64') };
    return registerFile(world, { id, name: String(name), mimeType, owner: ctx.user, parents: parentId ? [parentId] : [] });
  }

  function createFolderIn(parentId: string | null, name: string): FileEntry {
    return registerFile(world, { id: newFileId(), name: String(name), mimeType: FOLDER_MIME, owner: ctx.user, parents: parentId ? [parentId] : [] });
  }

  const isFolder = (entry: FileEntry) => entry.mimeType === FOLDER_MIME;

  function folderHandle(entry: FileEntry): FakeFolder {
    const { charge, common } = itemHandle(entry, 'Folder', () => handle);
    const own = (predicate: (e: FileEntry) => boolean) => live((e) => isIn(e, entry.id) && predicate(e));
    const handle: FakeFolder = {
      ...common,
      setName(name: string) {
        charge('setName', true);
        if (entry.id === extra.rootId) throw appsScriptException('Access denied: DriveApp.', 'DRIVE_ROOT_READONLY');
        entry.name = String(name);
        return handle;
      },
      setTrashed(trashed: boolean) {
        charge('setTrashed', true);
        entry.trashed = Boolean(trashed);
        return handle;
      },
      createFile(...args: unknown[]) {
        charge('createFile', true);
        const { name, bytes, mimeType } = createFileArgs(args, 'DriveApp.Folder.createFile');
        return fileHandle(createFileIn(entry.id, name, bytes, mimeType));
      },
      createFolder: (name: string) => (charge('createFolder', true), folderHandle(createFolderIn(entry.id, name))),
      getFiles: () => (charge('getFiles'), iterator(own((e) => !isFolder(e)).map(fileHandle), count, 'FileIterator')),
      getFolders: () => (charge('getFolders'), iterator(own(isFolder).map(folderHandle), count, 'FolderIterator')),
      getFilesByName: (name: string) => (charge('getFilesByName'), iterator(own((e) => !isFolder(e) && e.name === name).map(fileHandle), count, 'FileIterator')),
      getFoldersByName: (name: string) => (charge('getFoldersByName'), iterator(own((e) => isFolder(e) && e.name === name).map(folderHandle), count, 'FolderIterator')),
      addFile(child: { getId(): string }) {
        charge('addFile', true);
        const target = findFile(world, child.getId());
        if (target && !target.parents.includes(entry.id)) target.parents = [...parentsOf(target), entry.id];
        return handle;
      },
      addFolder(child: { getId(): string }) {
        charge('addFolder', true);
        const target = findFile(world, child.getId());
        if (target && !target.parents.includes(entry.id)) target.parents = [...parentsOf(target), entry.id];
        return handle;
      },
      removeFile(child: { getId(): string }) {
        charge('removeFile', true);
        const target = findFile(world, child.getId());
        if (target) target.parents = parentsOf(target).filter((id) => id !== entry.id);
        return handle;
      },
    };
    folderHandles.add(handle);
    return handle;
  }

  const root = () => folderHandle(rootEntry());

  return {
    Access: Object.freeze(Object.fromEntries(ACCESS.map((a) => [a, a])) as Record<Access, Access>),
    Permission: Object.freeze(Object.fromEntries(PERMISSION.map((p) => [p, p])) as Record<Permission, Permission>),
    toString: () => 'Drive',
    getFileById(id: string) {
      ctx.call('DriveApp.getFileById');
      const entry = findFile(world, checkId(id));
      if (!entry) throw appsScriptException(NO_ITEM, 'DRIVE_NO_ITEM');
      return fileHandle(entry);
    },
    getFolderById(id: string) {
      ctx.call('DriveApp.getFolderById');
      const entry = entryById(checkId(id));
      if (!entry || !isFolder(entry)) throw appsScriptException(NO_ITEM, 'DRIVE_NO_ITEM');
      return folderHandle(entry);
    },
    getRootFolder: () => (ctx.call('DriveApp.getRootFolder'), root()),
    createFolder: (name: string) => (ctx.call('DriveApp.createFolder'), folderHandle(createFolderIn(null, name))),
    createFile(...args: unknown[]) {
      ctx.call('DriveApp.createFile');
      const { name, bytes, mimeType } = createFileArgs(args, 'DriveApp.createFile');
      return fileHandle(createFileIn(null, name, bytes, mimeType));
    },
    getFiles: () => (ctx.call('DriveApp.getFiles'), iterator(live((e) => !isFolder(e)).map(fileHandle), count, 'FileIterator')),
    getFolders: () => (ctx.call('DriveApp.getFolders'), iterator(live(isFolder).map(folderHandle), count, 'FolderIterator')),
    getFilesByName: (name: string) => (ctx.call('DriveApp.getFilesByName'), iterator(live((e) => !isFolder(e) && e.name === name).map(fileHandle), count, 'FileIterator')),
    getFoldersByName: (name: string) => (ctx.call('DriveApp.getFoldersByName'), iterator(live((e) => isFolder(e) && e.name === name).map(folderHandle), count, 'FolderIterator')),
    getFilesByType: (mimeType: string) => (ctx.call('DriveApp.getFilesByType'), iterator(live((e) => e.mimeType === mimeType).map(fileHandle), count, 'FileIterator')),
  };
}

export type Folder = { getId(): string };
