// The daily sweep against in-memory ports: digests queued once per person per day, marks kept, resumable.
import { runDailySweep, MARKS_COLUMN, SWEEP_CHECKPOINT_KEY, type SweepDeps } from '../../../src/app/schedule';
import type { OutgoingMail, Row } from '../../../src/ports';
import type { Profile } from '../../../src/profiles';
import { FakeBudget, FakeClock, FakeContinuations, MemoryRegister, MemoryStore } from './fakes';
import { config, MANAGER, OFFICER, requestRow } from './builders';
import { AuditTrail } from '../../../src/app/audit';

function setup(rows: Row[], profile?: Profile) {
  const register = new MemoryRegister();
  register.table('cases').rows = rows;
  const clock = FakeClock.at('2026-03-17');
  const deps = {
    register,
    clock,
    audit: new AuditTrail(register, clock),
    store: new MemoryStore(),
    continuations: new FakeContinuations(),
    budget: new FakeBudget(),
    config: config(profile),
    links: { rowLink: (tab: string, row: number) => `https://docs.google.com/spreadsheets/d/register/edit#gid=${tab === 'cases' ? 7 : 9}&range=A${row}` },
  } satisfies SweepDeps;
  return deps;
}

const queued = (register: MemoryRegister) => register.table('outbox').rows;
const mailOf = (row: Row) => JSON.parse(String(row.body)) as OutgoingMail;

describe('daily sweep', () => {
  it('given two requests of one officer due in 3 working days, when the sweep runs, then one Arabic digest listing both is queued for that officer', () => {
    const deps = setup([requestRow('SR-1', '2026-03-01'), requestRow('SR-2', '2026-03-01')]);
    const report = runDailySweep(deps);
    expect(report.outcome).toBe('done');
    const rows = queued(deps.register);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recipient: OFFICER, status: 'queued', channel: 'email', message_id: `digest:2026-03-17:${OFFICER}` });
    const mail = mailOf(rows[0]);
    expect(mail.subject).toContain('متابعة مواعيد الرد');
    expect(mail.text).toContain('سارة العتيبي');
    expect(mail.text).toContain('SR-1');
    expect(mail.text).toContain('SR-2');
    expect(mail.html).toContain('dir="rtl"');
    // No beneficiary's personal data goes to staff digests.
    expect(mail.text).not.toContain('القحطاني');
    expect(mail.text).not.toContain('1******789');
  });

  it('given three requests in the register, when the sweep writes the digest, then each line links to its own case\'s row (#gid=…&range=A<row>), escaped in HTML and on the line after it in the text', () => {
    const deps = setup([requestRow('SR-1', '2026-03-01'), requestRow('SR-2', '2026-03-20'), requestRow('SR-3', '2026-03-01')]);
    runDailySweep(deps);
    const mail = mailOf(queued(deps.register)[0]);
    const items = mail.html!.match(/<li>.*?<\/li>/g) ?? [];
    const linked = items.map((li) => ({
      caseNo: li.replace(/<[^>]*>/g, '').match(/SR-\d/)?.[0],
      row: Number(li.match(/<a href="https:\/\/docs\.google\.com\/spreadsheets\/d\/register\/edit#gid=7&amp;range=A(\d+)">/)?.[1]),
    }));
    expect(linked.map((l) => l.caseNo).sort()).toEqual(['SR-1', 'SR-3']);
    // The row the link names holds that case in the register (data rows start at row 2).
    for (const l of linked) expect(deps.register.table('cases').rows[l.row - 2].case_no).toBe(l.caseNo);
    const lines = mail.text.split('\n');
    for (const l of linked) {
      const at = lines.findIndex((line) => line.startsWith('•') && line.includes(l.caseNo!));
      expect(lines[at + 1].trim()).toBe(`https://docs.google.com/spreadsheets/d/register/edit#gid=7&range=A${l.row}`);
    }
  });

  it('given the sweep already ran today, when it runs again, then nothing more is queued and the cases are not even read', () => {
    const deps = setup([requestRow('SR-1', '2026-03-01')]);
    runDailySweep(deps);
    const reads = deps.register.table('cases').ops.length;
    expect(runDailySweep(deps).outcome).toBe('already_done');
    expect(queued(deps.register)).toHaveLength(1);
    expect(deps.register.table('cases').ops.length).toBe(reads);
  });

  it('given a week of daily runs, when the request passes its due date, then the manager gets the escalation and the marks in the register show what was sent', () => {
    const deps = setup([requestRow('SR-1', '2026-03-01')]);
    for (const day of ['2026-03-17', '2026-03-18', '2026-03-19', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25']) {
      deps.clock.setDay(day);
      runDailySweep(deps);
    }
    const ids = queued(deps.register).map((r) => r.message_id);
    expect(ids).toEqual([
      `digest:2026-03-17:${OFFICER}`,
      `digest:2026-03-23:${OFFICER}`,
      `digest:2026-03-24:${OFFICER}`,
      `digest:2026-03-25:${MANAGER}`,
      `digest:2026-03-25:${OFFICER}`,
    ]);
    const escalation = mailOf(queued(deps.register)[3]);
    expect(escalation.text).toContain('متأخر عن موعد الرد');
    expect(escalation.text).toContain('سارة العتيبي');
    const marks = JSON.parse(String(deps.register.table('cases').rows[0][MARKS_COLUMN]));
    expect(marks).toEqual({ due: '2026-03-24', sent: { r3: '2026-03-17', r1: '2026-03-23', due: '2026-03-24', esc: '2026-03-25' } });
  });

  it('given a Friday, when the sweep runs, then it sends nothing and writes nothing', () => {
    const deps = setup([requestRow('SR-1', '2026-03-01')]);
    deps.clock.setDay('2026-03-20');
    expect(runDailySweep(deps).outcome).toBe('day_off');
    expect(queued(deps.register)).toHaveLength(0);
    // The closed_at column, then the open rows: never the whole tab.
    expect(deps.register.table('cases').ops).toEqual(['readColumn', 'readRow']);
  });

  it('given the time budget runs out after the first write, when the sweep is interrupted, then it asks for a follow-up and the follow-up finishes with every digest queued once', () => {
    // Cases far apart in the sheet need more than one write; a request in row 2 and others near the end.
    const rows = [requestRow('SR-1', '2026-03-01', { officer: 'officer2@org.sa' })];
    for (let i = 0; i < 30; i++) rows.push(requestRow(`SR-OLD-${i}`, '2026-01-04', { notifiedOn: '2026-01-10' }));
    rows.push(requestRow('SR-2', '2026-03-01'));
    const deps = setup(rows);
    deps.budget = new FakeBudget(300_000, 1);
    expect(runDailySweep(deps).outcome).toBe('continued');
    expect(deps.continuations.requested).toEqual([{ job: 'sweep', afterMs: 60_000 }]);
    expect(queued(deps.register)).toHaveLength(0);

    deps.budget = new FakeBudget();
    deps.clock.setDay('2026-03-17', 8);
    expect(runDailySweep(deps).outcome).toBe('done');
    expect(queued(deps.register).map((r) => r.recipient).sort()).toEqual(['officer2@org.sa', OFFICER]);
    expect(runDailySweep(deps).outcome).toBe('already_done');
    expect(queued(deps.register)).toHaveLength(2);
  });

  it('given the outbox append failed after the marks were written, when the next day comes, then the missed day is queued first and nothing is lost', () => {
    const deps = setup([requestRow('SR-1', '2026-03-01')]);
    deps.register.table('outbox').failNextWrite = true;
    expect(() => runDailySweep(deps)).toThrow('Service error: Spreadsheets');
    expect(JSON.parse(deps.store.get(SWEEP_CHECKPOINT_KEY)!)).toEqual({ day: '2026-03-17', stage: 'queuing' });
    deps.clock.setDay('2026-03-18');
    runDailySweep(deps);
    expect(queued(deps.register).map((r) => r.message_id)).toEqual([`digest:2026-03-17:${OFFICER}`]);
  });

  it('given the sweep crashed after its outbox append but before saving, when it runs again, then the digests are not queued a second time', () => {
    const deps = setup([requestRow('SR-1', '2026-03-01')]);
    runDailySweep(deps);
    deps.store.set(SWEEP_CHECKPOINT_KEY, JSON.stringify({ day: '2026-03-17', stage: 'queuing' }));
    runDailySweep(deps);
    expect(queued(deps.register)).toHaveLength(1);
  });

  it('given a profile that asks for the still-being-studied note, when a request is late, then the beneficiary gets it on their email and a WhatsApp one becomes a task for the officer', () => {
    const profile = { ...config().profile, stillStudyingNotice: true } as Profile;
    const deps = setup([requestRow('SR-1', '2026-03-01'), requestRow('SR-2', '2026-03-01', { replyChannel: 'whatsapp' })], profile);
    deps.register.table('beneficiaries').rows = [{ beneficiary_id: 'B-SR-1', email: 'ben@example.com' }];
    deps.clock.setDay('2026-03-25');
    runDailySweep(deps);
    const notes = queued(deps.register).filter((r) => String(r.message_id).startsWith('study:'));
    expect(notes.map((r) => [r.recipient, r.status, r.channel])).toEqual([
      ['ben@example.com', 'queued', 'email'],
      ['B-SR-2', 'task', 'whatsapp'],
    ]);
    expect(mailOf(notes[0]).text).toContain('ما زال قيد الدراسة');
    expect(mailOf(notes[1]).to).toBe(OFFICER);
  });

  it('given 2,000 cases, when the sweep runs, then it reads the cases once and writes in at most three blocks plus one append', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 2000; i++) rows.push(i % 7 === 0 ? requestRow(`SR-${i}`, '2026-03-01') : requestRow(`SR-${i}`, '2026-01-04', { notifiedOn: '2026-01-10' }));
    const deps = setup(rows);
    runDailySweep(deps);
    expect(deps.register.table('cases').ops.filter((op) => op === 'readAll')).toHaveLength(0);
    expect(deps.register.table('cases').ops.filter((op) => op === 'readColumn')).toHaveLength(1);
    expect(deps.register.table('cases').ops.filter((op) => op === 'updateBlock').length).toBeLessThanOrEqual(3);
    expect(deps.register.table('outbox').ops).toEqual(['append']);
    expect(rows.filter((_, i) => i % 7 === 0).length).toBe(deps.register.table('cases').rows.filter((r) => r[MARKS_COLUMN]).length);
  });

  it('given 1,000 closed cases and 3 open ones, when the sweep runs, then it reads only the open rows and still marks them; a closed_at a person cleared is read and its state decides', () => {
    const closed = (no: string): Row => ({ ...requestRow(no, '2026-01-04'), closed_at: new Date('2026-01-20T09:00:00Z'), state: JSON.stringify({ ...JSON.parse(String(requestRow(no, '2026-01-04').state)), status: 'closed', closedAt: '2026-01-20T09:00:00Z' }) });
    const rows: Row[] = Array.from({ length: 1000 }, (_, i) => closed(`SR-C${i}`));
    rows.splice(400, 0, requestRow('SR-OPEN-1', '2026-03-01'));
    rows.push(requestRow('SR-OPEN-2', '2026-03-01'), requestRow('SR-OPEN-3', '2026-03-01'));
    // A closed case whose closed_at cell someone cleared: read again, and its closed state sends nothing.
    rows[10] = { ...rows[10], closed_at: null };
    const deps = setup(rows);
    const cases = deps.register.table('cases');
    const read = jest.spyOn(cases, 'readRows');
    deps.clock.setDay('2026-03-17');
    runDailySweep(deps);
    expect(read.mock.calls.flatMap(([numbers]) => numbers).sort((a, b) => a - b)).toEqual([12, 402, 1003, 1004]);
    expect(cases.rows.filter((r) => r[MARKS_COLUMN]).map((r) => r.case_no)).toEqual(['SR-OPEN-1', 'SR-OPEN-2', 'SR-OPEN-3']);
    expect(queued(deps.register).map((r) => r.message_id)).toEqual([`digest:2026-03-17:${OFFICER}`]);
  });

  it('given 286 cases of one officer due in 3 working days, when the sweep runs, then the digest counts them all, lists the first 40 and the rest as a number, and fits in one cell', () => {
    const deps = setup(Array.from({ length: 286 }, (_, i) => requestRow(`SR-${i}`, '2026-03-01')));
    runDailySweep(deps);
    const [row] = queued(deps.register);
    // Google Sheets holds 50,000 characters in a cell: the outbox keeps the whole mail in one.
    expect(String(row.body).length).toBeLessThan(50_000);
    const mail = mailOf(row);
    expect(mail.text).toContain('286');
    expect(mail.text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(41);
    expect(mail.text).toContain('و246 حالة أخرى');
    expect(mail.html.match(/<li>/g)).toHaveLength(41);
  });
});
