// Cleaning typed and pasted text, and folding Arabic names so the same person is found twice.
import { cleanText, normalizeArabicName, splitList, toLatinDigits } from '../../../src/domain/text/normalize';

describe('toLatinDigits', () => {
  it('given Arabic-Indic and Persian digits, then they become Latin and letters stay', () => {
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩ / ۰۱۲۳۴۵۶۷۸۹ رقم')).toBe('0123456789 / 0123456789 رقم');
  });
});

describe('cleanText', () => {
  it('given text pasted with NBSP, zero-width and bidi marks, then only the visible words remain with single spaces', () => {
    expect(cleanText('\u200F  محمد\u00A0\u00A0علي\u200B \u202Bالقحطاني\u202C\uFEFF ')).toBe('محمد علي القحطاني');
  });

  it('given tatweel stretching a word, then it is removed', () => {
    expect(cleanText('محـــمد')).toBe('محمد');
  });

  it('given several paragraphs and multiline, then the line breaks survive and blank runs shrink to one empty line', () => {
    expect(cleanText('  السطر الأول  \r\n\r\n\r\n\tالسطر   الثاني ', { multiline: true })).toBe('السطر الأول\n\nالسطر الثاني');
  });
});

describe('normalizeArabicName', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إيمان', 'ايمان'],
    ['آمنة', 'امنه'],
    ['ٱلحسن', 'الحسن'],
    ['مُحَمَّد', 'محمد'],
    ['مصطفى', 'مصطفي'],
    ['فاطمة', 'فاطمه'],
    ['  عبد   الله  ', 'عبد الله'],
    ['Sara AHMED', 'sara ahmed'],
    ['یوسف کریم', 'يوسف كريم'],
  ])('given %j, then it folds to %j', (name, folded) => {
    expect(normalizeArabicName(name)).toBe(folded);
  });

  it('given the same name spelled two ways with invisible marks, then both fold to the same key', () => {
    expect(normalizeArabicName('\u200Fفاطِمَة  الزَّهراء')).toBe(normalizeArabicName('فاطمه الزهراء'));
  });
});

describe('splitList', () => {
  it('given a staff cell of categories, when split, then Arabic and Latin commas, semicolons and new lines all separate', () => {
    expect(splitList('أيتام، أرامل, طلاب؛ أسر\nمتطوعون ;  ')).toEqual(['أيتام', 'أرامل', 'طلاب', 'أسر', 'متطوعون']);
  });

  it('given decision reasons, when split without commas, then a reason keeps its commas', () => {
    expect(splitList('الدخل أعلى من الحد، والأسرة صغيرة؛ المستندات ناقصة', { commas: false })).toEqual(['الدخل أعلى من الحد، والأسرة صغيرة', 'المستندات ناقصة']);
  });
});
