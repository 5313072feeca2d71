// A register that lasts (issue 13): with the yearly archive running at 3,000 cases a year, the register keeps
// about one year of cases and grows only by the beneficiaries tab, so 100,000 lifetime cases stay under 10 million cells.
import { registerCellsAfter } from '../../bench/archiveCells';
import { tabSpec } from '../../src/ports/registerSchema';

describe('the register after years of work with the archive running', () => {
  const years = registerCellsAfter(3, 3000);

  it('keeps one year of closed cases in the register, not every year', () => {
    expect(years.map((y) => y.casesRows)).toEqual([2999, 2999, 2999]);
  });

  it('grows by no more than the beneficiaries kept, so 100,000 lifetime cases stay under 10 million cells', () => {
    const perYear = years[2].registerCells - years[1].registerCells;
    expect(perYear).toBeLessThanOrEqual(3000 * tabSpec('beneficiaries').columns.length);
    const at100k = years[2].registerCells + ((100_000 - years[2].lifetimeCases) / 3000) * perYear;
    expect(at100k).toBeLessThan(10_000_000);
  });
});
