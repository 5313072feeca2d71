// Every message says the same things in Arabic and English: the same {placeholders} (over all plural variants,
// and the same count), so a value filled in one language is never lost, or left as "{name}", in the other.
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import type { Message } from '../../src/i18n';

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.entries(message).filter(([k]) => k !== 'count').map(([, v]) => String(v));
  const names = new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
  if (typeof message !== 'string') names.add(`count:${message.count}`);
  return [...names].sort();
}

describe('catalog placeholders', () => {
  it('has an English message for every Arabic key', () => {
    expect(Object.keys(ar).filter((key) => !(key in en))).toEqual([]);
  });

  it('gives each key the same placeholders in Arabic and English', () => {
    const differing = (Object.keys(ar) as Array<keyof typeof ar>)
      .filter((key) => key in en)
      .map((key) => ({ key, ar: placeholders(ar[key]), en: placeholders(en[key]) }))
      .filter((d) => d.ar.join() !== d.en.join());
    expect(differing).toEqual([]);
  });

  it('finds a placeholder missing from one language (the check can fail)', () => {
    expect(placeholders('{a} و {b}')).not.toEqual(placeholders('{a} and more'));
    expect(placeholders({ count: 'n', one: 'one day', other: '{n} days' })).toEqual(['count:n', 'n']);
  });
});
