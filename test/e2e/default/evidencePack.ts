// The evidence pack (issue 17, item 7) of the default scenario's quarter, as `npm start` writes it, on each of the
// five profiles: every figure of the document counted again here from the register's rows, by this test's own
// rules (docs/privacy.md, "The evidence pack"), not by the product's code.
// Registered last by ./describeDefaultPlay.ts on the profile's one play: its last test asks for the pack again.
import type { Sandbox } from '../../../sandbox/core/runtime';
import { docsSlot, type DocumentModel, type TableModel } from '../../../sandbox/services/document/model';
import { PROFILES } from '../../../src/profiles';
import { MANAGER, ok, rows } from '../harness';
import type { DefaultPlay } from '../playDefault';

const latin = (s: string): string => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u2066-\u2069\u200e\u200f]/g, '');
const day = (v: unknown): string | null => (v instanceof Date ? new Date(v.getTime() + 3 * 3_600_000).toISOString().slice(0, 10) : null);
const inQ4 = (v: unknown): boolean => { const d = day(v); return d !== null && d >= '2026-10-01' && d <= '2026-12-31'; };
const AS_OF = '2026-12-20';

function packs(sb: Sandbox): DocumentModel[] {
  return Object.values(docsSlot(sb.world).documents).filter((d) => d.body.some((e) => e.kind === 'paragraph' && e.heading === 'TITLE' && e.text.includes('حزمة أدلة')));
}

/** The document's tables as text cells, Latin digits, isolates removed. */
const tables = (doc: DocumentModel): string[][][] =>
  doc.body.filter((e): e is TableModel => e.kind === 'table').map((tb) => tb.rows.map((r) => r.map((c) => latin(c.text))));

/** The value cell of the figure row labelled `label` in the table that follows the heading `section`. */
function figure(doc: DocumentModel, section: string, label: string): string {
  const at = doc.body.findIndex((e) => e.kind === 'paragraph' && e.text.includes(section));
  const table = doc.body.slice(at).find((e): e is TableModel => e.kind === 'table');
  const row = table?.rows.find((r) => latin(r[0].text) === label);
  if (!row) throw new Error(`no row «${label}» under «${section}»`);
  return latin(row[1].text);
}

interface Deadlines { received: number; answered: number; onTime: number; overdue: number }
function deadlines(list: Array<Record<string, unknown>>, answeredCol: string, dueCol: string): Deadlines {
  const received = list.filter((r) => inQ4(r['تاريخ الاستلام']));
  const answered = received.filter((r) => day(r[answeredCol]) !== null);
  return {
    received: received.length,
    answered: answered.length,
    onTime: answered.filter((r) => day(r[dueCol]) !== null && day(r[answeredCol])! <= day(r[dueCol])!).length,
    overdue: received.filter((r) => day(r[answeredCol]) === null && day(r[dueCol]) !== null && day(r[dueCol])! < AS_OF).length,
  };
}
const pct = (d: Deadlines): string => (d.answered + d.overdue === 0 ? '—' : `${Math.round((100 * d.onTime) / (d.answered + d.overdue))}%`);

export const evidencePackSuite = (profileId: string, { sb, report }: DefaultPlay) => describe(`the evidence pack of the default scenario for ${profileId}`, () => {
  const profile = PROFILES[profileId];
  const [doc] = packs(sb);

  it('is one Google Doc for the fourth quarter of 2026, in both calendars, written without a failure', () => {
    expect(report.failures).toEqual([]);
    expect(packs(sb)).toHaveLength(1);
    const text = latin(doc.body.map((e) => ('text' in e ? e.text : '')).join('\n'));
    expect(text).toContain('الربع الرابع من عام 2026 م');
    // 1 October 2026 is 19 Rabi' al-Akhir 1448 (Umm al-Qura); 31 December 2026 is 21 Rajab 1448.
    expect(text).toMatch(/من .*1448 هـ.*1 أكتوبر 2026 م إلى .*1448 هـ.*31 ديسمبر 2026 م/);
    expect(text).toContain(profile.name.ar);
  });

  it('shows the policy\'s board approval as the profile gives it', () => {
    const [approval] = tables(doc);
    const cell = (label: string) => approval.find((r) => r[0] === label)?.[1];
    expect(cell('الجهة المعتمِدة')).toBe(profile.approval.body || '—');
    expect(cell('رقم المحضر')).toBe(latin(profile.approval.minutesNumber) || '—');
  });

  it('counts the service requests received, answered and in time from the cases tab', () => {
    const d = deadlines(rows(sb, 'الحالات'), 'تاريخ إبلاغ المستفيد', 'موعد الرد');
    expect(d.received).toBe(3);
    const s = 'طلبات الخدمة والرد في الموعد';
    expect(figure(doc, s, 'الطلبات المستلمة')).toBe(String(d.received));
    expect(figure(doc, s, 'الطلبات التي أُبلغ أصحابها بالقرار')).toBe(String(d.answered));
    expect(figure(doc, s, 'أُبلغت في الموعد')).toBe(String(d.onTime));
    expect(figure(doc, s, 'متأخرة دون رد')).toBe(String(d.overdue));
    expect(figure(doc, s, 'نسبة الرد في الموعد')).toBe(pct(d));
    // Every request received is under one of the policy's channels (or «other»).
    const [, channels] = tables(doc);
    expect(channels.slice(1).reduce((n, r) => n + Number(r[1]), 0)).toBe(d.received);
  });

  if (profile.features.complaints) {
    it('counts complaints, how they were settled and how fast, from the complaints tab', () => {
      const list = rows(sb, 'الشكاوى');
      const d = deadlines(list, 'تاريخ إبلاغ المشتكي', 'موعد الرد');
      const s = 'الشكاوى وتسويتها وسرعة الرد عليها';
      expect(figure(doc, s, 'الشكاوى المستلمة')).toBe(String(d.received));
      expect(figure(doc, s, 'أُبلغت في الموعد')).toBe(String(d.onTime));
      const q4 = list.filter((r) => inQ4(r['تاريخ الاستلام']));
      const states = q4.map((r) => JSON.parse(String(r['الحالة (للنظام)'])) as { settled?: boolean });
      expect(figure(doc, s, 'سُوّيت وديًا')).toBe(String(states.filter((x) => x.settled === true).length));
      expect(figure(doc, s, 'لم تُسوَّ وديًا')).toBe(String(states.filter((x) => x.settled === false).length));
      expect(figure(doc, s, 'أُغلقت')).toBe(String(q4.filter((r) => day(r['تاريخ الإغلاق']) !== null).length));
      const spans = q4.filter((r) => day(r['تاريخ إبلاغ المشتكي'])).map((r) => (Date.parse(day(r['تاريخ إبلاغ المشتكي'])!) - Date.parse(day(r['تاريخ الاستلام'])!)) / 86_400_000);
      expect(figure(doc, s, 'متوسط الأيام حتى الرد')).toBe(spans.length ? String(Math.round((spans.reduce((a, b) => a + b, 0) / spans.length) * 10) / 10) : '—');
    });
  }

  it('gives satisfaction by each method: surveys by kind, and field surveys, visits and interviews', () => {
    const surveys = rows(sb, 'استبانات الرضا');
    const items = ['سهولة الإجراءات', 'سرعة الإنجاز', 'حسن التعامل', 'وضوح المعلومات', 'الرضا العام'];
    const at = doc.body.findIndex((e) => e.kind === 'paragraph' && e.text.includes('قياس رضا المستفيدين بكل وسيلة'));
    const [surveyTable, fieldTable] = doc.body.slice(at).filter((e): e is TableModel => e.kind === 'table').map((tb) => tb.rows.map((r) => r.map((c) => latin(c.text))));
    for (const kind of ['بعد تقديم الخدمة', 'دورية']) {
      const mine = surveys.filter((r) => r['النوع'] === kind);
      const answered = mine.filter((r) => inQ4(r['وقت الإجابة']));
      const scores = answered.flatMap((r) => items.map((i) => Number(r[i])).filter((n) => n >= 1 && n <= 5));
      const line = surveyTable.find((r) => r[0] === kind)!;
      expect(line[1]).toBe(String(mine.filter((r) => inQ4(r['وقت الإرسال'])).length));
      expect(line[2]).toBe(String(answered.length));
      expect(line[3]).toBe(scores.length ? String(Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10) : '—');
    }
    if (profile.features.satisfaction) {
      const logged = rows(sb, 'المسح الميداني والزيارات').filter((r) => String(r['التاريخ']) >= '2026-10-01' && String(r['التاريخ']) <= '2026-12-31');
      for (const line of fieldTable.slice(1)) {
        const mine = logged.filter((r) => r['النشاط'] === line[0]);
        expect([line[1], line[2]]).toEqual([String(mine.length), String(mine.reduce((n, r) => n + Number(r['عدد المشاركين']), 0))]);
      }
      expect(fieldTable.slice(1).reduce((n, r) => n + Number(r[1]), 0)).toBe(logged.length);
    }
  });

  it('names the staff who signed the policy, as the staff tab says', () => {
    const staff = rows(sb, 'الموظفون').filter((r) => r['البريد الإلكتروني']);
    const signed = staff.filter((r) => r['الإقرار بالسياسة'] === 'وقّع');
    const at = doc.body.findIndex((e) => e.kind === 'paragraph' && e.text.includes('توقيع الموظفين على السياسة'));
    const sentence = latin((doc.body[at + 1] as { text: string }).text);
    expect(sentence).toContain(`من أصل ${staff.length}`);
    if (profile.features.staffSignoff) expect(signed.length).toBeGreaterThan(0);
    if (signed.length) {
      const table = doc.body.slice(at).find((e): e is TableModel => e.kind === 'table')!;
      expect(table.rows.slice(1).map((r) => latin(r[0].text))).toEqual(signed.map((r) => String(r['الاسم'])));
    } else expect(sentence).toContain('لم يوقّع أحد');
  });

  it('counts the data-subject requests and the breaches from their tabs', () => {
    const requests = deadlines(rows(sb, 'طلبات أصحاب البيانات'), 'تاريخ الرد', 'آخر موعد للرد');
    expect(figure(doc, 'طلبات أصحاب البيانات الشخصية', 'الطلبات المستلمة')).toBe(String(requests.received));
    expect(figure(doc, 'طلبات أصحاب البيانات الشخصية', 'أُجيبت في المهلة النظامية')).toBe(String(requests.onTime));
    const breaches = rows(sb, 'سجل حوادث البيانات').filter((r) => inQ4(r['وقت التسجيل']));
    expect(figure(doc, 'حوادث البيانات الشخصية', 'الحوادث المسجلة')).toBe(String(breaches.length));
    expect(figure(doc, 'حوادث البيانات الشخصية', 'أُبلغت الهيئة بها')).toBe(String(breaches.filter((r) => r['وقت إبلاغ الهيئة'] instanceof Date).length));
  });

  it('asked again for the same quarter, revises the same document in place', () => {
    const before = packs(sb).map((d) => d.id);
    ok(sb.execute('evidenceReport', ['2026-Q4'], { user: MANAGER }));
    expect(packs(sb).map((d) => d.id)).toEqual(before);
  });
});
