// Satisfaction (SAT, G5, G6): one survey per case off the weekend, periodic surveys, the survey text, scores, staff logs.
import {
  addMonths,
  afterServiceSurvey,
  fieldActivityRecord,
  offWeekend,
  periodicSurvey,
  scoreAnswers,
  surveyForm,
  SATISFACTION_ITEMS,
  type SentSurvey,
} from '../../../src/domain/satisfaction';
import type { IsoDate } from '../../../src/domain/time';
import { esrar } from '../../../src/profiles/esrar';
import { rusookh } from '../../../src/profiles/rusookh';
import { wordsOf } from '../../../src/domain/codedError';

const d = (iso: string): IsoDate => iso as IsoDate;
const stamp = { actor: 'noura@esrar.org.sa', at: '2025-03-02T09:00:00Z' };
const failure = (run: () => unknown): unknown => { try { run(); return null; } catch (e) { return e; } };

describe('the survey after a service (SAT-1, G5)', () => {
  const served = { caseId: 'R-1001', deliveredOn: d('2025-03-02') }; // a Sunday

  it('given a service delivered on Sunday and a delay of three days, then the survey goes on Wednesday, not before', () => {
    expect(afterServiceSurvey(served, [], 3, d('2025-03-04'))).toEqual({ action: 'wait', on: '2025-03-05' });
    expect(afterServiceSurvey(served, [], 3, d('2025-03-05'))).toEqual({ action: 'send', on: '2025-03-05' });
  });

  it('given the delay ends on a Friday or a Saturday, then the survey waits for Sunday', () => {
    expect(afterServiceSurvey({ ...served, deliveredOn: d('2025-03-04') }, [], 3, d('2025-03-07'))).toEqual({ action: 'wait', on: '2025-03-09' });
    expect(offWeekend(d('2025-03-08'))).toBe('2025-03-09');
    expect(offWeekend(d('2025-03-09'))).toBe('2025-03-09');
  });

  it('given a survey already sent for the case, when the trigger runs again, then a second survey is never sent', () => {
    const sent: SentSurvey[] = [{ kind: 'after_service', caseId: 'R-1001', sentOn: d('2025-03-05') }];
    expect(afterServiceSurvey(served, sent, 3, d('2025-03-20'))).toEqual({ action: 'skip', reason: 'already_sent' });
    expect(afterServiceSurvey({ ...served, caseId: 'R-1002' }, sent, 3, d('2025-03-20'))).toEqual({ action: 'send', on: '2025-03-05' });
  });

  it('given a case not yet delivered, then no survey is planned', () => {
    expect(afterServiceSurvey({ caseId: 'R-9', deliveredOn: null }, [], 3, d('2025-03-20'))).toEqual({ action: 'skip', reason: 'not_delivered' });
  });
});

describe('the periodic survey (SAT-1)', () => {
  it('given none was ever sent, then it is due today (or the next Sunday)', () => {
    expect(periodicSurvey([], 6, d('2025-03-03'))).toEqual({ action: 'send', on: '2025-03-03' });
    expect(periodicSurvey([], 6, d('2025-03-07'))).toEqual({ action: 'wait', on: '2025-03-09' });
  });

  it('given none was ever sent and the register started on 22 Nov 2026, then the first is due six months on, not before', () => {
    expect(periodicSurvey([], 6, d('2026-11-23'), d('2026-11-22'))).toEqual({ action: 'wait', on: '2027-05-23' });
    expect(periodicSurvey([], 6, d('2027-05-23'), d('2026-11-22'))).toEqual({ action: 'send', on: '2027-05-23' });
  });

  it('given one sent on 31 August, then the next is six months later on the last day of February, moved off the weekend', () => {
    const sent: SentSurvey[] = [{ kind: 'periodic', sentOn: d('2024-08-31') }, { kind: 'after_service', caseId: 'X', sentOn: d('2025-02-01') }];
    expect(addMonths(d('2024-08-31'), 6)).toBe('2025-02-28');
    expect(periodicSurvey(sent, 6, d('2025-02-27'))).toEqual({ action: 'wait', on: '2025-03-02' }); // 28 Feb 2025 is a Friday
    expect(periodicSurvey(sent, 6, d('2025-03-02'))).toEqual({ action: 'send', on: '2025-03-02' });
  });
});

describe('what the survey says (G6)', () => {
  it('given the survey, then it opens by saying rating the service is the right of the beneficiary, not for punishment', () => {
    const form = surveyForm(esrar, 'after_service');
    expect(form.title).toBe(`استبانة قياس رضا المستفيد عن الخدمة — ${esrar.name.ar}`);
    expect(form.description.split('\n')[0]).toBe('تقييم جودة الخدمة حق من حقوق المستفيد حيث أنها أداة للتقويم والتطوير لا للعقاب والتشهير.');
    expect(form.items.map((i) => i.key)).toEqual([...SATISFACTION_ITEMS]);
    expect(surveyForm(esrar, 'periodic', 'en').description).toContain('not for punishment or defamation');
  });
});

describe('scores (feeding the managers\' summary)', () => {
  it('given answers with blanks and Arabic digits, then averages count only the answers given', () => {
    const scores = scoreAnswers(['speed', 'overall'], [{ speed: 5, overall: '٤' }, { speed: '', overall: 3 }, { speed: '2', overall: null }]);
    expect(scores).toEqual({
      responses: 3,
      items: [{ key: 'speed', average: 3.5, count: 2 }, { key: 'overall', average: 3.5, count: 2 }],
      overall: 3.5,
    });
  });

  it('given no answers, then the averages are empty rather than zero', () => {
    expect(scoreAnswers(['speed'], [])).toEqual({ responses: 0, items: [{ key: 'speed', average: null, count: 0 }], overall: null });
  });

  it('given an answer of 7, then it is refused naming the item', () => {
    const error = failure(() => scoreAnswers(['speed'], [{ speed: 7 }]));
    expect(wordsOf(error)).toBe('الإجابة «7» على البند «\u2068speed\u2069» ليست من ١ إلى ٥.');
  });
});

describe('staff logs of field surveys, visits and interviews (SAT-2…4)', () => {
  const visit = { kind: 'supervisory_visit', date: '2025-03-04', place: 'مكتب المبرز', participants: 4, findings: 'الانتظار طويل' };

  it('given Esrar lists supervisory visits, when one is logged, then the record keeps who logged it', () => {
    expect(fieldActivityRecord(visit, stamp, esrar)).toEqual({
      kind: 'supervisory_visit', date: '2025-03-04', place: 'مكتب المبرز', participants: 4, findings: 'الانتظار طويل',
      recordedBy: stamp.actor, recordedAt: stamp.at,
    });
  });

  it('given a policy without that method, when a visit is logged, then it is refused', () => {
    expect(wordsOf(failure(() => fieldActivityRecord(visit, stamp, rusookh))))
      .toBe('هذه الوسيلة ليست من وسائل قياس الرضا في سياسة الجهة.');
  });

  it.each([
    ['an unknown kind', { kind: 'party' }, 'UNKNOWN_ACTIVITY'],
    ['a bad date', { date: '4/3/2025' }, 'INVALID_DATE'],
    ['no findings', { findings: ' ' }, 'FIELD_REQUIRED'],
    ['no place', { place: '' }, 'FIELD_REQUIRED'],
    ['a negative count', { participants: -1 }, 'INVALID_NUMBER'],
  ])('given %s, then the log is refused', (_label, change, code) => {
    expect(failure(() => fieldActivityRecord({ ...visit, ...change }, stamp, esrar))).toMatchObject({ cause: { code } });
  });

  it('given no actor, then the log is refused', () => {
    expect(failure(() => fieldActivityRecord(visit, { ...stamp, actor: '' }, esrar))).toMatchObject({ cause: { code: 'ACTOR_REQUIRED' } });
  });
});
