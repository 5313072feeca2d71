// The shapes of Google's classes a faked handle must keep (from @types/google-apps-script): a handle defines only
// methods Google's class has, each taking that method's parameters and, where Google returns a plain value (text,
// a number, a flag, a date, nothing), returning that; another Google object it returns is the handle's own fake.

type Plain = string | number | boolean | null | undefined | void | Date;

/** What a faked method returns: Google's plain value, or (for a Google object or a grid of values) the fake's own. */
type FakeResult<R> = [R] extends [Plain] ? R : unknown;

/** What a faked method takes: Google's plain parameters as Google types them; a Google object (a rule, a sheet,
 *  a builder) is the fake's own, which the handle checks against its model. */
type FakeArg<P> = [P] extends [Plain | Plain[] | Plain[][]] ? P : any;
type FakeArgs<A extends unknown[]> = { [I in keyof A]: FakeArg<A[I]> };

/**
 * A fake of Google class `T`: any subset of its methods, each with Google's signature (the last overload's, for a
 * method with several: a fake taking fewer parameters still fits, one taking another type does not).
 * A property that is no method (an enum such as SpreadsheetApp.ProtectionType) is the fake's own value.
 * `EnumMethods` take or give one of Google's enums, which @types declares as numbers while Apps Script (and the
 * sandbox) gives named values ('RANGE'): their names are checked, their types left to the handle.
 */
export type Fake<T, EnumMethods extends keyof T = never> = {
  [K in keyof T]?: K extends EnumMethods
    ? (...args: never[]) => unknown
    : T[K] extends (...args: infer A) => infer R ? (...args: FakeArgs<A>) => FakeResult<R> : unknown;
};
