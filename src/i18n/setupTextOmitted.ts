// Stands in for the setupText areas (ar and en) in the bundle: their messages are only used at build time
// (scripts/shippedData.ts checks the profiles and computes setup's forms and holidays into build/data.html).
import type { setupText as ar } from './ar/setupText';

export const setupText = {} as Record<keyof typeof ar, import('./plural').Message>;
