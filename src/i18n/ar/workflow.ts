// Arabic messages: workflow (see src/i18n/index.ts for how areas merge).
export const workflow = {
} as const;
