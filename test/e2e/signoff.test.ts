// Staff sign-off reminders (RS) for a large staff, end to end on build/Code.js: every reminder is kept on the
// person's row of the staff tab (a script property holds 9 KB, too little for 150 people's reminders), three
// waves then one message to the manager, nothing sent twice, and a signature ends the reminders.
import { Sandbox } from '../../sandbox/core/runtime';
import { mails, ok, rows, MANAGER } from './harness';

const STAFF_TAB = 'الموظفون';
const SUBJECT = 'الإقرار بسياسة';
const staff = Array.from({ length: 150 }, (_, i) => ({ email: `staff${String(i).padStart(3, '0')}@gmail.com`, name: `موظف ${i}`, role: 'officer' }));

describe('sign-off reminders for 150 people who have not signed', () => {
  const sb = new Sandbox({ start: '2026-11-22T06:00:00Z', boundSpreadsheet: 'سجل المستفيدين', account: 'consumer' });
  ok(sb.execute('setup', ['esrar', { managerEmail: MANAGER, staff: [...staff, { email: MANAGER, name: 'المدير', role: 'manager' }] }]));
  // One signs before any reminder is due.
  ok(sb.execute('acknowledgePolicy', [], { user: staff[0].email }));
  // The daily trigger runs from Monday 23 Nov: reminders on 26 Nov, 3 Dec and 10 Dec (every five working
  // days), the manager told on the next run after the third, 11 Dec.
  sb.advanceTo('2026-12-18T09:00:00Z');
  const runs = sb.executions.filter((e) => e.fn === 'staffSignoffReminders');
  const reminders = mails(sb).filter((m) => m.subject.includes(SUBJECT));
  const tab = rows(sb, STAFF_TAB);
  const row = (email: string) => tab.find((r) => r['البريد الإلكتروني'] === email)!;

  it('runs every day without failing', () => {
    expect(runs.length).toBeGreaterThan(15);
    expect(runs.filter((e) => e.error)).toEqual([]);
  });

  it('reminds each unsigned person three times, once per wave, and keeps the days on their row', () => {
    const perPerson = new Map<string, number>();
    for (const m of reminders) for (const to of m.to) perPerson.set(to, (perPerson.get(to) ?? 0) + 1);
    expect(perPerson.get(staff[0].email)).toBeUndefined();
    expect(staff.slice(1).map((s) => perPerson.get(s.email))).toEqual(Array(149).fill(3));
    expect(row(staff[7].email)['تذكيرات الإقرار المرسلة']).toBe('2026-11-26، 2026-12-03، 2026-12-10');
    expect(row(staff[0].email)['تذكيرات الإقرار المرسلة']).toBe('');
  });

  it('tells the manager once, naming those who still have not signed, and marks their rows', () => {
    const toManager = mails(sb).filter((m) => m.to.includes(MANAGER) && m.subject.includes('لم يقروا بالسياسة'));
    expect(toManager).toHaveLength(1);
    expect(toManager[0].text).toContain('موظف 149');
    expect(toManager[0].text).not.toContain('موظف 0\n');
    expect(row(staff[7].email)['إبلاغ المدير بعدم الإقرار']).toBe('2026-12-11');
  });

  it('clears the reminders of one who signs late', () => {
    ok(sb.execute('acknowledgePolicy', [], { user: staff[7].email }));
    const after = rows(sb, STAFF_TAB).find((r) => r['البريد الإلكتروني'] === staff[7].email)!;
    expect(after['الإقرار بالسياسة']).toBe('وقّع');
    expect(after['تذكيرات الإقرار المرسلة']).toBe('');
    expect(after['إبلاغ المدير بعدم الإقرار']).toBe('');
  });
});
