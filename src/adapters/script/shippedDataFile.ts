// Reads build/data.html (JSON the build writes: profiles, their forms, default holidays), so the bundle
// every execution parses carries neither five organisations' policies nor what only setup needs.
import type { ShippedData, ShippedDataSource } from '../../ports';

/** The project file (HTML in the Apps Script editor) the build writes the shipped data to. */
export const SHIPPED_DATA_FILE = 'data';

export class ShippedDataFile implements ShippedDataSource {
  private loaded: ShippedData | null = null;

  read(): ShippedData {
    this.loaded ??= JSON.parse(HtmlService.createHtmlOutputFromFile(SHIPPED_DATA_FILE).getContent()) as ShippedData;
    return this.loaded;
  }
}
