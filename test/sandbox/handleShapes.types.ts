// Compile-time checks (npm run typecheck) that a faked handle keeps Google's shapes (sandbox/services/gasShapes.ts):
// each @ts-expect-error below is a fake that must not compile; were the check gone, tsc would fail here.
import type { Fake } from '../../sandbox/services/gasShapes';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** A fake of a few of Range's methods, as Google types them. */
export const fits: Fake<Range> = {
  getNumRows: () => 1,
  getA1Notation: () => 'A1',
  setNote: (note: string | null) => note,
  // Fewer parameters than Google's method is still a fit.
  getCell: () => null,
};

export const unknownMethod: Fake<Range> = {
  // @ts-expect-error Range has no getCells: a method Google lacks is no fake of it.
  getCells: () => [],
};

export const wrongParameter: Fake<Range> = {
  // @ts-expect-error Range.setNote takes null too (to remove the note): a fake taking only text is narrower than Google.
  setNote: (note: string) => note,
};

export const wrongResult: Fake<Range> = {
  // @ts-expect-error Range.getNumRows gives a number, never text.
  getNumRows: () => '1',
};

export const extraParameter: Fake<Range> = {
  // @ts-expect-error Range.getLastRow takes no parameter.
  getLastRow: (_sheet: string) => 1,
};
