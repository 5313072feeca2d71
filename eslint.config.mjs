// Lint rules: typescript-eslint recommended, plus Apps Script globals banned from the pure layers.
import tseslint from 'typescript-eslint';

const appsScriptGlobals = [
  'SpreadsheetApp', 'FormApp', 'DocumentApp', 'DriveApp', 'MailApp', 'GmailApp', 'ScriptApp',
  'LockService', 'PropertiesService', 'CacheService', 'Utilities', 'Session', 'HtmlService',
  'UrlFetchApp', 'Logger', 'CardService', 'ContentService', 'CalendarApp', 'Browser',
].map((name) => ({ name, message: `${name} is an Apps Script global: use a port (src/ports.ts) and an adapter.` }));

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', 'out/**', 'test-artifacts/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/app/**/*.ts', 'src/i18n/**/*.ts', 'src/profiles/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...appsScriptGlobals] },
  },
);
