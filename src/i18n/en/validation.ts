// English messages: validation (same keys as ar/validation.ts; the compiler checks them).
import type { validation as arValidation } from '../ar/validation';

export const validation: Record<keyof typeof arValidation, string> = {
};
