// The add-on homepage card ("my work") built with the CardService fake and rendered as a person would see it.
import { cardModelOf, createCardService } from '../../../sandbox/services/card';
import { renderCardToHtml } from '../../../sandbox/ui/cardHtml';
import type { CallRecord, ServiceContext } from '../../../sandbox/core/context';
import { buildHomepageCard, CARD_ITEMS_PER_SECTION, type HomepageView } from '../../../src/entry/homepage';
import type { RowWorkItem } from '../../../src/app/sidebar/myWork';

const REGISTER_URL = 'https://docs.google.com/spreadsheets/d/reg123/edit';

function cardService() {
  const calls: CallRecord[] = [];
  const world = { nowMs: Date.parse('2026-11-22T06:00:00Z'), account: 'workspace' as const, owner: 'owner@esrar.org.sa', boundSpreadsheetId: null, services: {} };
  const ctx: ServiceContext = { world, executionId: 'homepage-test', user: 'officer@esrar.org.sa', call: (method) => void calls.push({ method, ms: 0 }), now: () => new Date(world.nowMs), calls };
  return createCardService(ctx);
}

const item = (n: number, over: Partial<RowWorkItem> = {}): RowWorkItem => ({
  rowNumber: n + 1, caseNo: `1448-${String(n).padStart(5, '0')}`, name: `مستفيد ${n}`, statusLabel: 'مكتمل',
  deadlineLabel: 'متبقٍ 9 يوم عمل', urgency: 'ok', ...over,
});

const view = (open: RowWorkItem[]): HomepageView => ({
  kind: 'work',
  viewer: { email: 'officer@esrar.org.sa', name: 'نورة العتيبي', roleLabel: 'مسؤول تواصل' },
  work: {
    overdue: [item(7, { name: '<script>alert(1)</script><b>منيرة</b>', deadlineLabel: 'متأخر 2 يوم عمل', urgency: 'overdue', statusLabel: 'قيد الدراسة' })],
    dueToday: [],
    open,
  },
  registerUrl: REGISTER_URL,
  casesSheetId: 42,
});

describe('homepage card: my work', () => {
  it('given an officer with an overdue and open cases, then the card groups them and each links to its row in the register', () => {
    const card = cardModelOf(buildHomepageCard(cardService(), view([item(1), item(2)])));
    expect(card?.header?.title).toBe('أعمالي');
    expect(card?.header?.subtitle).toBe('نورة العتيبي — مسؤول تواصل');
    expect(card?.sections.map((s) => s.header)).toEqual(['متأخرة', 'موعدها اليوم', 'حالاتي المفتوحة', null]);
    const html = renderCardToHtml(buildHomepageCard(cardService(), view([item(1), item(2)])));
    expect(html).toContain(`data-open-link="${REGISTER_URL}#gid=42&amp;range=A8"`);
    expect(html).toContain(`data-open-link="${REGISTER_URL}#gid=42&amp;range=A2"`);
    expect(html).toContain('لا شيء هنا.');
    expect(html).toContain('فتح السجل');
  });

  it('given a beneficiary name holding tags, then the card carries it escaped: no script, no bold, and the deadline in words', () => {
    const built = buildHomepageCard(cardService(), view([]));
    const overdue = cardModelOf(built)?.sections[0].widgets[0];
    expect(overdue?.kind === 'decoratedText' && [overdue.text, overdue.bottomLabel]).toEqual([
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;منيرة&lt;/b&gt;',
      'قيد الدراسة — متأخر 2 يوم عمل',
    ]);
    const html = renderCardToHtml(built);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>منيرة');
  });

  it('given more open cases than fit, then the card lists the first ones and counts the rest', () => {
    const many = Array.from({ length: CARD_ITEMS_PER_SECTION + 3 }, (_, i) => item(i + 10));
    const html = renderCardToHtml(buildHomepageCard(cardService(), view(many)));
    expect(html).toContain('و3 حالات أخرى في السجل');
    expect(html).toContain(many[CARD_ITEMS_PER_SECTION - 1].caseNo);
    expect(html).not.toContain(many[CARD_ITEMS_PER_SECTION].caseNo);
  });

  it('given someone not in the staff tab, then the card says so in Arabic', () => {
    const html = renderCardToHtml(buildHomepageCard(cardService(), { kind: 'message', text: 'لست مسجلًا في تبويب الموظفين في هذا السجل.' }));
    expect(html).toContain('لست مسجلًا في تبويب الموظفين في هذا السجل.');
  });
});
