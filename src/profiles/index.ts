// The ready profiles, one per seed organisation, and how to look one up.
import { academy } from './academy';
import { esrar } from './esrar';
import { mafatih } from './mafatih';
import { qurainah } from './qurainah';
import { rusookh } from './rusookh';
import type { Profile } from './schema';

export * from './schema';

export const PROFILES: Record<string, Profile> = { rusookh, qurainah, esrar, mafatih, academy };

/** Esrar has the richest policy: a 15-working-day deadline, six satisfaction methods and staff sign-off. */
export const DEFAULT_PROFILE_ID = 'esrar';

/** The ready profile with this id; throws UNKNOWN_PROFILE so setup can say which ids exist. */
export function getProfile(id: string): Profile {
  const profile = Object.prototype.hasOwnProperty.call(PROFILES, id) ? PROFILES[id] : undefined;
  if (!profile) {
    throw new Error(`Unknown profile "${id}"; known: ${Object.keys(PROFILES).join(', ')}`, {
      cause: { code: 'UNKNOWN_PROFILE', id, known: Object.keys(PROFILES) },
    });
  }
  return profile;
}
