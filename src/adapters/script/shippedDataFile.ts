// Reads build/data.html (JSON the build writes: profiles, their forms, default holidays), so the bundle
// every execution parses carries neither five organisations' policies nor what only setup needs.
import type { ShippedData, ShippedDataSource } from '../../ports';
import { CodedError, wording } from '../../domain/codedError';

/** The project file (HTML in the Apps Script editor) the build writes the shipped data to. */
export const SHIPPED_DATA_FILE = 'data';

export class ShippedDataFile implements ShippedDataSource {
  private loaded: ShippedData | null = null;

  read(): ShippedData {
    if (this.loaded) return this.loaded;
    try {
      this.loaded = JSON.parse(HtmlService.createHtmlOutputFromFile(SHIPPED_DATA_FILE).getContent()) as ShippedData;
    } catch (err) {
      // Pushed without the file, or edited by hand in the editor: say so in Arabic, and how to mend it.
      throw new CodedError('DATA_FILE_MISSING', wording('register.error.dataMissing'), { detail: err instanceof Error ? err.message : String(err) });
    }
    return this.loaded;
  }
}
