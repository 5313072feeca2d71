// A committee-minutes batch whose audit append is refused part-way (issue 13, the year's case 1448-01076): the
// year's fault week left 33 of 38 lines of one batch unwritten (the 6th appendRow of the flush failed, and the
// rest was dropped), so 33 cases read «تم إبلاغ المستفيد» with no line saying who told them, and the minutes had
// no «إعداد محضر لجنة» line. Every row the batch wrote must have its audit line, and a rerun adds none twice.
import type { Sandbox } from '../../sandbox/core/runtime';
import { completeAnswers, mails, newRegister, nationalId, ok, rows, submit, CHAIR, OFFICER } from './harness';

const CASES = 'الحالات';
const AUDIT = 'سجل التدقيق';
const NOTIFIED = 'تم إبلاغ المستفيد';
const NOTIFY_LINE = 'صدر القرار → تم إبلاغ المستفيد';
const MINUTES_LINE = 'إعداد محضر لجنة';

/** Three decided cases waiting for the committee's minutes. */
function decidedCases(): { sb: Sandbox; caseNos: string[] } {
  const sb = newRegister('esrar');
  for (let i = 0; i < 3; i++) submit(sb, completeAnswers({ national_id: nationalId(700 + i), email: `b${i}@example.com` }));
  const caseNos = rows(sb, CASES).map((r) => String(r['رقم الحالة']));
  for (const caseNo of caseNos) {
    ok(sb.execute('startStudy', [caseNo, 'اللجنة المختصة'], { user: OFFICER }));
    ok(sb.execute('recordDecision', [caseNo, 'accepted', 'استوفت الشروط', 'competent_committee'], { user: CHAIR }));
  }
  return { sb, caseNos };
}

const notifyLines = (sb: Sandbox, caseNo: string) => rows(sb, AUDIT).filter((r) => r['رقم الحالة'] === caseNo && String(r['التفاصيل']).includes(NOTIFY_LINE));
const minutesLines = (sb: Sandbox) => rows(sb, AUDIT).filter((r) => r['الإجراء'] === MINUTES_LINE);
const notifiedRows = (sb: Sandbox) => rows(sb, CASES).filter((r) => r['حالة الطلب'] === NOTIFIED);

describe('a minutes batch whose audit append is refused once mid-way', () => {
  const { sb, caseNos } = decidedCases();
  // The batch's flush appends one line per case, then the minutes' line: the second append is refused once.
  sb.injectFault({ method: 'Sheet.appendRow', calls: [2] });
  const run = sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR });
  const injected = sb.faults.injected.length;
  sb.faults.clear();
  const again = sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR });

  it('had the fault injected', () => {
    expect(injected).toBe(1);
  });

  it('writes every notified row with its one audit line, and the minutes\' line', () => {
    ok(run);
    expect(notifiedRows(sb).map((r) => r['رقم الحالة'])).toEqual(caseNos);
    for (const caseNo of caseNos) expect(notifyLines(sb, caseNo)).toHaveLength(1);
    expect(minutesLines(sb)).toHaveLength(1);
  });

  it('a rerun finds nothing left to minute and adds no line twice', () => {
    expect((ok(again) as { url: string | null }).url).toBeNull();
    for (const caseNo of caseNos) expect(notifyLines(sb, caseNo)).toHaveLength(1);
    expect(minutesLines(sb)).toHaveLength(1);
  });
});

describe('a minutes batch whose letters cannot be queued after its rows were written', () => {
  const { sb, caseNos } = decidedCases();
  // The outbox's block write (its setValues, retried three times) is refused: the rows were already written.
  sb.injectFault({ method: 'Range.setValues', calls: [1, 2, 3], target: (r) => r.sheet === 'صندوق الصادر' });
  const run = sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR });
  sb.faults.clear();

  it('fails, as a run that could not finish must', () => {
    expect(run.error).not.toBeNull();
    expect(sb.faults.injected.filter((f) => f.method === 'Range.setValues')).toHaveLength(3);
  });

  it('leaves an audit line for every row it wrote, and the minutes\' line', () => {
    const written = notifiedRows(sb).map((r) => String(r['رقم الحالة']));
    expect(written).toEqual(caseNos);
    for (const caseNo of written) expect(notifyLines(sb, caseNo)).toHaveLength(1);
    expect(minutesLines(sb)).toHaveLength(1);
  });

  it('says in the audit that the batch stopped before its letters, with its error\'s code (never its message)', () => {
    const stopped = rows(sb, AUDIT).filter((r) => r['الإجراء'] === 'تعثّر عمل جماعي قبل اكتماله');
    expect(stopped).toHaveLength(1);
    expect(String(stopped[0]['التفاصيل'])).toContain('تعثّر إرسال الرسائل');
    expect(String(stopped[0]['التفاصيل'])).toContain('TRANSIENT_FAULT');
    expect(String(stopped[0]['التفاصيل'])).not.toContain('Service error');
  });
});

describe('a minutes batch whose letters could not be queued: the rerun queues them, each once', () => {
  const { sb, caseNos } = decidedCases();
  // As above: the outbox's block write refused three times (its retries spent) after the rows were written.
  sb.injectFault({ method: 'Range.setValues', calls: [1, 2, 3], target: (r) => r.sheet === 'صندوق الصادر' });
  const run = sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR });
  const injected = sb.faults.injected.filter((f) => f.method === 'Range.setValues').length;
  sb.faults.clear();
  const lettersAfterFailure = rows(sb, 'صندوق الصادر').filter((r) => String(r['معرف الرسالة']).endsWith(':decision')).length;
  const again = sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR });
  const third = sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR });
  // The hourly sender's runs of the day: whatever is still queued leaves, none twice.
  sb.advanceTo('2026-11-22T20:00:00Z');
  const letterRows = (caseNo: string) => rows(sb, 'صندوق الصادر').filter((r) => r['معرف الرسالة'] === `${caseNo}:decision`);
  const decisionMails = (caseNo: string) => mails(sb).filter((m) => m.subject.includes('قرار طلبك') && m.subject.includes(caseNo));

  it('failed with the cases told and no letter queued', () => {
    expect(run.error).not.toBeNull();
    expect(injected).toBe(3);
    expect(notifiedRows(sb)).toHaveLength(caseNos.length);
    expect(lettersAfterFailure).toBe(0);
  });

  it('the rerun finds nothing to minute, and each decided case has exactly one decision letter queued and sent once', () => {
    expect((ok(again) as { url: string | null }).url).toBeNull();
    expect((ok(third) as { url: string | null }).url).toBeNull();
    for (const caseNo of caseNos) {
      expect(letterRows(caseNo)).toHaveLength(1);
      expect(decisionMails(caseNo)).toHaveLength(1);
    }
    const ids = rows(sb, 'صندوق الصادر').map((r) => String(r['معرف الرسالة']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('minutes:')).length).toBeGreaterThan(0);
  });

  it('audits the letters it queued, once', () => {
    const mended = rows(sb, AUDIT).filter((r) => r['الإجراء'] === 'إرسال رسائل محضر لم تُرسل');
    expect(mended).toHaveLength(1);
    expect(String(mended[0]['التفاصيل'])).toContain('صندوق الصادر');
  });
});

describe('a minutes batch whose letters could not be queued, and nobody runs it again: the next daily sweep queues them', () => {
  const { sb, caseNos } = decidedCases();
  sb.injectFault({ method: 'Range.setValues', calls: [1, 2, 3], target: (r) => r.sheet === 'صندوق الصادر' });
  const run = sb.execute('prepareCommitteeMinutes', ['competent_committee'], { user: CHAIR });
  sb.faults.clear();
  // Two days of the scheduled jobs: the daily sweep mends, the one after finds nothing named.
  const runs = sb.advanceTo('2026-11-24T12:00:00Z');
  const sweeps = runs.filter((r) => r.fn === 'dailySweep');
  const decisionMails = (caseNo: string) => mails(sb).filter((m) => m.subject.includes('قرار طلبك') && m.subject.includes(caseNo));

  it('each decided case has exactly one decision letter queued and sent once, audited once', () => {
    expect(run.error).not.toBeNull();
    expect(sweeps.length).toBeGreaterThanOrEqual(2);
    for (const sweep of sweeps) expect(sweep.error).toBeNull();
    for (const caseNo of caseNos) {
      expect(rows(sb, 'صندوق الصادر').filter((r) => r['معرف الرسالة'] === `${caseNo}:decision`)).toHaveLength(1);
      expect(decisionMails(caseNo)).toHaveLength(1);
    }
    const mended = rows(sb, AUDIT).filter((r) => r['الإجراء'] === 'إرسال رسائل محضر لم تُرسل');
    expect(mended.map((r) => r['المستخدم'])).toEqual(['النظام (عمل مجدول)']);
  });
});
