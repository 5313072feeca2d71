// The ready profiles, one per seed organisation. The Apps Script bundle does not import this module:
// the build writes these profiles to build/data.html (scripts/shippedData.ts), read once into the
// configuration cache.
import { academy } from './academy';
import { esrar } from './esrar';
import { mafatih } from './mafatih';
import { qurainah } from './qurainah';
import { rusookh } from './rusookh';
import { profileById } from './lookup';
import type { Profile } from './schema';

export * from './schema';
export { DEFAULT_PROFILE_ID, profileById } from './lookup';

export const PROFILES: Record<string, Profile> = { rusookh, qurainah, esrar, mafatih, academy };

/** The ready profile with this id; throws UNKNOWN_PROFILE so setup can say which ids exist. */
export function getProfile(id: string): Profile {
  return profileById(PROFILES, id);
}
