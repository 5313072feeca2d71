// DocumentApp fake: building minutes, replaceText with RE2-style patterns, right-to-left paragraphs.
import { findFile } from '../../../sandbox/core/files';
import { createDocumentApp } from '../../../sandbox/services/document';
import { asGoogle } from '../../../sandbox/services/gasShapes';
import { newContext, newWorld } from './world';

describe('DocumentApp fake', () => {
  it('given a new document, when paragraphs, a list and a table are added, then its text reads in order', () => {
    const world = newWorld();
    const DocumentApp = asGoogle<GoogleAppsScript.Document.DocumentApp>(createDocumentApp(newContext(world)));
    const doc = DocumentApp.create('محضر اللجنة');
    const body = doc.getBody();
    body.appendParagraph('محضر اجتماع لجنة المستفيدين').setHeading(DocumentApp.ParagraphHeading.HEADING1).setLeftToRight(false);
    body.appendListItem('البند الأول');
    body.appendTable([['الطلب', 'القرار'], ['12', 'مقبول']]);
    // Google puts each table cell on its own line and an empty paragraph after an appended table.
    expect(body.getText()).toBe('\nمحضر اجتماع لجنة المستفيدين\nالبند الأول\nالطلب\nالقرار\n12\nمقبول\n');
    expect(body.getParagraphs()[1].getHeading()).toBe('HEADING1');
    expect(body.getParagraphs()[1].isLeftToRight()).toBe(false);
    expect(body.getTables()[0].getCell(1, 1).getText()).toBe('مقبول');
    expect(findFile(world, doc.getId())).toMatchObject({ name: 'محضر اللجنة', mimeType: 'application/vnd.google-apps.document' });
  });

  it('given placeholders, when replaceText runs with a regex pattern string, then every match is replaced literally', () => {
    const DocumentApp = asGoogle<GoogleAppsScript.Document.DocumentApp>(createDocumentApp(newContext(newWorld())));
    const body = DocumentApp.create('قالب').getBody();
    body.appendParagraph('السيد {{name}} رقم الطلب {{ case_id }}');
    body.appendTable([['{{name}}']]);
    body.replaceText('\\{\\{\\s*name\\s*\\}\\}', 'أحمد $1');
    body.replaceText('(?i)\\{\\{ CASE_ID \\}\\}', 'ط-12');
    expect(body.getText()).toBe('\nالسيد أحمد $1 رقم الطلب ط-12\nأحمد $1\n');
  });

  it('given a lookahead pattern, then it is refused as RE2 refuses it', () => {
    const body = asGoogle<GoogleAppsScript.Document.DocumentApp>(createDocumentApp(newContext(newWorld()))).create('x').getBody();
    expect(() => body.replaceText('a(?=b)', 'c')).toThrow(/Invalid argument: searchPattern/);
  });

  it('given findText, when called again from the previous result, then it walks every match across paragraphs', () => {
    const body = asGoogle<GoogleAppsScript.Document.DocumentApp>(createDocumentApp(newContext(newWorld()))).create('x').getBody();
    body.appendParagraph('موعد ١ وموعد ٢');
    body.appendParagraph('موعد ٣');
    const offsets: number[] = [];
    for (let r = body.findText('موعد'); r; r = body.findText('موعد', r)) offsets.push(r.getStartOffset());
    expect(offsets).toEqual([0, 8, 0]);
  });

  it('given a bold range set through editAsText, then only those characters are bold', () => {
    const body = asGoogle<GoogleAppsScript.Document.DocumentApp>(createDocumentApp(newContext(newWorld()))).create('x').getBody();
    const text = body.appendParagraph('القرار: مقبول').editAsText();
    text.setBold(8, 12, true);
    expect(text.isBold(0)).toBeNull();
    expect(text.isBold(9)).toBe(true);
  });

  it('given a missing id, then openById throws the real Docs message', () => {
    expect(() => asGoogle<GoogleAppsScript.Document.DocumentApp>(createDocumentApp(newContext(newWorld()))).openById('nope')).toThrow(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });
});
