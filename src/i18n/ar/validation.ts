// Arabic messages: validation (see src/i18n/index.ts for how areas merge).
export const validation = {
} as const;
