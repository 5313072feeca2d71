// Lint rules: typescript-eslint recommended, Apps Script globals banned from the pure layers, and the layers'
// imports (docs/architecture.md; .dependency-cruiser.cjs holds the same rule over the whole graph in npm test).
import tseslint from 'typescript-eslint';

const appsScriptGlobals = [
  'SpreadsheetApp', 'FormApp', 'DocumentApp', 'DriveApp', 'MailApp', 'GmailApp', 'ScriptApp',
  'LockService', 'PropertiesService', 'CacheService', 'Utilities', 'Session', 'HtmlService',
  'UrlFetchApp', 'Logger', 'CardService', 'ContentService', 'CalendarApp', 'Browser',
].map((name) => ({ name, message: `${name} is an Apps Script global: use a port (src/ports/) and an adapter.` }));

/** An import of one of src/'s folders, written from anywhere below src/ (a relative path climbing to it). */
const folder = (names, message, except = '') => ({ regex: `^(\\.\\./)+(${names})(/${except}|$)`, message });
const layers = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const neverOutside = folder('sandbox|test|bench|scripts', 'The product never imports the sandbox, tests, bench or scripts.');
/** The decide/evolve loop runs only in the one command handler (src/app/commandHandler.ts) and the domain. */
const loopInTheHandler = {
  regex: '^(\\.\\./)+domain/decider$',
  importNames: ['runCommands'],
  message: 'Run a decider through handleCommand (src/app/commandHandler.ts), not runCommands.',
};
const appLayers = [
  folder('adapters|entry', 'Use cases see ports, never an adapter or an entry point.'),
  folder('ui', 'Use cases see the sidebar contract only (src/ui/contract.ts).', '(?!contract$)'),
  neverOutside,
];

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
  // The layers (docs/architecture.md): entry → app → ports → domain; adapters see only ports and the kernel.
  {
    files: ['src/domain/**/*.ts'],
    rules: layers(folder('ports|app|adapters|entry|ui', 'The domain imports only the domain, the catalog and the profiles.'), neverOutside),
  },
  {
    files: ['src/i18n/**/*.ts', 'src/profiles/**/*.ts'],
    rules: layers(folder('ports|app|adapters|entry|ui', 'The catalog and the profiles import only each other and the domain\'s text helpers.'), neverOutside),
  },
  {
    files: ['src/ports/**/*.ts'],
    rules: layers(folder('app|adapters|entry|ui', 'Ports are contracts at the bottom: they import only ports and the kernel.'), neverOutside, loopInTheHandler),
  },
  {
    files: ['src/app/**/*.ts'],
    rules: layers(...appLayers, loopInTheHandler),
  },
  { files: ['src/app/commandHandler.ts'], rules: layers(...appLayers) },
  {
    files: ['src/adapters/**/*.ts'],
    rules: layers(folder('app|entry|ui', 'Adapters implement ports: they import ports and the kernel, never a use case.'), neverOutside, loopInTheHandler),
  },
  { files: ['src/entry/**/*.ts', 'src/ui/**/*.ts', 'src/*.ts'], rules: layers(neverOutside, loopInTheHandler) },
);
