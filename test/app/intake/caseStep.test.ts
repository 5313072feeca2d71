// A submission's case through the one command handler, on in-memory fakes of the ports: what each kind of
// submission writes (and in how many writes), what the audit trail says, and that each is acknowledged once.
import { submitRequest, type IntakeDeps, type IntakeRequest } from '../../../src/app/intake/submitRequest';
import { parseState } from '../../../src/app/register/caseRecord';
import { wordsOf } from '../../../src/domain/codedError';
import type { TabKey } from '../../../src/ports';
import { t } from '../../../src/i18n';
import { organisation, type Organisation } from '../../fakes/ports';
import { sampleAnswers } from '../../fakes/answers';
import { thrown } from '../../support/thrown';

const deps = (org: Organisation): IntakeDeps => ({ ...org, formUrl: 'https://docs.google.com/forms/d/e/FORM/viewform' });

function request(org: Organisation, responseId: string | null, over: Record<string, string | string[]> = {}, actor = 'google_forms'): IntakeRequest {
  return { responseId, channel: 'google_forms', answers: { ...sampleAnswers(), ...over }, actor, receivedAt: org.clock.now() };
}

const submit = (org: Organisation, responseId: string | null, over: Record<string, string | string[]> = {}, actor?: string) =>
  submitRequest(deps(org), request(org, responseId, over, actor));

/** The writes a tab took (appends and updated blocks), from the fake's log of round trips. */
const writes = (org: Organisation, tab: TabKey) => org.register.table(tab).ops.filter((op) => op === 'append' || op === 'updateBlock');
const ackIds = (org: Organisation) => org.rows('outbox').map((r) => String(r.message_id));
const audit = (org: Organisation) => org.rows('audit').map((a) => ({ action: a.action, caseNo: a.case_no }));

describe('a new case: the decider\'s initial state loaded, the row appended once', () => {
  const org = organisation();
  const outcome = submit(org, 'r-1');

  it('writes the beneficiary and the case in one append each, and the audit in one', () => {
    expect(outcome).toMatchObject({ kind: 'created', caseNo: '1448-00001', status: 'complete' });
    expect(writes(org, 'beneficiaries')).toEqual(['append']);
    expect(writes(org, 'cases')).toEqual(['append']);
    expect(writes(org, 'audit')).toEqual(['append']);
    expect(audit(org)).toEqual([
      { action: t('audit.beneficiary_created'), caseNo: null },
      { action: t('audit.case_created'), caseNo: '1448-00001' },
    ]);
  });

  it('records the events of Receive and Complete in the row\'s state, stamped by who sent it', () => {
    expect(parseState(org.rows('cases')[0])).toMatchObject({ status: 'complete', caseId: '1448-00001', receivedBy: 'google_forms' });
  });

  it('queues one acknowledgement, sent at once', () => {
    expect(ackIds(org)).toEqual(['1448-00001:ack']);
    expect(org.mailer.delivered).toHaveLength(1);
  });
});

describe('an incomplete case completed by a second submission: the case loaded, its row updated', () => {
  const org = organisation();
  submit(org, 'r-1', { cond_course_name: '' });
  org.clock.setDay('2026-11-25', 10);
  const second = submit(org, 'r-2', { mobile: '0509876543' });

  it('updates the one case row and the one beneficiary row, appending neither', () => {
    expect(second).toMatchObject({ kind: 'updated', caseNo: '1448-00001', status: 'complete', dueDate: '2026-12-16' });
    expect(writes(org, 'cases')).toEqual(['append', 'updateBlock']);
    expect(writes(org, 'beneficiaries')).toEqual(['append', 'updateBlock']);
    expect(org.rows('beneficiaries')[0].mobile).toBe('+966509876543');
    expect(parseState(org.rows('cases')[0])).toMatchObject({ status: 'complete', completedAt: org.clock.now().toISOString() });
  });

  it('audits the completion as a transition of that case', () => {
    expect(audit(org).slice(2)).toEqual([
      { action: t('audit.beneficiary_updated'), caseNo: null },
      { action: t('audit.case_transition'), caseNo: '1448-00001' },
    ]);
  });

  it('acknowledges each submission once: received incomplete, then completed', () => {
    expect(ackIds(org)).toEqual(['1448-00001:ack', '1448-00001:ack-complete-done']);
    expect(org.mailer.delivered).toHaveLength(2);
  });

  it('a second submission still missing something keeps the case incomplete and says so', () => {
    const other = organisation();
    submit(other, 'r-1', { cond_course_name: '', cond_birth_date: '' });
    const still = submit(other, 'r-2', { cond_birth_date: '' });
    expect(still).toMatchObject({ kind: 'updated', status: 'incomplete', dueDate: null });
    expect(parseState(other.rows('cases')[0])).toMatchObject({ status: 'incomplete', missing: ['cond_birth_date'] });
    expect(ackIds(other)).toEqual(['1448-00001:ack', '1448-00001:ack-complete-still']);
  });
});

describe('a duplicate request: a new case beside the open one, flagged', () => {
  const org = organisation();
  submit(org, 'r-1');
  const second = submit(org, 'r-2');

  it('numbers it apart and flags the open case it may duplicate; the open case is left as it was', () => {
    expect(second).toMatchObject({ kind: 'created', caseNo: '1448-00002', status: 'complete' });
    expect(org.rows('cases').map((r) => r.flags)).toEqual([null, t('intake.flag.duplicateRequest', { caseNo: '1448-00001' })]);
    expect(writes(org, 'cases')).toEqual(['append', 'append']);
  });

  it('acknowledges each under its own number, once', () => {
    expect(ackIds(org)).toEqual(['1448-00001:ack', '1448-00002:ack']);
  });
});

describe('a refused step: audited with its reason, nothing written', () => {
  it('a submission nobody signed (a blank actor) leaves no beneficiary, case or message', () => {
    const org = organisation();
    const error = thrown(() => submit(org, 'r-1', {}, '  '));
    expect(wordsOf(error)).toBeTruthy();
    expect(org.rows('audit')).toEqual([expect.objectContaining({
      action: t('audit.edit_refused'), case_no: '1448-00001', details: expect.stringContaining(`${t('case.command.Receive')}، ${t('case.command.Complete')}: ${wordsOf(error)}`),
    })]);
    for (const tab of ['beneficiaries', 'cases', 'outbox'] as const) expect(writes(org, tab)).toEqual([]);
    expect(org.mailer.delivered).toEqual([]);
  });

  it('an incomplete case edited by hand into one missing nothing: the second submission changes neither row', () => {
    const org = organisation();
    submit(org, 'r-1', { cond_course_name: '' });
    const row = org.rows('cases')[0];
    row.state = JSON.stringify({ ...parseState(row), missing: [] });
    const before = { cases: structuredClone(org.rows('cases')), beneficiaries: structuredClone(org.rows('beneficiaries')) };
    const auditBefore = org.rows('audit').length;

    const error = thrown(() => submit(org, 'r-2', { mobile: '0509876543' }));
    expect(wordsOf(error)).toBeTruthy();
    expect(org.rows('cases')).toEqual(before.cases);
    expect(org.rows('beneficiaries')).toEqual(before.beneficiaries);
    expect(ackIds(org)).toEqual(['1448-00001:ack']);
    expect(org.rows('audit').slice(auditBefore)).toEqual([expect.objectContaining({
      action: t('audit.edit_refused'), case_no: '1448-00001', details: `${t('case.command.SupplyMissing')}: ${wordsOf(error)}`,
    })]);
  });
});

describe('the acknowledgement queued once', () => {
  it('a response fired again writes nothing and queues nothing: neither the first nor the completing one', () => {
    const org = organisation();
    submit(org, 'r-1', { cond_course_name: '' });
    submit(org, 'r-2');
    const counts = () => ({ cases: writes(org, 'cases').length, outbox: writes(org, 'outbox').length, mails: org.mailer.delivered.length });
    const before = counts();
    expect(submit(org, 'r-1')).toEqual({ kind: 'already_recorded', caseNo: '1448-00001' });
    expect(submit(org, 'r-2')).toEqual({ kind: 'already_recorded', caseNo: '1448-00001' });
    expect(counts()).toEqual(before);
    expect(ackIds(org)).toEqual(['1448-00001:ack', '1448-00001:ack-complete-done']);
  });

  it('a case written whose execution died before its acknowledgement: the replay queues it, once', () => {
    const org = organisation();
    // The outbox's write fails once: the case row is there, its acknowledgement is not.
    org.register.table('outbox').failNextWrite = true;
    expect(() => submit(org, 'r-1')).toThrow('Service error');
    expect(org.rows('cases')).toHaveLength(1);
    expect(ackIds(org)).toEqual([]);
    submit(org, 'r-1');
    submit(org, 'r-1');
    expect(ackIds(org)).toEqual(['1448-00001:ack']);
    expect(org.mailer.delivered).toHaveLength(1);
  });
});
