// Opens one of the register's dialogs (a page of build/) with its Arabic title; a failure reaches the person in Arabic.
import { report } from './errors';
import { t, type LabelKey } from '../i18n';

/** Shows `file` as a modal dialog titled `title`. With `values`, the page is a template and they are given to
 *  its scriptlets (printed escaped with <?= ?>); without, the file is served as it is. */
export function showDialog(file: string, title: LabelKey, values?: Record<string, unknown>, size = { width: 520, height: 640 }): void {
  try {
    const page = values ? Object.assign(HtmlService.createTemplateFromFile(file), values).evaluate() : HtmlService.createHtmlOutputFromFile(file);
    SpreadsheetApp.getUi().showModalDialog(page.setWidth(size.width).setHeight(size.height).setTitle(t(title)), t(title));
  } catch (err) {
    report(err);
  }
}
