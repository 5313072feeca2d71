// Table columns sized by their content (minutes, reports): a case number never breaks, reasons get the room.
import { columnWidths } from '../../../src/domain/text/columnWidths';

describe('columnWidths', () => {
  it('gives each column its share by content, the total kept', () => {
    const w = columnWidths([['رقم الحالة', 'القرار', 'الأسباب'], ['1448-00001', 'مقبول', 'استوفت الأسرة شروط الخدمة بعد الزيارة الميدانية والتحقق من المستندات']], 451);
    expect(Math.round(w.reduce((a, b) => a + b, 0))).toBe(451);
    expect(w[2]).toBeGreaterThan(w[0]);
    expect(w[2]).toBeGreaterThan(w[1] * 2);
  });

  it('never makes a column narrower than its longest word when the table has the room', () => {
    const reasons = 'سبب طويل '.repeat(30);
    const w = columnWidths([['رقم', 'أسباب'], ['1448-00001', reasons]], 451);
    // «1448-00001»: 10 characters of 7 pt and the padding.
    expect(w[0]).toBeGreaterThanOrEqual(16 + 7 * 10);
  });

  it('shares equally what has no content, and returns nothing for no columns', () => {
    expect(columnWidths([['', '']], 100)).toEqual([50, 50]);
    expect(columnWidths([], 100)).toEqual([]);
  });
});
