// The order a reader sees: text laid out by the Unicode Bidirectional Algorithm (bidi-js), marks dropped.
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** `text` as displayed left to right in a right-to-left paragraph (Arabic mail, panel or cell), marks removed. */
export function visualOrder(text: string): string {
  const levels = bidi.getEmbeddingLevels(text, 'rtl');
  const chars = [...text];
  for (const [start, end] of bidi.getReorderSegments(text, levels)) {
    chars.splice(start, end - start + 1, ...chars.slice(start, end + 1).reverse());
  }
  return chars.join('').replace(/[\u2066-\u2069\u200E\u200F]/g, '');
}
