// Satisfaction responses (SAT-1, G6) on in-memory fakes of the ports: stored once on the survey they answer,
// kept as an opinion when the reference is unknown, never stored when a score is out of the scale.
import { storeSatisfactionResponse } from '../../../src/app/satisfaction/surveyResponses';
import type { SatisfactionDeps } from '../../../src/app/satisfaction/satisfactionDeps';
import { kindLabel } from '../../../src/app/satisfaction/satisfactionDeps';
import { t } from '../../../src/i18n';
import { organisation, type Organisation } from '../../fakes/ports';

const scores = (over: Record<string, string> = {}) => ({ ease: '5', speed: '4', courtesy: '٥', clarity: '3', overall: '4', comment: 'شكرًا', ...over });

/** An organisation that sent the after-service survey of case 1448-00001. */
function sent(): { org: Organisation; deps: SatisfactionDeps } {
  const org = organisation();
  org.register.table('cases').rows.push({ case_no: '1448-00001' });
  org.register.table('surveys').rows.push({ survey_ref: '1448-00001', kind: kindLabel('after_service'), case_no: '1448-00001', sent_at: org.clock.now(), responded_at: null });
  return { org, deps: { ...org, form: { formId: 'F', url: 'https://forms.example/s', items: {} } } };
}

const respond = (deps: SatisfactionDeps, org: Organisation, responseId: string, answers: Record<string, string>) =>
  storeSatisfactionResponse(deps, { responseId, answers, submittedAt: org.clock.now() });

describe('SAT-1: a beneficiary answers the after-service survey', () => {
  const { org, deps } = sent();
  const outcome = respond(deps, org, 'resp-1', { case_no: '1448-00001', ...scores() });

  it('the scores land on the survey they answer, Arabic-Indic digits read as the same number', () => {
    expect(outcome).toEqual({ kind: 'stored', ref: '1448-00001' });
    expect(org.rows('surveys')).toEqual([expect.objectContaining({ survey_ref: '1448-00001', ease: 5, courtesy: 5, clarity: 3, comment: 'شكرًا', response_id: 'resp-1' })]);
  });

  it('is audited against its case', () => {
    expect(org.rows('audit')).toEqual([expect.objectContaining({ action: t('audit.survey_response'), case_no: '1448-00001' })]);
  });

  it('the same response again (a replayed trigger) records nothing new', () => {
    expect(respond(deps, org, 'resp-1', { case_no: '1448-00001', ...scores() })).toEqual({ kind: 'already_recorded', ref: '1448-00001' });
    expect(org.rows('surveys')).toHaveLength(1);
  });

  it('a second answer to the same survey is a duplicate: the first stays, and the audit says why', () => {
    expect(respond(deps, org, 'resp-2', { case_no: '1448-00001', ...scores({ overall: '1' }) })).toEqual({ kind: 'duplicate', ref: '1448-00001' });
    expect(org.rows('surveys')[0].overall).toBe(4);
    expect(String(org.rows('audit').at(-1)?.details)).toContain(t('satisfaction.audit.duplicate'));
  });
});

describe('G6: every opinion counts, no bad data is stored', () => {
  it('an answer with an unknown reference is kept on a row of its own, tied to no case', () => {
    const { org, deps } = sent();
    expect(respond(deps, org, 'resp-9', { case_no: '1448-09999', ...scores() })).toEqual({ kind: 'stored_unlinked', ref: '1448-09999' });
    expect(org.rows('surveys')[1]).toMatchObject({ survey_ref: '1448-09999', kind: kindLabel('response_only'), case_no: null, overall: 4 });
  });

  it('a score outside the scale stores nothing and is audited as ignored', () => {
    const { org, deps } = sent();
    expect(respond(deps, org, 'resp-3', { case_no: '1448-00001', ...scores({ speed: '9' }) })).toEqual({ kind: 'invalid', ref: '1448-00001' });
    expect(org.rows('surveys')[0].responded_at).toBeNull();
    expect(String(org.rows('audit')[0].details)).toContain(t('satisfaction.audit.invalidScores'));
  });
});
