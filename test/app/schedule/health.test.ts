// The daily health note on in-memory ports: figures, warnings first, once a day, failed runs listed once.
import { stripIsolates } from '../../../src/domain/text/bidi';
import { forecastMail, healthNoteRecipient, queueHealthNote, dailyRecipientLimit, type HealthDeps } from '../../../src/app/health/healthNote';
import { readFailedRuns, recordFailedRun } from '../../../src/app/health/failedRuns';
import { entryToRow } from '../../../src/app/notify/outbox';
import { esrar } from '../../../src/profiles/esrar';
import type { Row } from '../../../src/ports';
import { FakeClock, MemoryRegister, MemoryStore } from './fakes';

function mailRow(messageId: string, at: Date, status: 'queued' | 'sent' | 'failed' | 'task' = 'queued'): Row {
  return entryToRow({ messageId, caseNo: '', channel: status === 'task' ? 'whatsapp' : 'email', recipient: 'x@example.com', mail: { to: 'x@example.com', subject: 's', text: 't', html: '<p>t</p>' } }, at, status);
}

function setup(over: Partial<HealthDeps> = {}) {
  const clock = FakeClock.at('2026-03-17');
  const register = new MemoryRegister();
  const store = new MemoryStore();
  const deps = { register, store, clock, profile: esrar, to: 'manager@org.sa', quotaLeft: 60, dailyLimit: 100, cells: 1_000_000, catchUp: { replayed: 2, failed: 0 }, ...over } satisfies HealthDeps;
  return { ...deps, register, clock };
}

const DAY = 86_400_000;

describe('the mail forecast', () => {
  it('given 120 recipients a day against 100 and 30 waiting with 10 left, then the quota runs out today and the backlog never clears', () => {
    const now = FakeClock.at('2026-03-17').ms;
    const rows = [
      ...Array.from({ length: 7 * 120 - 30 }, (_, i) => mailRow(`${i}:ack`, new Date(now - (i % 7) * DAY - 1000), 'sent')),
      ...Array.from({ length: 25 }, (_, i) => mailRow(`q${i}:ack`, new Date(now - 1000))),
      ...Array.from({ length: 5 }, (_, i) => mailRow(`digest:2026-03-17:s${i}@org.sa`, new Date(now - 1000))),
      mailRow('t:ack', new Date(now - 1000), 'task'),
    ];
    const f = forecastMail(rows, now, 10, 100);
    expect(f.waiting).toEqual([25, 0, 5]);
    expect(f.tasks).toBe(1);
    expect(f.dailyRate).toBe(120);
    expect(f.runsOutOn).toBe('2026-03-17');
    expect(f.clearsOn).toBe('never');
  });

  it('given 80 recipients a day against 100 and 50 waiting with 10 left, then the backlog clears in two days', () => {
    const now = FakeClock.at('2026-03-17').ms;
    const rows = [
      ...Array.from({ length: 7 * 80 - 50 }, (_, i) => mailRow(`${i}:ack`, new Date(now - (i % 7) * DAY - 1000), 'sent')),
      ...Array.from({ length: 50 }, (_, i) => mailRow(`q${i}:ack`, new Date(now - 1000))),
    ];
    const f = forecastMail(rows, now, 10, 100);
    expect(f.dailyRate).toBe(80);
    expect(f.clearsOn).toBe('2026-03-19');
  });

  it('takes the account\'s daily allowance from what Google says is left, keeping the largest answer (a fresh window\'s), never from the address', () => {
    const store = new MemoryStore();
    // Mid-window on a consumer account: 37 left is all that is known yet.
    expect(dailyRecipientLimit(store, 37)).toBe(37);
    // A fresh window: the whole allowance.
    expect(dailyRecipientLimit(store, 100)).toBe(100);
    // Later, mid-window again: the allowance seen stays.
    expect(dailyRecipientLimit(store, 12)).toBe(100);
    expect(dailyRecipientLimit(new MemoryStore(), 1500)).toBe(1500);
    expect(dailyRecipientLimit(new MemoryStore(), 0)).toBe(1);
  });
});

describe('the daily health note', () => {
  it('lists the failed runs, the mail waiting and the register, once a day, and forgets the failures it listed', () => {
    const deps = setup();
    recordFailedRun(deps.store, { atMs: deps.clock.ms - 3_600_000, fn: 'sendOutbox', error: 'Service error: Spreadsheets' });
    recordFailedRun(deps.store, { atMs: deps.clock.ms - 1_800_000, fn: 'formSubmit', error: 'Service error: Spreadsheets' });
    deps.register.table('outbox').rows.push(mailRow('1448-00001:ack', deps.clock.now()));
    expect(queueHealthNote(deps)).toBe('queued');
    const note = deps.register.table('outbox').rows.find((r) => r.message_id === 'health:2026-03-17')!;
    expect(note).toMatchObject({ status: 'queued', recipient: 'manager@org.sa' });
    // The note isolates left-to-right runs (error text, addresses): read it as a person reads it.
    const text = stripIsolates(JSON.parse(String(note.body)).text as string);
    expect(text).toContain('(العدد: 2)');
    expect(text).toContain('إرسال البريد كل ساعة: Service error: Spreadsheets');
    expect(text).toContain('استلام رد نموذج');
    expect(text).toContain('رسائل للمستفيدين تنتظر الإرسال (مستلمون): 1');
    expect(text).toContain('1,000,000 من 10,000,000 (10%)');
    expect(text).toContain('سُجّلت الآن: 2');
    expect(text).not.toContain('تنبيه');
    expect(readFailedRuns(deps.store).count).toBe(0);
    // A second run the same day queues nothing; the next day's note says no run failed.
    expect(queueHealthNote(deps)).toBe('already');
    deps.clock.setDay('2026-03-18');
    expect(queueHealthNote(deps)).toBe('queued');
    const next = deps.register.table('outbox').rows.find((r) => r.message_id === 'health:2026-03-18')!;
    expect(JSON.parse(String(next.body)).text).toContain('لم يتعثر أي تشغيل آلي');
  });

  it('says first that the quota runs out and the register is nearly full', () => {
    const deps = setup({ quotaLeft: 0, cells: 8_500_000 });
    deps.register.table('outbox').rows.push(mailRow('digest:2026-03-17:a@org.sa', deps.clock.now()));
    queueHealthNote(deps);
    const note = deps.register.table('outbox').rows.find((r) => r.message_id === 'health:2026-03-17')!;
    const mail = JSON.parse(String(note.body)) as { subject: string; text: string };
    expect(mail.subject).toContain('تنبيه');
    const lines = mail.text.split('\n').filter(Boolean);
    expect(lines[1]).toContain('تنفد حصة البريد اليومية اليوم');
    expect(lines[2]).toContain('85%');
  });

  it('does not queue twice when the run that queued it died before saving the day', () => {
    const deps = setup();
    queueHealthNote(deps);
    deps.store.set('HEALTH_NOTE_DAY', '');
    expect(queueHealthNote(deps)).toBe('already');
    expect(deps.register.table('outbox').rows.filter((r) => String(r.message_id).startsWith('health:'))).toHaveLength(1);
  });

  it('keeps the failure record under the 9 KB a property holds', () => {
    const store = new MemoryStore();
    for (let i = 0; i < 500; i++) recordFailedRun(store, { atMs: 1_700_000_000_000 + i, fn: 'continueScheduledWork', error: 'x'.repeat(400) });
    expect(store.get('HEALTH_FAILED_RUNS')!.length).toBeLessThan(9 * 1024);
    expect(readFailedRuns(store).count).toBe(500);
  });
});

describe('whom the health note goes to', () => {
  it("is the settings tab's manager first, without asking who owns the spreadsheet", () => {
    const owner = jest.fn(() => 'owner@gmail.com');
    expect(healthNoteRecipient(' manager@org.sa ', owner)).toBe('manager@org.sa');
    expect(owner).not.toHaveBeenCalled();
  });

  it("is the spreadsheet's owner when the settings name nobody (never whoever created the trigger)", () => {
    expect(healthNoteRecipient('', () => 'owner@gmail.com')).toBe('owner@gmail.com');
  });

  it('is nobody when neither is known (a shared drive has no owner), so no note is queued', () => {
    const to = healthNoteRecipient('  ', () => null);
    expect(to).toBe('');
    const deps = setup({ to });
    expect(queueHealthNote(deps)).toBe('no_recipient');
    expect(deps.register.table('outbox').rows).toHaveLength(0);
  });
});

describe("the note's lines on the lookup index (issue 13)", () => {
  const noteText = (deps: ReturnType<typeof setup>): string => {
    queueHealthNote(deps);
    const note = deps.register.table('outbox').rows.find((r) => r.message_id === 'health:2026-03-17')!;
    return stripIsolates(JSON.parse(String(note.body)).text as string);
  };

  it('says nothing of the index when its check found all well', () => {
    const text = noteText(setup({ index: { rebuilt: false, possibleDuplicates: 0 } }));
    expect(text).not.toContain('فهرس البحث');
    expect(text).toBe(noteText(setup({ index: null })));
  });

  it('says in Arabic that the index was rebuilt', () => {
    const text = noteText(setup({ index: { rebuilt: true, possibleDuplicates: 0 } }));
    expect(text).toContain('فأُعيد بناؤه كاملًا من السجل، ولم يُفقد شيء');
    expect(text).not.toContain('تكرار محتمل مع');
  });

  it('counts the possible duplicates it flagged in the plural form of their number', () => {
    expect(noteText(setup({ index: { rebuilt: false, possibleDuplicates: 1 } }))).toContain('وجد فحص فهرس البحث مستفيدًا واحدًا عُدِّل رقم هويته');
    expect(noteText(setup({ index: { rebuilt: false, possibleDuplicates: 2 } }))).toContain('وجد فحص فهرس البحث مستفيدَين');
    const five = noteText(setup({ index: { rebuilt: true, possibleDuplicates: 5 } }));
    expect(five).toContain('وجد فحص فهرس البحث 5 مستفيدين');
    expect(five).toContain('«تكرار محتمل مع»');
    expect(five).toContain('فأُعيد بناؤه');
  });
});
