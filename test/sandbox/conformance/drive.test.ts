// gas-fakes' testdrive.js restated for what DriveApp, File and Folder fake: names, mime types, parents, copies, sharing, bad arguments.
import { conformance, type ConformanceCase } from './harness';

const CREATE = 'testdrive.js › create and copy files with driveapp and compare content with adv drive and urlfetch';
const SHARING = 'testdrive.js › driveapp permission management';
const ROOT = 'testdrive.js › root folder checks';
const SEARCH = 'testdrive.js › driveapp searches';
const MOVES = 'testdrive.js › updates and moves advdrive and driveapp';
const BASICS = 'testdrive.js › driveapp basics and Drive equivalence';
const EXOTIC = 'testdrive.js › exotic driveapps versus Drive';
const NULL_IDS = 'testdrive.js › trap null ids';
const TEXT = 'a few words of text';
const SETUP = `var root = DriveApp.getRootFolder(); var folder = DriveApp.createFolder('folder-of-junk');
  var file = root.createFile('junk.txt', '${TEXT}', 'text/plain');`;
const parentId = (f: string) => `${f}.getParents().next().getId()`;

const create: ConformanceCase[] = [
  { source: CREATE, what: 'the root folder prints as My Drive', script: 'return String(DriveApp.getRootFolder());', expected: 'My Drive' },
  { source: CREATE, what: 'getFolderById finds a created folder', script: `${SETUP} return DriveApp.getFolderById(folder.getId()).getId() === folder.getId();`, expected: true },
  { source: CREATE, what: 'a file created in the root has the root as parent', script: `${SETUP} return ${parentId('file')} === root.getId();`, expected: true },
  { source: CREATE, what: 'a created file keeps its name, mime type and content', script: `${SETUP} return [file.getName(), file.getMimeType(), file.getBlob().getDataAsString()];`, expected: ['junk.txt', 'text/plain', TEXT] },
  { source: CREATE, what: 'getFileById reads the same bytes, which are the text as a blob', script: `${SETUP} var again = DriveApp.getFileById(file.getId());
      return [JSON.stringify(again.getBlob().getBytes()) === JSON.stringify(file.getBlob().getBytes()), JSON.stringify(again.getBlob().getBytes()) === JSON.stringify(Utilities.newBlob('${TEXT}').getBytes())];`, expected: [true, true] },
  { source: CREATE, what: 'makeCopy() keeps the name and the parent, with a new id', script: `${SETUP} var c = file.makeCopy(); return [c.getName(), c.getId() !== file.getId(), c.getMimeType(), c.getBlob().getDataAsString(), ${parentId('c')} === ${parentId('file')}];`, expected: ['junk.txt', true, 'text/plain', TEXT, true] },
  { source: CREATE, what: 'makeCopy(name) renames the copy, in the same parent', script: `${SETUP} var c = file.makeCopy('renamed.txt'); return [c.getName(), c.getId() !== file.getId(), ${parentId('c')} === ${parentId('file')}];`, expected: ['renamed.txt', true, true] },
  { source: CREATE, what: 'makeCopy(folder) keeps the name, in that folder', script: `${SETUP} var c = file.makeCopy(folder); return [c.getName(), ${parentId('c')} === folder.getId()];`, expected: ['junk.txt', true] },
  { source: CREATE, what: 'makeCopy(name, folder) renames the copy, in that folder', script: `${SETUP} var c = file.makeCopy('renamed.txt', folder); return [c.getName(), ${parentId('c')} === folder.getId()];`, expected: ['renamed.txt', true] },
  { source: CREATE, what: "a file created from a blob in a folder takes the blob's name, type and bytes", script: `${SETUP} var blob = Utilities.newBlob([1, 2, 3, -1], 'image/jpeg', 'picture.jpg'); var f = folder.createFile(blob);
      return [${parentId('f')} === folder.getId(), f.getName(), f.getMimeType(), f.getBlob().getBytes(), f.getSize()];`, expected: [true, 'picture.jpg', 'image/jpeg', [1, 2, 3, -1], 4] },
  { source: CREATE, what: 'createFile() with no arguments is refused', script: 'DriveApp.createFile(); return 0;', throws: /The parameters \(\) don't match/ },
  { source: CREATE, what: 'createFile(name) alone is refused', script: "DriveApp.createFile('only-a-name.txt'); return 0;", throws: /The parameters \(String\)/ },
  { source: CREATE, what: "createFile('') alone is refused", script: "DriveApp.createFile(''); return 0;", throws: /The parameters \(String\)/ },
  { source: CREATE, what: 'createFile(null, content) has an invalid name', script: "DriveApp.createFile(null, ''); return 0;", throws: /Invalid argument: name/ },
  { source: CREATE, what: 'createFile(blob, content) is refused', script: "DriveApp.createFile(Utilities.newBlob('x', 'text/plain', 'x.txt'), ''); return 0;", throws: /The parameters \(Blob,String\)/ },
  { source: CREATE, what: 'createFile(blob) needs a named blob', script: "DriveApp.createFile(Utilities.newBlob('')); return 0;", throws: /Blob object must have non-null name for this operation\./ },
  { source: CREATE, what: 'makeCopy(folder, name) is refused', script: `${SETUP} file.makeCopy(folder, 'xx'); return 0;`, throws: /The parameters \(DriveApp\.Folder,String\) don't match/ },
  { source: CREATE, what: 'makeCopy(name, name) is refused', script: `${SETUP} file.makeCopy('yy', 'xx'); return 0;`, throws: /The parameters \(String,String\) don't match/ },
];

const USERS = "var editor = 'editor@example.com', viewer = 'viewer@example.com';";
const sharing: ConformanceCase[] = [
  { source: SHARING, what: 'addEditor adds an editor', script: `${USERS} var f = DriveApp.createFile('p.txt', 'some content'); f.addEditor(editor); return f.getEditors().map(function (u) { return u.getEmail(); }).indexOf(editor) >= 0;`, expected: true },
  { source: SHARING, what: 'addViewer adds a viewer', script: `${USERS} var f = DriveApp.createFile('p.txt', 'some content'); f.addViewer(viewer); return f.getViewers().map(function (u) { return u.getEmail(); }).indexOf(viewer) >= 0;`, expected: true },
  { source: SHARING, what: 'addEditors adds every editor', script: "var f = DriveApp.createFile('p.txt', 'x'); var list = ['a@example.com', 'b@example.com']; f.addEditors(list); var got = f.getEditors().map(function (u) { return u.getEmail(); }); return list.every(function (e) { return got.indexOf(e) >= 0; });", expected: true },
  // gas-fakes chains removeEditor(..).removeViewer(..); removeViewer is not faked, so only the chain's first link.
  { source: SHARING, what: 'removeEditor removes the editor and returns the file', script: `${USERS} var f = DriveApp.createFile('p.txt', 'x'); f.addEditor(editor); var back = f.removeEditor(editor); return [back.getId() === f.getId(), f.getEditors().map(function (u) { return u.getEmail(); }).indexOf(editor)];`, expected: [true, -1] },
];

const others: ConformanceCase[] = [
  { source: ROOT, what: 'the root folder has no parent', script: 'return DriveApp.getRootFolder().getParents().hasNext();', expected: false },
  { source: SEARCH, what: "a folder's parents are an iterator of the folder above it", script: `var top = DriveApp.createFolder('top'); var sub = top.createFolder('sub'); var it = sub.getParents(); var p = it.next();
      return [typeof it.hasNext, p.getName(), p.getId() === top.getId(), it.hasNext()];`, expected: ['function', 'top', true, false] },
  { source: SEARCH, what: "the root's folders have the root as their parent", script: "var root = DriveApp.getRootFolder(); DriveApp.createFolder('one'); var it = root.getFolders(); var f = it.next(); var p = f.getParents().next(); return [p.getName(), p.getId() === root.getId()];", expected: ['My Drive', true] },
  { source: MOVES, what: 'moveTo moves the file and returns it', script: `${SETUP} var m = file.moveTo(folder); return [m.getId() === file.getId(), ${parentId('m')} === folder.getId(), m.getMimeType(), m.getSize()];`, expected: [true, true, 'text/plain', TEXT.length] },
  { source: MOVES, what: 'setTrashed(true) and back', script: `${SETUP} var a = file.isTrashed(); file.setTrashed(true); var b = file.isTrashed(); file.setTrashed(false); return [a, b, file.isTrashed()];`, expected: [false, true, false] },
  { source: MOVES, what: 'moveTo() with no folder is refused', script: `${SETUP} file.moveTo(); return 0;`, throws: /The parameters \(\) don't match/ },
  { source: MOVES, what: 'moveTo(text) is refused', script: `${SETUP} file.moveTo('rubbish'); return 0;`, throws: /The parameters \(String\)/ },
  { source: BASICS, what: 'DriveApp prints as Drive', script: 'return String(DriveApp);', expected: 'Drive' },
  { source: BASICS, what: 'a folder prints as its name', script: "var f = DriveApp.createFolder('named'); return String(f) === f.getName();", expected: true },
  { source: BASICS, what: 'a file in a folder has it as parent, and reads back its text', script: `${SETUP} var f = folder.createFile('fake.txt', '${TEXT}'); return [f.getMimeType(), f.getName(), ${parentId('f')} === folder.getId(), f.getParents().hasNext(), f.getBlob().getDataAsString()];`, expected: ['text/plain', 'fake.txt', true, true, TEXT] },
  { source: EXOTIC, what: 'getFilesByType gives only files of that type', script: "DriveApp.createFile('a.txt', 'x'); DriveApp.createFile(Utilities.newBlob('%PDF', 'application/pdf', 'b.pdf')); var it = DriveApp.getFilesByType('application/pdf'); var types = []; while (it.hasNext()) types.push(it.next().getMimeType()); return types;", expected: ['application/pdf'] },
  { source: NULL_IDS, what: 'getFileById(null) has an invalid id', script: 'DriveApp.getFileById(null); return 0;', throws: /Invalid argument: id/ },
  { source: NULL_IDS, what: 'getFileById(undefined) has an invalid id', script: 'DriveApp.getFileById(undefined); return 0;', throws: /Invalid argument: id/ },
  { source: NULL_IDS, what: "getFileById('') is refused", script: "DriveApp.getFileById(''); return 0;", throws: /Invalid argument: id|Unexpected error/ },
  { source: NULL_IDS, what: 'getFolderById(null) has an invalid id', script: 'DriveApp.getFolderById(null); return 0;', throws: /Invalid argument: id/ },
  { source: NULL_IDS, what: 'getFolderById(undefined) has an invalid id', script: 'DriveApp.getFolderById(undefined); return 0;', throws: /Invalid argument: id/ },
  { source: NULL_IDS, what: "getFolderById('') is refused", script: "DriveApp.getFolderById(''); return 0;", throws: /Invalid argument: id|Unexpected error/ },
];

conformance('DriveApp', [...create, ...sharing, ...others]);
