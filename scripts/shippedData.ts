// Build time only: what the build computes from src/ and writes to build/data.html beside the bundle —
// the organisation profiles (each validated), the forms setup publishes for each, the default holidays.
import { PROFILES, validateProfile } from '../src/profiles';
import { FORM_CATALOG } from '../src/app/forms/catalog';
import { defaultSaudiHolidays } from '../src/domain/time';
import type { ShippedData } from '../src/ports';

/** Every shipped profile with its forms, and the default holidays; throws on an invalid profile. */
export function shippedData(): ShippedData {
  const forms: ShippedData['forms'] = {};
  for (const [id, profile] of Object.entries(PROFILES)) {
    const check = validateProfile(profile);
    if (!check.ok) throw new Error(`profile ${id} is invalid:\n${check.errors.join('\n')}`);
    forms[id] = FORM_CATALOG.filter((entry) => entry.enabled(profile)).map((entry) => entry.build(profile));
  }
  return { profiles: PROFILES, forms, holidays: defaultSaudiHolidays('ar') };
}

/** The file's text: JSON with "<" and ">" escaped, so nothing in it reads as markup. */
export function shippedDataText(): string {
  return JSON.stringify(shippedData()).replace(/[<>]/g, (c) => (c === '<' ? '\\u003c' : '\\u003e'));
}
