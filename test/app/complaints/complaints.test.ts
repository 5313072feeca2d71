// Complaints (CM-1, CM-3) on in-memory fakes of the ports: received, numbered and acknowledged; taken by the
// follow-up committee through the one command handler; the complainant told the outcome on their channel.
import { complaintStep, followUpCommittee, parseComplaint, receiveComplaint, complaintStatusLabel, type ComplaintIntake } from '../../../src/app/complaints/complaints';
import type { ComplaintCommand } from '../../../src/domain/complaint';
import { t } from '../../../src/i18n';
import { organisation, FOLLOW, OFFICER, type Organisation } from '../../fakes/ports';
import { wordsThrown } from '../../fakes/words';

const complaint = (org: Organisation, over: Partial<ComplaintIntake> = {}): ComplaintIntake => ({
  responseId: 'c-1', channel: 'form', caseNo: '١٤٤٨-٠٠٠٠٢', complainant: 'سلمى العنزي', mobile: '0501234567', email: 'salma@example.com',
  replyChannel: 'email', summary: 'تأخر الرد على طلبي', actor: 'google_forms', receivedAt: org.clock.now(), ...over,
});

function received(): { org: Organisation; no: string } {
  const org = organisation();
  const outcome = receiveComplaint(org, complaint(org));
  return { org, no: outcome.complaintNo };
}

const step = (org: Organisation, no: string, actor: string, build: (s: { actor: string; at: string }) => ComplaintCommand) =>
  complaintStep(org, no, actor, (stamp) => build(stamp));

describe('CM-1: a complaint is received', () => {
  const { org, no } = received();

  it('is numbered C-<Hijri year>-n and given its due date; a case number in Arabic-Indic digits is kept in Latin', () => {
    expect(no).toBe('C-1448-00001');
    const [row] = org.rows('complaints');
    expect(row).toMatchObject({ complaint_no: no, case_no: '1448-00002', status: complaintStatusLabel('received') });
    expect(row.due_date).toBeInstanceOf(Date);
  });

  it('is acknowledged to the complainant by e-mail with its number', () => {
    expect(org.mailer.delivered).toHaveLength(1);
    expect(org.mailer.delivered[0]).toMatchObject({ to: 'salma@example.com' });
    expect(org.mailer.delivered[0].subject).toContain(no);
  });

  it('the same form response again records nothing new', () => {
    expect(receiveComplaint(org, complaint(org))).toMatchObject({ kind: 'already_recorded', complaintNo: no });
    expect(org.rows('complaints')).toHaveLength(1);
  });
});

describe('CM-1, CM-3: the follow-up committee settles it and the complainant is told', () => {
  const { org, no } = received();
  const committee = followUpCommittee(org.config);
  step(org, no, OFFICER, (s) => ({ type: 'AssignToCommittee', data: { committee, ...s } }));
  step(org, no, FOLLOW, (s) => ({ type: 'StartInvestigation', data: { ...s } }));
  step(org, no, FOLLOW, (s) => ({ type: 'RecordResolution', data: { settled: true, resolution: 'اعتذرنا وأنجزنا الطلب', ...s } }));
  const told = step(org, no, OFFICER, (s) => ({ type: 'NotifyComplainant', data: { channel: 'email', ...s } }));

  it('each step is written back to the complaint row', () => {
    expect(told.status).toBe(complaintStatusLabel('complainant_notified'));
    const [row] = org.rows('complaints');
    expect(parseComplaint(row)).toMatchObject({ status: 'complainant_notified', settled: true, committee });
    expect(row).toMatchObject({ committee, resolution: 'اعتذرنا وأنجزنا الطلب' });
  });

  it('each step leaves an audit line from the status it left to the one it reached', () => {
    const steps = org.rows('audit').filter((a) => a.action === t('audit.complaint_transition')).map((a) => String(a.details));
    expect(steps).toEqual([
      `${complaintStatusLabel('received')} → ${complaintStatusLabel('assigned')}`,
      `${complaintStatusLabel('assigned')} → ${complaintStatusLabel('under_investigation')}`,
      `${complaintStatusLabel('under_investigation')} → ${complaintStatusLabel('settled')}`,
      `${complaintStatusLabel('settled')} → ${complaintStatusLabel('complainant_notified')}`,
    ]);
  });

  it('the outcome goes to the complainant once, with the resolution', () => {
    expect(org.mailer.delivered).toHaveLength(2);
    expect(org.mailer.delivered[1].subject).toContain(no);
    expect(org.mailer.delivered[1].text).toContain('اعتذرنا وأنجزنا الطلب');
  });
});

describe('CM-1: refusals change nothing', () => {
  it('a step out of order is refused in Arabic and leaves the row and the audit as they were', () => {
    const { org, no } = received();
    const before = { ...org.rows('complaints')[0] };
    const audited = org.rows('audit').length;
    expect(wordsThrown(() => step(org, no, FOLLOW, (s) => ({ type: 'RecordResolution', data: { settled: false, resolution: 'x', ...s } })))).toMatch(/[\u0600-\u06FF]/);
    expect(org.rows('complaints')[0]).toEqual(before);
    expect(org.rows('audit')).toHaveLength(audited);
  });

  it('a committee member may not assign the complaint: that is the officer\'s step', () => {
    const { org, no } = received();
    expect(wordsThrown(() => step(org, no, FOLLOW, (s) => ({ type: 'AssignToCommittee', data: { committee: followUpCommittee(org.config), ...s } })))).toMatch(/لا يسمح دورك/);
    expect(parseComplaint(org.rows('complaints')[0]).status).toBe('received');
  });
});
