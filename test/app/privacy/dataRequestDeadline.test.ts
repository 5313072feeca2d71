// PDPL art. 4 (Implementing Regulation art. 3(1)(a)) on every profile, against in-memory ports: a data subject's
// request left unanswered is escalated to the managers before its thirtieth day; once extended, not until the
// extension's own margin. The daily sweep run day by day, as its trigger runs it (test/e2e/dataRequests.test.ts
// shows the same on the bundle, once).
import { runDailySweep, type SweepDeps } from '../../../src/app/schedule';
import { AuditTrail } from '../../../src/app/audit';
import type { OutgoingMail, Row } from '../../../src/ports';
import { PROFILES, getProfile } from '../../../src/profiles';
import { addDays, type IsoDate } from '../../../src/domain/time';
import { DATA_REQUEST_DAYS } from '../../../src/domain/privacy/dataRequest';
import { FakeBudget, FakeClock, FakeContinuations, MemoryRegister, MemoryStore } from '../schedule/fakes';
import { config, MANAGER, OFFICER } from '../schedule/builders';

const RECEIVED = '2026-11-22' as IsoDate;
/** As a person reads it: Latin digits, the bidi isolates and marks around left-to-right tokens removed. */
const latin = (s: string): string => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u2066-\u2069\u200e\u200f]/g, '');

/** A request recorded by the officer on 22 Nov 2026 (a Sunday), unanswered; extended on `extendedOn` if given. */
function request(extendedOn?: IsoDate): Row {
  return {
    request_no: 'DR-1448-00001', status: 'مفتوح', request_kind: 'اطلاع', received_at: `${RECEIVED}T10:00:00+03:00`,
    officer: OFFICER, answered_at: '', extended_at: extendedOn ? `${extendedOn}T10:00:00+03:00` : '',
  };
}

/** Runs the sweep every day from the receipt to `lastDay`; the first day the managers' escalation is queued. */
function escalatedOn(profileId: string, row: Row, lastDay: IsoDate): IsoDate | null {
  const register = new MemoryRegister();
  register.table('data_requests').rows = [row];
  const clock = FakeClock.at(RECEIVED);
  const deps = {
    register, clock, audit: new AuditTrail(register, clock), store: new MemoryStore(), continuations: new FakeContinuations(), budget: new FakeBudget(),
    config: config(getProfile(profileId)), links: { rowLink: (_tab: string, n: number) => `https://docs.google.com/spreadsheets/d/register/edit#gid=9&range=A${n}` },
  } satisfies SweepDeps;
  for (let day = RECEIVED; day <= lastDay; day = addDays(day, 1)) {
    deps.clock.setDay(day);
    runDailySweep(deps);
    const escalation = register.table('outbox').rows
      .filter((r) => String(r.message_id).endsWith(`:${MANAGER}`))
      .map((r) => JSON.parse(String(r.body)) as OutgoingMail)
      .find((m) => latin(m.text).includes('DR-1448-00001') && m.text.includes('متأخر عن موعد الرد'));
    if (escalation) return day;
  }
  return null;
}

describe.each(Object.keys(PROFILES))('a data subject\'s request on %s', (profileId) => {
  it('left unanswered, is escalated to the managers before day 30', () => {
    const day = escalatedOn(profileId, request(), addDays(RECEIVED, DATA_REQUEST_DAYS));
    expect(day).not.toBeNull();
    expect(day! < addDays(RECEIVED, DATA_REQUEST_DAYS)).toBe(true);
  });

  it('once extended, is not escalated within the first 30 days, and is before day 60', () => {
    const extended = request(addDays(RECEIVED, 10));
    expect(escalatedOn(profileId, extended, addDays(RECEIVED, DATA_REQUEST_DAYS))).toBeNull();
    const day = escalatedOn(profileId, extended, addDays(RECEIVED, 2 * DATA_REQUEST_DAYS));
    expect(day).not.toBeNull();
    expect(day! < addDays(RECEIVED, 2 * DATA_REQUEST_DAYS)).toBe(true);
  });
});
