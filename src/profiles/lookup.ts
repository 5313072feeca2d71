// Finding one profile among the shipped ones, and which one a fresh register starts with.
import type { Profile } from './schema';

/** Esrar has the richest policy: a 15-working-day deadline, six satisfaction methods and staff sign-off. */
export const DEFAULT_PROFILE_ID = 'esrar';

/** The profile with this id among `profiles`; throws UNKNOWN_PROFILE (with the known ids) otherwise. */
export function profileById(profiles: Readonly<Record<string, Profile>>, id: string): Profile {
  const profile = Object.prototype.hasOwnProperty.call(profiles, id) ? profiles[id] : undefined;
  if (!profile) {
    throw new Error(`Unknown profile "${id}"; known: ${Object.keys(profiles).join(', ')}`, {
      cause: { code: 'UNKNOWN_PROFILE', id, known: Object.keys(profiles) },
    });
  }
  return profile;
}
