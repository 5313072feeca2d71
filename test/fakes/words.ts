// The words a person reads for what a use case threw: errors carry codes, the entry words them (wordsOf).
import { wordsOf } from '../../src/domain/codedError';

/** The refusal's Arabic sentence, or null when nothing was thrown. */
export function wordsThrown(run: () => unknown): string | null {
  try {
    run();
  } catch (err) {
    return wordsOf(err);
  }
  return null;
}
