// Reads the shipped organisation profiles from build/profiles.html (JSON written by the build), so the
// bundle every execution parses does not carry five organisations' policies.
import type { ProfileLibrary } from '../../ports';
import type { Profile } from '../../profiles/schema';

/** The project file (HTML in the Apps Script editor) the build writes the profiles to. */
export const PROFILES_FILE = 'profiles';

export class ProfileFile implements ProfileLibrary {
  private loaded: Record<string, Profile> | null = null;

  all(): Readonly<Record<string, Profile>> {
    this.loaded ??= JSON.parse(HtmlService.createHtmlOutputFromFile(PROFILES_FILE).getContent()) as Record<string, Profile>;
    return this.loaded;
  }
}
