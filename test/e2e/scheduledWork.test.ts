// Scheduled work end to end: the sandbox clock runs through Ramadan and Eid al-Fitr 1447 and the
// triggers setup installed send reminders, the escalation and the weekly summary on the right days.
import { completeAnswers, mails, nationalId, newRegister, ok, riyadhDay, rows, submit, MANAGER, OFFICER } from './harness';
import { t } from '../../src/i18n';
import { findSpreadsheet, sheetByName, spreadsheetUrl } from '../../sandbox/services/spreadsheet/store';

describe('a request complete on Sunday 1 March 2026 (due after the Eid break)', () => {
  const sb = newRegister('esrar', '2026-03-01T05:00:00Z');
  ok(submit(sb, completeAnswers()).executions[0]);
  // The officer has signed the policy (RS), so the only mail they get is the deadline work.
  ok(sb.execute('acknowledgePolicy', [], { user: OFFICER }));
  const fired = sb.advanceTo('2026-03-26T12:00:00Z');
  const [c] = rows(sb, 'الحالات');
  const sent = mails(sb);
  const daysTo = (who: string) => sent.filter((m) => m.to.includes(who)).map((m) => riyadhDay(new Date(m.timeMs)));

  it('runs every scheduled execution without error', () => {
    expect(fired.filter((e) => e.error).map((e) => `${e.fn}: ${e.error!.message.slice(0, 200)}`)).toEqual([]);
    expect(fired.some((e) => e.fn === 'dailySweep')).toBe(true);
  });

  it('is due on 24 March: 15 working days with the Eid al-Fitr break skipped', () => {
    expect(riyadhDay(c['موعد الرد'] as Date)).toBe('2026-03-24');
  });

  it('reminds the officer 3 and 1 working days before and on the due day, one digest each day', () => {
    expect(daysTo(OFFICER)).toEqual(['2026-03-17', '2026-03-23', '2026-03-24', '2026-03-25']);
  });

  it('escalates to the manager on the first working day late, in Arabic, without the national ID', () => {
    // The manager's digest of the day (the daily health note also goes to the manager).
    const escalations = sent.filter((m) => m.to.includes(MANAGER) && riyadhDay(new Date(m.timeMs)) === '2026-03-25' && m.subject.includes('متابعة مواعيد الرد'));
    expect(escalations.length).toBeGreaterThanOrEqual(1);
    expect(escalations[0].text).toContain(String(c['رقم الحالة']));
    expect(JSON.stringify(escalations)).not.toContain('1000000008');
  });

  it('sends the weekly manager summary on Sundays', () => {
    const sundays = sent.filter((m) => m.to.includes(MANAGER)).map((m) => riyadhDay(new Date(m.timeMs)));
    expect(sundays).toEqual(expect.arrayContaining(['2026-03-08', '2026-03-15', '2026-03-22']));
  });
});

describe('a complaint received on Sunday 1 March 2026 (5 working days to settle)', () => {
  const sb = newRegister('esrar', '2026-03-01T05:00:00Z');
  for (const who of [OFFICER, MANAGER]) ok(sb.execute('acknowledgePolicy', [], { user: who }));
  const filed = submit(
    sb,
    { complainant: 'منيرة', mobile: '0509876543', email: 'muneera@example.com', reply_channel: 'البريد الإلكتروني', summary: 'تأخر الرد على طلبي', attestation: [t('cm.form.attestation.text')] },
    'complaint',
  );
  sb.advanceTo('2026-03-12T12:00:00Z');
  const toManager = mails(sb).filter((m) => m.to.includes(MANAGER));

  it('reminds and then escalates to the managers, who follow every complaint', () => {
    expect(filed.executions[0].error).toBeNull();
    const [complaint] = rows(sb, 'الشكاوى');
    const no = String(complaint['رقم الشكوى']);
    const mentioning = toManager.filter((m) => m.text.includes(no)).map((m) => riyadhDay(new Date(m.timeMs)));
    expect(mentioning.some((d) => d < '2026-03-08')).toBe(true);
    expect(mentioning.some((d) => d > '2026-03-08')).toBe(true);
  });
});

describe('a daily sweep that runs out of time', () => {
  // Twelve requests complete on Sunday 1 March 2026, all due 24 March: on 17 March each needs its
  // three-days-before reminder. Sheets is very slow that morning: the sweep's first write takes 250 s.
  const sb = newRegister('esrar', '2026-03-01T05:00:00Z');
  ok(sb.execute('acknowledgePolicy', [], { user: OFFICER }));
  for (let i = 0; i < 12; i++) submit(sb, completeAnswers({ national_id: nationalId(500 + i), full_name: `مستفيد ${i}`, email: `s${i}@example.com` }));
  sb.advanceTo('2026-03-17T02:30:00Z');
  sb.injectFault({ method: 'Range.setValues', delayMs: 250_000, calls: [1] });
  const fired = sb.advanceTo('2026-03-17T12:00:00Z');
  const digests = mails(sb).filter((m) => m.to.includes(OFFICER) && riyadhDay(new Date(m.timeMs)) === '2026-03-17');

  it('saves its place, and the follow-up trigger finishes the day without an error', () => {
    expect(fired.filter((e) => e.error).map((e) => `${e.fn}: ${e.error!.message.slice(0, 120)}`)).toEqual([]);
    const sweep = fired.find((e) => e.fn === 'dailySweep')!;
    expect(sweep.elapsedMs).toBeGreaterThan(250_000);
    expect(fired.some((e) => e.fn === 'continueScheduledWork')).toBe(true);
  });

  it('sends the officer one digest listing all twelve cases, once', () => {
    expect(digests).toHaveLength(1);
    const caseNos = rows(sb, 'الحالات').map((c) => String(c['رقم الحالة']));
    for (const no of caseNos) expect(digests[0].text).toContain(no);
  });

  it('links each case line to that case\'s row in the register (#gid=<sheetId>&range=A<row>), the link after the line in the plain text', () => {
    const book = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
    const cases = sheetByName(book, 'الحالات')!;
    const column = (cases.rows[0] ?? []).findIndex((c) => c?.v === 'رقم الحالة');
    const caseNoAt = (row: number) => String((cases.rows[row - 1] ?? [])[column]?.v ?? '');
    const items = digests[0].html!.match(/<li>.*?<\/li>/g) ?? [];
    const prefix = `${spreadsheetUrl(book.id)}#gid=${cases.sheetId}&range=A`;
    const linked = items.map((li) => {
      const href = (li.match(/<a href="([^"]+)">/)?.[1] ?? '').replace(/&amp;/g, '&');
      const caseNo = li.replace(/<[^>]*>/g, '').match(/\d{4}-\d{5}/)?.[0] ?? '';
      const row = href.startsWith(prefix) ? Number(href.slice(prefix.length)) : NaN;
      return { caseNo, href, inRegister: caseNoAt(row) };
    });
    expect(linked).toHaveLength(12);
    for (const l of linked) {
      expect(l.href.startsWith(prefix)).toBe(true);
      expect(l.inRegister).toBe(l.caseNo);
    }
    expect(digests[0].html).toContain('#gid=' + cases.sheetId + '&amp;range=A');
    const lines = digests[0].text.split('\n');
    for (const l of linked) {
      const at = lines.findIndex((line) => line.startsWith('•') && line.includes(l.caseNo));
      expect(lines[at + 1].trim()).toBe(l.href);
    }
  });
});
