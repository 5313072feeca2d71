// Links that open a published form with one answer already filled in (the case or registration number),
// so a response comes back tied to what it answers without asking the person to type a reference.
import type { PublishedForm } from '../../ports/forms';

/**
 * Google's pre-filled link: the form's public URL with `usp=pp_url` and `entry.<id>=<value>`.
 * The id used is the item id setup recorded for the question key. On Google Forms the `entry.` number
 * of a text question is the one `FormResponse.toPrefilledUrl()` prints; if a form edited by hand ever
 * gives a different number, the person can still type the reference, and the response is kept either way.
 */
export function prefilledUrl(form: PublishedForm, questionKey: string, value: string): string {
  const id = form.items[questionKey];
  if (id === undefined) return form.url;
  const sep = form.url.includes('?') ? '&' : '?';
  return `${form.url}${sep}usp=pp_url&entry.${id}=${encodeURIComponent(value)}`;
}
