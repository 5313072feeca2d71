// Jest: TypeScript through swc; tests live in test/.
// Apps Script runs in the manifest's time zone; the sandbox CLI does the same (sandbox/cli.ts).
process.env.TZ = 'Asia/Riyadh';
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // The LibreOffice renders need Debian's LibreOffice: they run in `npm run test:office` (jest.office.config.js).
  testPathIgnorePatterns: ['/node_modules/', '\\.office\\.test\\.ts$'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2020' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 120000,
  // Jest's default is one worker fewer than the cores: one worker on the 2-core machine the suite must finish on in
  // 6 minutes (issue 14). The suite is CPU-bound sandbox plays, so both cores work. Jest starts the files that took
  // longest on the previous run first (its cache), so the slow end-to-end files do not come last.
  maxWorkers: 2,
  // With no cache (a clean clone, as CI is) jest would order by file size; the sequencer falls back on the durations
  // measured in test/durations.json instead (docs/testing.md, "Order").
  testSequencer: '<rootDir>/test/support/sequencer.js',
};
