// Erasing a person outside the register's rows (issue 17): their form responses (Form.deleteResponse), the
// rows of the form-response sheets that hold their identifiers, and the documents linked from their rows.
import type { KeyValueStore, PersonalDataEraser } from '../../ports';
import { publishedForms } from '../../ports';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class AppsScriptEraser implements PersonalDataEraser {
  constructor(private readonly store: KeyValueStore, private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  eraseFromResponseSheets(values: { part: string[]; whole: string[] }, marker: string): number {
    const part = values.part.filter((v) => v.length >= 6);
    if (part.length === 0) return 0;
    const partPattern = new RegExp(part.map(escape).join('|'), 'gi');
    const whole = new Set(values.whole.map((v) => v.trim()).filter(Boolean));
    let changed = 0;
    for (const sheet of this.ss.getSheets()) {
      if (!sheet.getFormUrl()) continue;
      const rows = new Set<number>();
      for (const value of part) for (const range of sheet.createTextFinder(value).findAll()) rows.add(range.getRow());
      const width = sheet.getLastColumn();
      for (const r of rows) {
        if (r === 1 || width === 0) continue;
        const range = sheet.getRange(r, 1, 1, width);
        const before = range.getValues()[0];
        const after = before.map((v) => {
          if (typeof v !== 'string' && typeof v !== 'number') return v;
          const s = String(v);
          if (whole.has(s.trim())) return marker;
          return s.replace(partPattern, marker) === s ? v : s.replace(partPattern, marker);
        });
        const n = after.filter((v, i) => v !== before[i]).length;
        if (n > 0) {
          range.setValues([after]);
          changed += n;
        }
      }
    }
    return changed;
  }

  deleteResponse(responseId: string): boolean {
    for (const published of Object.values(publishedForms(this.store))) {
      let form: GoogleAppsScript.Forms.Form;
      try {
        form = FormApp.openById(published.formId);
        form.getResponse(responseId);
      } catch {
        // Not this form's response (or the form is gone): the next form.
        continue;
      }
      form.deleteResponse(responseId);
      return true;
    }
    return false;
  }

  scrubDocument(url: string, values: string[], marker: string): boolean {
    const id = /\/d\/([\w-]+)/.exec(url)?.[1];
    if (!id || values.length === 0) return false;
    let doc: GoogleAppsScript.Document.Document;
    try {
      doc = DocumentApp.openById(id);
    } catch {
      return false;
    }
    const body = doc.getBody();
    for (const v of values) body.replaceText(escape(v), marker);
    doc.saveAndClose();
    return true;
  }
}
