// The shape of a form the product publishes: items by stable key, so answers map back by key.
import type { KeyValueStore } from './register';

export type FormKey = 'service_request' | 'complaint' | 'satisfaction' | 'program_registration' | 'program_evaluation' | 'data_update';

export type FormItemSpec =
  | { key: string; kind: 'text' | 'paragraph' | 'date'; title: string; help?: string; required?: boolean }
  | { key: string; kind: 'choice' | 'list' | 'checkbox'; title: string; help?: string; required?: boolean; choices: string[] }
  | { key: string; kind: 'scale'; title: string; help?: string; required?: boolean; low: number; high: number; lowLabel?: string; highLabel?: string }
  | { key: string; kind: 'section'; title: string; help?: string };

export interface FormSpec {
  key: FormKey;
  title: string;
  description: string;
  confirmation: string;
  items: FormItemSpec[];
}

/** Where a published form is: its id, its public link, and item ids by key. */
export interface PublishedForm {
  formId: string;
  url: string;
  items: Record<string, number>;
}

/** Answers of one submission, by item key: text, or the chosen values of a checkbox item. */
export type Answers = Record<string, string | string[]>;

/** Where setup keeps the forms it published (script properties), by form key. */
export const FORMS_KEY = 'MUSTAFID_FORMS';

export function publishedForms(store: KeyValueStore): Record<string, PublishedForm> {
  return JSON.parse(store.get(FORMS_KEY) ?? '{}') as Record<string, PublishedForm>;
}
