// Jest for `npm run test:office`: only the tests that open generated files in LibreOffice (*.office.test.ts).
const base = require('./jest.config');
module.exports = { ...base, testMatch: ['**/*.office.test.ts'], testPathIgnorePatterns: ['/node_modules/'] };
