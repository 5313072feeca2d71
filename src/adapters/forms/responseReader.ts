// Turns a FormResponse into answers by item key, using the item ids setup recorded.
import type { Answers, PublishedForm } from '../../ports/forms';
import { t } from '../../i18n';

/** An answer longer than this is cut where the product keeps it: a Sheets cell holds 50,000 characters and a
 *  register row or a record's state holds several answers. The whole answer stays in the form's responses sheet. */
export const MAX_ANSWER_CHARACTERS = 5_000;

function capped(text: string): string {
  return text.length <= MAX_ANSWER_CHARACTERS ? text : `${text.slice(0, MAX_ANSWER_CHARACTERS)} ${t('form.answer.cut', { max: MAX_ANSWER_CHARACTERS })}`;
}

function asAnswer(value: unknown): string | string[] {
  if (Array.isArray(value)) return value.map((v) => capped(String(v)));
  if (value === null || value === undefined) return '';
  return capped(String(value));
}

export function readAnswers(response: GoogleAppsScript.Forms.FormResponse, published: PublishedForm): Answers {
  const keyById = new Map(Object.entries(published.items).map(([key, id]) => [id, key]));
  const answers: Answers = {};
  for (const itemResponse of response.getItemResponses()) {
    const key = keyById.get(itemResponse.getItem().getId());
    if (key) answers[key] = asAnswer(itemResponse.getResponse());
  }
  return answers;
}
