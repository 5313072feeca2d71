// Turns a FormResponse into answers by item key, using the item ids setup recorded.
import type { Answers, PublishedForm } from '../../app/forms/spec';

function asAnswer(value: unknown): string | string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value === null || value === undefined) return '';
  return String(value);
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
