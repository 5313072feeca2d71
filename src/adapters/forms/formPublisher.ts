// Creates or repairs a Google Form from a FormSpec and remembers its item ids by key.
import type { FormItemSpec, FormSpec, PublishedForm } from '../../ports/forms';
import { t } from '../../i18n';

/** The 2026 publish-state methods, in Google's reference (gas-types-detailed) but not in
 *  @types/google-apps-script 2.0.13. */
interface Publishable {
  supportsAdvancedResponderPermissions(): boolean;
  isPublished(): boolean;
  setPublished(enabled: boolean): unknown;
}
type Form = GoogleAppsScript.Forms.Form & Publishable;

type Question = { setTitle(t: string): Question; setHelpText(t: string): Question; setRequired(r: boolean): Question };

/** Title, help text and the required flag, set the same way on every kind of question. */
function describe<Q>(question: Q, item: FormItemSpec): GoogleAppsScript.Forms.Item {
  const q = question as unknown as Question;
  q.setTitle(item.title);
  if (item.help) q.setHelpText(item.help);
  if ('required' in item) q.setRequired(!!item.required);
  return question as unknown as GoogleAppsScript.Forms.Item;
}

function addItem(form: Form, item: FormItemSpec): GoogleAppsScript.Forms.Item {
  switch (item.kind) {
    case 'text':
      return describe(form.addTextItem(), item);
    case 'paragraph':
      return describe(form.addParagraphTextItem(), item);
    case 'date':
      return describe(form.addDateItem(), item);
    case 'choice':
      return describe(form.addMultipleChoiceItem().setChoiceValues(item.choices), item);
    case 'list':
      return describe(form.addListItem().setChoiceValues(item.choices), item);
    case 'checkbox':
      return describe(form.addCheckboxItem().setChoiceValues(item.choices), item);
    case 'scale': {
      const scale = form.addScaleItem().setBounds(item.low, item.high);
      if (item.lowLabel && item.highLabel) scale.setLabels(item.lowLabel, item.highLabel);
      return describe(scale, item);
    }
    case 'section':
      return describe(form.addSectionHeaderItem(), item);
    default: {
      const _exhaustive: never = item;
      throw new Error(`unknown item ${String(_exhaustive)}`);
    }
  }
}

/**
 * Google names a linked form's response sheet "Form Responses N"; staff read Arabic names. Its first header
 * (`Timestamp`) Google writes in the language of the form owner's account, and no API sets it; a value written
 * there is Google's column, so the Arabic words go in the header cell's note, which leaves the values alone.
 */
function nameResponsesSheet(formId: string, spreadsheetId: string, name: string): void {
  const ss = SpreadsheetApp.openById(spreadsheetId);
  const sheet = ss.getSheets().find((s) => (s.getFormUrl() ?? '').includes(formId));
  if (!sheet) return;
  if (sheet.getName() !== name) sheet.setName(name);
  const header = sheet.getRange(1, 1);
  const note = t('form.responses.timestampNote');
  if (header.getNote() !== note) header.setNote(note);
}

/**
 * What beneficiaries need to open the form: its title (FormApp.create names only the Drive file, so
 * getTitle() is empty until setTitle), the published state (forms made through Google's APIs after
 * 30 June 2026 start unpublished) and accepting responses. Repairs only what is off, so a second
 * setup changes nothing on a healthy form.
 */
function makeReachable(form: Form, title: string): void {
  if (form.getTitle() !== title) form.setTitle(title);
  // Legacy forms have no publish state; isPublished and setPublished throw on them.
  if (form.supportsAdvancedResponderPermissions() && !form.isPublished()) form.setPublished(true);
  if (!form.isAcceptingResponses()) form.setAcceptingResponses(true);
}

/** Opens the form if it still exists; null when it was deleted (setup then creates it again). */
function openExisting(formId: string | undefined): Form | null {
  if (!formId) return null;
  try {
    return FormApp.openById(formId) as Form;
  } catch {
    return null;
  }
}

/**
 * Publishes `spec`: creates the form (linked to the register for raw responses) the first time;
 * afterwards only adds items that are missing, so running setup twice duplicates nothing.
 */
export function publishForm(spec: FormSpec, destinationSpreadsheetId: string, previous?: PublishedForm): PublishedForm {
  let form = openExisting(previous?.formId);
  const items: Record<string, number> = {};
  if (!form) {
    form = FormApp.create(spec.title) as Form;
    form.setDescription(spec.description).setConfirmationMessage(spec.confirmation).setCollectEmail(false);
    // Beneficiaries answer on their phones without a Google account (G4: service where they are).
    form.setRequireLogin(false);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, destinationSpreadsheetId);
  } else {
    const existing = new Set(form.getItems().map((i) => i.getId()));
    for (const [key, id] of Object.entries(previous?.items ?? {})) if (existing.has(id)) items[key] = id;
  }
  for (const item of spec.items) {
    if (items[item.key] === undefined) items[item.key] = addItem(form, item).getId();
  }
  makeReachable(form, spec.title);
  nameResponsesSheet(form.getId(), destinationSpreadsheetId, t('form.responsesSheet', { form: t(`form.name.${spec.key}`) }));
  return { formId: form.getId(), url: form.getPublishedUrl(), items };
}
