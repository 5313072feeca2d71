// The error a call throws, for tests of refusals: the test fails when the call throws none.
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}
