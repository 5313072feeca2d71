// Scopes as Google enforces them: a table generated from Google's reference, checked on every call
// against the manifest; drive.file reaching only the files the script created through Drive.
import * as fs from 'fs';
import { Sandbox } from '../../sandbox/core/runtime';
import { SCOPES_PATH, renderScopeTable } from '../../scripts/generateScopes';
import TABLE from '../../sandbox/core/scopes.generated.json';

const AUTH = 'https://www.googleapis.com/auth/';
const scope = (s: string) => AUTH + s;

/** Lists the function-valued keys of every handle a script can reach, by the class the sandbox names it. */
const ENUMERATE = `
function methodsOf(h) { var out = []; for (var k in h) if (typeof h[k] === 'function' && k !== 'toString') out.push(k); return out; }
function handles() {
  var ss = SpreadsheetApp.getActiveSpreadsheet(), sheet = ss.getSheets()[0], range = sheet.getRange('A1');
  var ui = SpreadsheetApp.getUi();
  var form = FormApp.create('f');
  var doc = DocumentApp.create('d'), body = doc.getBody(), para = body.appendParagraph('x y');
  var table = body.appendTable([['a']]), row = table.getRow(0);
  var folder = DriveApp.createFolder('folder');
  var builder = ScriptApp.newTrigger('handles');
  var found = body.findText('x');
  var template = HtmlService.createTemplate('<p>x</p>');
  var h = {
    SpreadsheetApp: SpreadsheetApp, Spreadsheet: ss, Sheet: sheet, Range: range, Protection: range.protect(),
    TextFinder: range.createTextFinder('x'), Ui: ui, Menu: ui.createMenu('m'),
    DataValidationBuilder: SpreadsheetApp.newDataValidation(),
    FormApp: FormApp, Form: form, FormItem: form.addTextItem(),
    DocumentApp: DocumentApp, Document: doc, Body: body, Paragraph: para, Text: para.editAsText(), Table: table,
    TableRow: row, TableCell: row.getCell(0), ListItem: body.appendListItem('l'), RangeElement: found,
    DriveApp: DriveApp, File: DriveApp.getFileById(doc.getId()), Folder: folder, FileIterator: DriveApp.getFiles(),
    FolderIterator: DriveApp.getFolders(),
    MailApp: MailApp, ScriptApp: ScriptApp, TriggerBuilder: builder, Trigger: builder.timeBased().everyHours(1).create(),
    LockService: LockService, Lock: LockService.getScriptLock(), PropertiesService: PropertiesService,
    Properties: PropertiesService.getScriptProperties(), CacheService: CacheService, Cache: CacheService.getScriptCache(),
    Session: Session, HtmlService: HtmlService, HtmlTemplate: template, HtmlOutput: HtmlService.createHtmlOutput('x'),
    UrlFetchApp: UrlFetchApp, Utilities: Utilities, Blob: Utilities.newBlob('x'), CardService: CardService, Logger: Logger
  };
  var out = {};
  for (var cls in h) out[cls] = methodsOf(h[cls]);
  // Every CardService builder, named as the fake names itself.
  for (var name in CardService) if (/^new/.test(name)) { var b = CardService[name](); out[String(b)] = methodsOf(b); }
  return out;
}`;

describe('the scope table', () => {
  it('is what scripts/generateScopes.ts makes from gas-types-detailed today (run it when this fails)', () => {
    expect(fs.readFileSync(SCOPES_PATH, 'utf8')).toBe(renderScopeTable());
  });

  it('carries the reference\'s scopes, in its order, for methods people know', () => {
    const t = TABLE as Record<string, string[]>;
    expect(t['Range.getValues']).toEqual(['spreadsheets.currentonly', 'spreadsheets']);
    expect(t['DriveApp.createFolder']).toEqual(['drive']);
    expect(t['DriveApp.getFolderById']).toEqual(['drive.readonly', 'drive']);
    expect(t['File.makeCopy']).toEqual(['drive']);
    expect(t['MailApp.sendEmail']).toEqual(['script.send_mail']);
    expect(t['Drive.Files.copy']).toContain('drive.file');
    expect(t['Utilities.formatDate']).toEqual([]);
  });

  it('has an entry for every method of every handle a script can reach', () => {
    const sb = new Sandbox({ code: ENUMERATE });
    const run = sb.execute('handles');
    expect(run.error).toBeNull();
    const byClass = run.result as Record<string, string[]>;
    expect(Object.keys(byClass).length).toBeGreaterThan(40);
    const missing = Object.entries(byClass).flatMap(([cls, methods]) => methods.map((m) => `${cls}.${m}`)).filter((key) => !(key in TABLE));
    expect(missing).toEqual([]);
  });

  it('has an entry for every method of the Drive advanced service the sandbox fakes', () => {
    const sb = new Sandbox({ code: 'function files() { var out = []; for (var k in Drive.Files) out.push(k); return out; }', manifest: FILE_ONLY });
    const methods = sb.execute('files').result as string[];
    expect(methods.sort()).toEqual(['copy', 'create', 'get', 'update']);
    expect(methods.filter((m) => !(`Drive.Files.${m}` in TABLE))).toEqual([]);
  });
});

const DRIVE_CODE = `
function folder() { return DriveApp.createFolder('x').getId(); }
function findFolder(id) { return DriveApp.getFolderById(id).getName(); }
function apiFolder() { return Drive.Files.create({ name: 'f', mimeType: 'application/vnd.google-apps.folder' }).id; }
function apiDoc(parent) { return Drive.Files.create({ name: 'd', mimeType: 'application/vnd.google-apps.document', parents: [parent] }); }
function appDoc() { return DocumentApp.create('by DocumentApp').getId(); }
function apiGet(id) { return Drive.Files.get(id, { fields: 'id,trashed,parents' }); }
function apiCopy(id, parent) { var c = Drive.Files.copy({ name: 'copy', parents: [parent] }, id); return DocumentApp.openById(c.id).getBody().getText(); }
function write(id, text) { DocumentApp.openById(id).getBody().appendParagraph(text); }
function hasDrive() { return typeof Drive; }
function swallow() { try { DriveApp.createFolder('x'); } catch (e) { return 'caught'; } }
`;
const ADVANCED = { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] };
const FILE_ONLY = { oauthScopes: [scope('documents'), scope('drive.file')], dependencies: ADVANCED };

describe('scopes checked on every call', () => {
  it('given a manifest without the drive scope, then DriveApp is refused with Google\'s message', () => {
    const sb = new Sandbox({ code: DRIVE_CODE, manifest: FILE_ONLY });
    expect(sb.execute('folder').error?.message).toBe(`You do not have permission to call DriveApp.createFolder. Required permissions: ${scope('drive')}`);
    expect(sb.execute('findFolder', ['x']).error?.message).toBe(
      `You do not have permission to call DriveApp.getFolderById. Required permissions: (${scope('drive.readonly')} || ${scope('drive')})`,
    );
    expect(String(sb.execute('folder').error)).toMatch(/^Exception: You do not have permission/);
  });

  it('given the drive scope, or no oauthScopes (automatic detection), then the same calls pass', () => {
    expect(new Sandbox({ code: DRIVE_CODE, manifest: { oauthScopes: [scope('drive')] } }).execute('folder').error).toBeNull();
    expect(new Sandbox({ code: DRIVE_CODE }).execute('folder').error).toBeNull();
  });

  it('given a call the sandbox makes under a name Google\'s reference lacks, then the execution fails even if the script catches it', () => {
    const sb = new Sandbox({ code: DRIVE_CODE });
    const run = sb.execute('swallow', [], { eventFactory: (ctx) => ctx.call('Range.notAGoogleMethod') });
    expect(run.error?.message).toMatch(/^Sandbox: Range.notAGoogleMethod has no entry/);
    expect((run.error?.cause as { code?: string })?.code).toBe('SANDBOX_NO_SCOPE_ENTRY');
  });

  it('given a simple trigger (LIMITED), then only the bound file and scope-free calls pass', () => {
    const sb = new Sandbox({ code: `${DRIVE_CODE} function read() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); }` });
    expect(sb.execute('read', [], { authMode: 'LIMITED' }).error).toBeNull();
    expect(sb.execute('appDoc', [], { authMode: 'LIMITED' }).error?.message).toBe(`You do not have permission to call DocumentApp.create. Required permissions: ${scope('documents')}`);
  });
});

describe('the Drive advanced service under drive.file', () => {
  it('is there only when the manifest enables it', () => {
    expect(new Sandbox({ code: DRIVE_CODE }).execute('hasDrive').result).toBe('undefined');
    expect(new Sandbox({ code: DRIVE_CODE, manifest: FILE_ONLY }).execute('hasDrive').result).toBe('object');
  });

  it('creates a folder and a document in it, answers v3\'s default fields, and copies the document', () => {
    const sb = new Sandbox({ code: DRIVE_CODE, manifest: FILE_ONLY });
    const folderId = sb.execute('apiFolder').result as string;
    const doc = sb.execute('apiDoc', [folderId]).result as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(sb.execute('apiGet', [doc.id]).result).toEqual({ id: doc.id, trashed: false, parents: [folderId] });
    expect(sb.execute('write', [doc.id, 'نص القالب']).error).toBeNull();
    expect(sb.execute('apiCopy', [doc.id, folderId]).result).toContain('نص القالب');
  });

  it('does not reach a file the script made any other way: Drive answers 404 File not found', () => {
    const sb = new Sandbox({ code: DRIVE_CODE, manifest: FILE_ONLY });
    const id = sb.execute('appDoc').result as string;
    const run = sb.execute('apiGet', [id]);
    expect(run.error?.message).toBe(`API call to drive.files.get failed with error: File not found: ${id}`);
    expect(run.error?.name).toBe('GoogleJsonResponseException');
    expect(sb.execute('apiDoc', [id]).error?.message).toBe(`API call to drive.files.create failed with error: File not found: ${id}`);
    // With the full drive scope the same file is visible.
    const full = new Sandbox({ code: DRIVE_CODE, manifest: { oauthScopes: [scope('documents'), scope('drive')], dependencies: ADVANCED } });
    const other = full.execute('appDoc').result as string;
    expect(full.execute('apiGet', [other]).error).toBeNull();
  });
});
