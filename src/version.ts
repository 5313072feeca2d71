// The product version shown to users; kept in step with package.json by test/build.test.ts.
export const VERSION = '0.1.0';
