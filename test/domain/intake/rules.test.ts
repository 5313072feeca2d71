// Intake's rules as pure functions (SR-2, SR-3, EL, IN-1): the merge of a known beneficiary's data, the
// duplicate rule, the commands a submission runs, and who is assigned the request.
import { mergeKnown } from '../../../src/domain/intake/merge';
import { sameServiceCases, submissionCommands } from '../../../src/domain/intake/submission';
import { assignOfficer, type OfficerCandidate } from '../../../src/domain/intake/officer';
import { runCommands } from '../../../src/domain/decider';
import { caseDecider, type CaseState } from '../../../src/domain/case';
import { esrar } from '../../../src/profiles/esrar';

const stamp = { actor: 'google_forms', at: '2026-11-22T06:00:00.000Z' };
const later = { actor: 'google_forms', at: '2026-11-25T07:00:00.000Z' };
const receive = (serviceId: string, missing: string[] = []): CaseState =>
  runCommands(caseDecider, caseDecider.initialState, submissionCommands(null, { caseNo: 'C-1', channel: 'google_forms', serviceId, missing, stamp }), undefined).state;

describe('IN-3: a known beneficiary submits again', () => {
  it('newer contact data replaces the older', () => {
    expect(mergeKnown({ mobile: '+966501234567', email: 'old@example.com' }, { mobile: '+966509876543', email: 'new@example.com' }))
      .toEqual({ mobile: '+966509876543', email: 'new@example.com' });
  });

  it('a blank or invalid answer (null, empty) never erases what is known', () => {
    expect(mergeKnown({ mobile: '+966501234567', email: 'old@example.com', full_name: 'فاطمة' }, { mobile: null, email: '', full_name: '' }))
      .toEqual({ mobile: '+966501234567', email: 'old@example.com', full_name: 'فاطمة' });
  });

  it('a field neither known nor answered is empty, and fields the submission does not carry are left alone', () => {
    expect(mergeKnown<'email' | 'mobile'>({ mobile: '+966501234567' }, { email: null, mobile: null })).toEqual({ email: null, mobile: '+966501234567' });
  });
});

describe('SR-2: what a submission records', () => {
  it('a new complete request is received and complete at once: its deadline counts from now (SR-5)', () => {
    const state = receive('training_course');
    expect(state).toMatchObject({ status: 'complete', caseId: 'C-1', serviceId: 'training_course', completedAt: stamp.at });
  });

  it('a new request lacking items is a state of its own with the list of what is missing', () => {
    expect(receive('training_course', ['national_id', 'cond_course_name'])).toMatchObject({ status: 'incomplete', missing: ['national_id', 'cond_course_name'] });
  });

  it('a request naming no service is recorded as the unknown service, never dropped', () => {
    expect(receive('', ['service'])).toMatchObject({ status: 'incomplete', serviceId: 'unknown' });
  });

  it('completing an incomplete case supplies its missing items: it becomes complete, the clock starting then', () => {
    const before = receive('training_course', ['cond_course_name']);
    if (before.status !== 'incomplete') throw new Error('expected an incomplete case');
    const commands = submissionCommands(before, { caseNo: 'C-1', channel: 'google_forms', serviceId: 'training_course', missing: [], stamp: later });
    expect(commands).toEqual([{ type: 'SupplyMissing', data: { supplied: ['cond_course_name'], ...later } }]);
    expect(runCommands(caseDecider, before, commands, undefined).state).toMatchObject({ status: 'complete', completedAt: later.at });
  });

  it('a second submission still lacking items keeps the case incomplete with what is still missing', () => {
    const before = receive('training_course', ['cond_course_name', 'mobile']);
    if (before.status !== 'incomplete') throw new Error('expected an incomplete case');
    const { state } = runCommands(caseDecider, before, submissionCommands(before, { caseNo: 'C-1', channel: 'google_forms', serviceId: 'training_course', missing: ['mobile'], stamp: later }), undefined);
    expect(state).toMatchObject({ status: 'incomplete', missing: ['mobile'] });
  });
});

describe('EL: duplicate requests are detected, never merged blindly', () => {
  const withdrawn = runCommands(caseDecider, receive('training_course'), [{ type: 'Withdraw', data: { reason: 'لم يعد بحاجة', ...later } }], undefined).state;
  const cases = [
    { no: 'closed-before', state: withdrawn },
    { no: 'other-service', state: receive('marketing_booth', ['mobile']) },
    { no: 'open-complete', state: receive('training_course') },
    { no: 'open-incomplete', state: receive('training_course', ['mobile']) },
    { no: 'second-incomplete', state: receive('training_course', ['email']) },
  ];

  it('the first incomplete request for the same service is the one the submission completes', () => {
    expect(sameServiceCases(cases, 'training_course').toComplete?.no).toBe('open-incomplete');
  });

  it('every other open request for the same service is a possible duplicate; withdrawn ones and other services are not', () => {
    expect(sameServiceCases(cases, 'training_course').duplicates.map((c) => c.no)).toEqual(['open-complete', 'second-incomplete']);
  });

  it('a beneficiary with no open request for the service has nothing to complete and no duplicate', () => {
    expect(sameServiceCases(cases, 'consultation')).toEqual({ toComplete: null, duplicates: [] });
  });
});

describe('IN-1 / SR-3: a contact officer per category and domain', () => {
  const officer = (email: string, categories: string[] = [], domains: string[] = [], role = 'officer'): OfficerCandidate => ({ email, role, categories, domains });
  const staff = [
    officer('manager@example.com', [], [], 'manager'),
    officer('any@example.com'),
    officer('families@example.com', ['productive_families']),
    officer('families-training@example.com', ['الأسر المنتجة'], ['training']),
    officer('partners@example.com', ['partners']),
  ];

  it('the officer covering both the category and the domain wins over one covering only the category', () => {
    expect(assignOfficer(staff, esrar, 'productive_families', 'training')?.email).toBe('families-training@example.com');
  });

  it('a category named by its Arabic name in the staff tab counts as its id', () => {
    expect(assignOfficer([officer('x@example.com', ['الأسر المنتجة'])], esrar, 'productive_families', null)?.email).toBe('x@example.com');
  });

  it('an officer listing nothing covers every request, least specifically', () => {
    expect(assignOfficer(staff, esrar, 'volunteers', 'marketing')?.email).toBe('any@example.com');
  });

  it('an officer whose list excludes the request is never assigned it, and a manager is never the officer', () => {
    expect(assignOfficer([officer('partners@example.com', ['partners']), officer('manager@example.com', [], [], 'manager')], esrar, 'productive_families', null)).toBeNull();
  });
});
