// Creates or repairs a Google Form from a FormSpec and remembers its item ids by key.
import type { FormItemSpec, FormSpec, PublishedForm } from '../../app/forms/spec';

type Form = GoogleAppsScript.Forms.Form;

function addItem(form: Form, item: FormItemSpec): GoogleAppsScript.Forms.Item {
  switch (item.kind) {
    case 'text': {
      const i = form.addTextItem().setTitle(item.title).setRequired(!!item.required);
      if (item.help) i.setHelpText(item.help);
      return i as unknown as GoogleAppsScript.Forms.Item;
    }
    case 'paragraph': {
      const i = form.addParagraphTextItem().setTitle(item.title).setRequired(!!item.required);
      if (item.help) i.setHelpText(item.help);
      return i as unknown as GoogleAppsScript.Forms.Item;
    }
    case 'date': {
      const i = form.addDateItem().setTitle(item.title).setRequired(!!item.required);
      if (item.help) i.setHelpText(item.help);
      return i as unknown as GoogleAppsScript.Forms.Item;
    }
    case 'choice': {
      const i = form.addMultipleChoiceItem().setTitle(item.title).setChoiceValues(item.choices).setRequired(!!item.required);
      if (item.help) i.setHelpText(item.help);
      return i as unknown as GoogleAppsScript.Forms.Item;
    }
    case 'list': {
      const i = form.addListItem().setTitle(item.title).setChoiceValues(item.choices).setRequired(!!item.required);
      if (item.help) i.setHelpText(item.help);
      return i as unknown as GoogleAppsScript.Forms.Item;
    }
    case 'checkbox': {
      const i = form.addCheckboxItem().setTitle(item.title).setChoiceValues(item.choices).setRequired(!!item.required);
      if (item.help) i.setHelpText(item.help);
      return i as unknown as GoogleAppsScript.Forms.Item;
    }
    case 'scale': {
      const i = form.addScaleItem().setTitle(item.title).setBounds(item.low, item.high).setRequired(!!item.required);
      if (item.lowLabel && item.highLabel) i.setLabels(item.lowLabel, item.highLabel);
      if (item.help) i.setHelpText(item.help);
      return i as unknown as GoogleAppsScript.Forms.Item;
    }
    case 'section': {
      const i = form.addSectionHeaderItem().setTitle(item.title);
      if (item.help) i.setHelpText(item.help);
      return i as unknown as GoogleAppsScript.Forms.Item;
    }
    default: {
      const _exhaustive: never = item;
      throw new Error(`unknown item ${String(_exhaustive)}`);
    }
  }
}

/** Opens the form if it still exists; null when it was deleted (setup then creates it again). */
function openExisting(formId: string | undefined): Form | null {
  if (!formId) return null;
  try {
    return FormApp.openById(formId);
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
    form = FormApp.create(spec.title);
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
  return { formId: form.getId(), url: form.getPublishedUrl(), items };
}
