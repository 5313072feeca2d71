// The service request use case (SR, EL, IN) on in-memory fakes of the ports: what the register holds, who
// is told what, and what the audit trail says, after each kind of submission.
import { submitRequest, type IntakeDeps, type IntakeRequest } from '../../../src/app/intake/submitRequest';
import { parseState } from '../../../src/app/register/caseRecord';
import { t } from '../../../src/i18n';
import { organisation, member, OFFICER, type Organisation } from '../../fakes/ports';
import { sampleAnswers } from '../../fakes/answers';

const answers = (over: Record<string, string | string[]> = {}): IntakeRequest['answers'] => ({ ...sampleAnswers(), ...over });

function deps(org: Organisation): IntakeDeps {
  return { ...org, formUrl: 'https://docs.google.com/forms/d/e/FORM/viewform' };
}

function submit(org: Organisation, over: Record<string, string | string[]> = {}, responseId: string | null = `r-${org.rows('cases').length + 1}`) {
  return submitRequest(deps(org), { responseId, channel: 'google_forms', answers: answers(over), actor: 'google_forms', receivedAt: org.clock.now() });
}

const states = (org: Organisation) => org.rows('cases').map(parseState);
const auditActions = (org: Organisation) => org.rows('audit').map((a) => a.action);

describe('SR-2, SR-5: a complete request', () => {
  const org = organisation();
  const outcome = submit(org);

  it('becomes a complete case numbered in the Hijri year, its deadline 15 working days after completion', () => {
    expect(outcome).toMatchObject({ kind: 'created', caseNo: '1448-00001', status: 'complete', missing: [], dueDate: '2026-12-13' });
    expect(states(org)).toEqual([expect.objectContaining({ status: 'complete', caseId: '1448-00001', serviceId: 'training_course' })]);
  });

  it('registers the beneficiary once, the phone in international form, the ID masked in the case row (RB-2)', () => {
    expect(org.rows('beneficiaries')).toEqual([expect.objectContaining({ beneficiary_id: 'B-000001', mobile: '+966501234567', national_id: '1000000008' })]);
    expect(org.rows('cases')[0].national_id_masked).toBe('1••••••008');
  });

  it('acknowledges by e-mail, the agreed channel, with the case number', () => {
    expect(org.mailer.delivered).toHaveLength(1);
    expect(org.mailer.delivered[0].to).toBe('fatimah@example.com');
    expect(org.mailer.delivered[0].subject).toContain('1448-00001');
  });

  it('audits the beneficiary and the case without the full national ID (RB-2)', () => {
    expect(auditActions(org)).toEqual([t('audit.beneficiary_created'), t('audit.case_created')]);
    expect(JSON.stringify(org.rows('audit'))).not.toContain('1000000008');
  });
});

describe('SR-2: an incomplete request, completed by a second submission', () => {
  const org = organisation();
  const first = submit(org, { cond_course_name: '' });
  org.clock.setDay('2026-11-25', 10);
  const second = submit(org, {}, 'r-2');

  it('is first recorded incomplete, saying what is missing, with no deadline yet', () => {
    expect(first).toMatchObject({ kind: 'created', status: 'incomplete', dueDate: null });
    expect(first.kind === 'created' && first.missing.join()).toContain('اسم الدورة');
    expect(org.mailer.delivered[0].text).toContain('اسم الدورة');
    expect(org.mailer.delivered[0].text).toContain(t('mail.ack.incomplete'));
  });

  it('is completed on the same case, and the clock starts at completion: 25 Nov + 15 working days', () => {
    expect(second).toMatchObject({ kind: 'updated', caseNo: '1448-00001', status: 'complete', dueDate: '2026-12-16' });
    expect(org.rows('cases')).toHaveLength(1);
    expect(org.rows('cases')[0].response_id).toBe('r-1 r-2');
  });
});

describe('EL: duplicate requests are flagged, never merged blindly', () => {
  it('a second complete request for the same open service is a new case flagged as a possible duplicate', () => {
    const org = organisation();
    submit(org);
    submit(org, {}, 'r-2');
    const [first, second] = org.rows('cases');
    expect(second.flags).toBe(t('intake.flag.duplicateRequest', { caseNo: String(first.case_no) }));
  });

  it('another person bearing the same name is registered apart, flagged as a possible duplicate beneficiary', () => {
    const org = organisation();
    submit(org);
    submit(org, { national_id: '1000000016', mobile: '0509876543', email: 'other@example.com' }, 'r-2');
    const people = org.rows('beneficiaries');
    expect(people.map((b) => b.beneficiary_id)).toEqual(['B-000001', 'B-000002']);
    expect(people[1].possible_duplicate_of).toBe('B-000001');
    expect(org.rows('cases')[1].flags).toContain('B-000001');
  });
});

describe('IN-3: a known beneficiary submits again', () => {
  const org = organisation();
  submit(org);
  submit(org, { mobile: '0509876543', email: '', reply_channel: 'رسالة نصية', service: 'تسجيل أسرة منتجة' }, 'r-2');

  it('the new mobile replaces the old; the blank e-mail keeps the known one', () => {
    expect(org.rows('beneficiaries')).toHaveLength(1);
    expect(org.rows('beneficiaries')[0]).toMatchObject({ mobile: '+966509876543', email: 'fatimah@example.com' });
    expect(auditActions(org)).toContain(t('audit.beneficiary_updated'));
  });
});

describe('IN-1: the contact officer by category and domain', () => {
  it('the officer covering the category is assigned', () => {
    const org = organisation({ staff: [member('any@example.com', 'أي', 'officer'), member(OFFICER, 'نورة', 'officer', { categories: ['productive_families'] })] });
    submit(org);
    expect(org.rows('cases')[0].officer).toBe(OFFICER);
  });

  it('no officer covering the request: the case is flagged for the manager', () => {
    const org = organisation({ staff: [member(OFFICER, 'نورة', 'officer', { categories: ['partners'] })] });
    submit(org);
    expect(org.rows('cases')[0]).toMatchObject({ officer: null, flags: t('intake.flag.noOfficer') });
  });
});

describe('a trigger safe to run twice', () => {
  it('the same response again changes nothing: one case, one acknowledgement', () => {
    const org = organisation();
    submit(org, {}, 'r-1');
    expect(submit(org, {}, 'r-1')).toEqual({ kind: 'already_recorded', caseNo: '1448-00001' });
    expect(org.rows('cases')).toHaveLength(1);
    expect(org.mailer.delivered).toHaveLength(1);
  });

  it('a replay after the execution died before the acknowledgement was queued queues it now', () => {
    const org = organisation();
    submit(org, {}, 'r-1');
    org.register.table('outbox').rows.length = 0;
    org.mailer.delivered.length = 0;
    submit(org, {}, 'r-1');
    expect(org.mailer.delivered).toHaveLength(1);
    expect(org.rows('outbox')[0].message_id).toContain('1448-00001:ack');
  });

  it('a blank submission (Google fires one now and then) records no case and says so in the audit', () => {
    const org = organisation();
    expect(submitRequest(deps(org), { responseId: 'r-9', channel: 'google_forms', answers: {}, actor: 'google_forms', receivedAt: org.clock.now() })).toEqual({ kind: 'blank' });
    expect(org.rows('cases')).toEqual([]);
    expect(auditActions(org)).toEqual([t('audit.edit_refused')]);
  });
});
