// Counts agree with their nouns: the CLDR categories, and every plural message of the catalog per category.
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import { arabicPlural, englishPlural, fill, t, type MessageKey, type PluralCategory, type PluralMessage } from '../../src/i18n';

const CATEGORIES: PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const SAMPLE: Record<PluralCategory, number[]> = { zero: [0], one: [1], two: [2], few: [3, 10, 103], many: [11, 99, 111], other: [100, 101, 102, 1000] };

const pluralKeys = (Object.keys(ar) as MessageKey[]).filter((k) => typeof ar[k] !== 'string');

describe('Arabic plural categories', () => {
  it('given every whole number to 1,200, then the category is the one ICU gives for Arabic', () => {
    const icu = new Intl.PluralRules('ar');
    for (let n = 0; n <= 1200; n++) expect([n, arabicPlural(n)]).toEqual([n, icu.select(n)]);
  });

  it('given 1 and other numbers, then English says one and other', () => {
    expect([0, 1, 2, 11].map(englishPlural)).toEqual(['other', 'one', 'other', 'other']);
  });
});

describe('plural messages of the catalog', () => {
  it('has the counts the product prints as plural messages', () => {
    expect(pluralKeys).toEqual(expect.arrayContaining([
      'schedule.line.reminder', 'schedule.line.overdue', 'schedule.line.escalation', 'schedule.digest.intro', 'schedule.digest.more',
      'schedule.summary.complaintAge', 'schedule.summary.satisfactionValue', 'sidebar.deadline.left', 'sidebar.deadline.overdue',
      'card.myWork.more', 'setup.done', 'minutes.ok',
    ]));
  });

  describe.each(pluralKeys)('%s', (key) => {
    const message = ar[key] as PluralMessage;
    it('names a count its variants use, and gives Arabic all six categories', () => {
      for (const c of CATEGORIES.filter((c) => c !== 'zero')) expect([c, message[c]]).toEqual([c, expect.any(String)]);
      expect(message.few).toContain(`{${message.count}}`);
      expect(message.many).toContain(`{${message.count}}`);
      expect(message.other).toContain(`{${message.count}}`);
    });

    it.each(CATEGORIES)('given a count in %s, then the variant ICU\'s category names is printed, in figures from 3 up', (category) => {
      for (const n of SAMPLE[category]) {
        const printed = fill(key, { [message.count]: n }, 'ar');
        const variant = message[new Intl.PluralRules('ar').select(n) as PluralCategory] ?? message.other;
        expect(printed).toBe(variant.split(`{${message.count}}`).join(String(n)));
        if (category === 'one' || category === 'two') expect(printed).not.toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`));
        else if (category !== 'zero') expect(printed).toContain(String(n));
      }
    });

    it('has an English mirror with one and other', () => {
      const mirror = en[key] as PluralMessage;
      expect(mirror.count).toBe(message.count);
      expect(mirror.other).toContain(`{${message.count}}`);
    });
  });
});

describe('working days as a reader sees them', () => {
  const line = (days: number) => t('schedule.line.reminder', { kind: 'الطلب', caseNo: '1448-00002', days, due: '—' });
  it.each([
    [1, 'بقي يوم عمل واحد'], [2, 'بقي يوما عمل'], [3, 'بقيت 3 أيام عمل'], [10, 'بقيت 10 أيام عمل'], [11, 'بقي 11 يوم عمل'], [100, 'بقي 100 يوم عمل'],
  ])('given %i working days left, then the digest says «%s»', (days, words) => {
    expect(line(days)).toContain(words);
  });

  it.each([
    [1, 'بيوم عمل واحد'], [2, 'بيومي عمل'], [3, 'بـ3 أيام عمل'], [11, 'بـ11 يوم عمل'],
  ])('given a case %i working days late, then the escalation says «%s»', (days, words) => {
    expect(t('schedule.line.escalation', { kind: 'الطلب', caseNo: 'R-1', days, due: '—', officer: 'سارة' })).toContain(words);
    expect(t('sidebar.deadline.overdue', { days })).toContain(words);
  });

  it('given one case in a digest, then no stray «(1)» follows the policy\'s name', () => {
    expect(t('schedule.digest.intro', { count: 1 })).toBe('هذه حالة واحدة تحتاج إلى متابعتك اليوم حسب مواعيد الرد في سياسة تنظيم العلاقة مع المستفيدين:');
    expect(t('schedule.digest.intro', { count: 5 })).toContain('هذه 5 حالات تحتاج');
    expect(t('schedule.digest.intro', { count: 5 })).not.toContain('(5)');
  });

  it('given English, then one and other', () => {
    expect(t('sidebar.deadline.left', { days: 1 }, 'en')).toBe('1 working day left');
    expect(t('sidebar.deadline.left', { days: 3 }, 'en')).toBe('3 working days left');
  });
});

describe('a count already written in Arabic-Indic digits', () => {
  it.each([['٢', 'يتاح مقعدان.'], ['١١', 'يتاح ١١ مقعدًا.'], ['٣', 'تتاح ٣ مقاعد.']])('given «%s», then it agrees as the same number would', (capacity, words) => {
    expect(t('policy.program.announce.capacity', { capacity })).toBe(words);
  });
});
