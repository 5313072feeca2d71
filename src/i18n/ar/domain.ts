// Arabic messages: domain (see src/i18n/index.ts for how areas merge).
export const domain = {
} as const;
