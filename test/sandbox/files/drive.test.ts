// DriveApp fake: folders, lookups by name, trash, the real missing-id error, and copying a template.
import { createDocumentApp } from '../../../sandbox/services/document';
import { asGoogle } from '../../../sandbox/services/gasShapes';
import { createDriveApp } from '../../../sandbox/services/drive';
import { newContext, newWorld } from './world';

function drain<T>(it: { hasNext(): boolean; next(): T }): T[] {
  const out: T[] = [];
  while (it.hasNext()) out.push(it.next());
  return out;
}

describe('DriveApp fake', () => {
  it('given a minutes template, when it is copied into a folder and the copy filled in, then the template is untouched', () => {
    const world = newWorld();
    const ctx = newContext(world);
    const DocumentApp = asGoogle<GoogleAppsScript.Document.DocumentApp>(createDocumentApp(ctx));
    const DriveApp = asGoogle<GoogleAppsScript.Drive.DriveApp>(createDriveApp(ctx));
    const template = DocumentApp.create('قالب محضر');
    template.getBody().appendParagraph('محضر اجتماع بتاريخ {{date}}').setLeftToRight(false);
    const folder = DriveApp.createFolder('المحاضر');

    const copy = DriveApp.getFileById(template.getId()).makeCopy('محضر ١٤٤٦/٠٩/٠٢', folder);
    DocumentApp.openById(copy.getId()).getBody().replaceText('\\{\\{date\\}\\}', '٢ رمضان ١٤٤٦');

    expect(DocumentApp.openById(copy.getId()).getBody().getText()).toContain('محضر اجتماع بتاريخ ٢ رمضان ١٤٤٦');
    expect(DocumentApp.openById(copy.getId()).getBody().getParagraphs()[1].isLeftToRight()).toBe(false);
    expect(template.getBody().getText()).toContain('{{date}}');
    expect(copy.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(drain(folder.getFiles()).map((f) => f.getName())).toEqual(['محضر ١٤٤٦/٠٩/٠٢']);
    expect(drain(copy.getParents()).map((f) => f.getName())).toEqual(['المحاضر']);
  });

  it('given an unknown id, then getFileById throws the real Drive message', () => {
    const DriveApp = asGoogle<GoogleAppsScript.Drive.DriveApp>(createDriveApp(newContext(newWorld())));
    let thrown: unknown;
    try {
      DriveApp.getFileById('1AbCdEfGhIjKlMnOpQrStUvWxYz');
    } catch (e) {
      thrown = e;
    }
    expect(String(thrown)).toBe(
      'Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
    );
  });

  it('given a trashed file, then name lookups skip it but its id still opens it', () => {
    const DriveApp = asGoogle<GoogleAppsScript.Drive.DriveApp>(createDriveApp(newContext(newWorld())));
    const file = DriveApp.createFile('سجل.txt', 'نص');
    file.setTrashed(true);
    expect(DriveApp.getFilesByName('سجل.txt').hasNext()).toBe(false);
    expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(true);
    expect(() => DriveApp.getFilesByName('سجل.txt').next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
  });

  it('given files at the top level, then the root folder lists them and they report it as parent', () => {
    const DriveApp = asGoogle<GoogleAppsScript.Drive.DriveApp>(createDriveApp(newContext(newWorld())));
    const file = DriveApp.createFile('a.txt', 'x');
    const root = DriveApp.getRootFolder();
    expect(drain(root.getFiles()).map((f) => f.getId())).toEqual([file.getId()]);
    expect(drain(file.getParents())[0].getId()).toBe(root.getId());
    const inner = DriveApp.createFolder('داخلي');
    file.moveTo(inner);
    expect(drain(root.getFiles())).toHaveLength(0);
    expect(drain(inner.getFilesByName('a.txt'))).toHaveLength(1);
  });

  it('given sharing calls, then editors and link access are recorded, the owner excluded', () => {
    const world = newWorld();
    const DriveApp = asGoogle<GoogleAppsScript.Drive.DriveApp>(createDriveApp(newContext(world)));
    const file = DriveApp.createFile('x.txt', '');
    file.addEditor('committee@example.com');
    file.addEditor(world.owner);
    file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    expect(file.getEditors().map((u) => u.getEmail())).toEqual(['committee@example.com']);
    expect(file.getSharingAccess()).toBe('ANYONE_WITH_LINK');
  });
});
