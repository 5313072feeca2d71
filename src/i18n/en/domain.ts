// English messages: domain (same keys as ar/domain.ts; the compiler checks them).
import type { domain as arDomain } from '../ar/domain';

export const domain: Record<keyof typeof arDomain, string> = {
};
