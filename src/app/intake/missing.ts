// How a missing or invalid item is named to people, from its key and the profile's service conditions.
import type { Profile } from '../../profiles';
import type { MissingItem } from '../../domain/intake/evaluate';
import { knownLabel, t } from '../../i18n';

export function missingKeyLabel(profile: Profile, key: string): string {
  if (key.startsWith('cond_')) {
    const condition = profile.services.flatMap((s) => s.conditions).find((c) => `cond_${c.key}` === key);
    return t('intake.missing.condition', { label: condition?.labelAr ?? key.slice(5) });
  }
  return t(knownLabel(`intake.missing.${key}`));
}

/** "Item: why" for the beneficiary's list of what is missing. */
export function describeMissing(item: MissingItem): string {
  const label = 'params' in item.label ? t(item.label.key, item.label.params) : t(item.label.key);
  return item.reason ? `${label}: ${t(item.reason)}` : label;
}
