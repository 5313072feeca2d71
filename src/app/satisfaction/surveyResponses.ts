// A satisfaction response arrives: its scores are stored on the survey it answers (tied to the case by the
// prefilled reference), once; a response without a known reference is kept on a row of its own.
import type { CellsOf, Row } from '../../ports';
import type { Answers } from '../../ports/forms';
import { SATISFACTION_ITEMS, scoreAnswers } from '../../domain/satisfaction';
import { SURVEY_REF_KEY } from './satisfactionForm';
import { kindLabel, type SatisfactionDeps } from './satisfactionDeps';
import { t } from '../../i18n';

export type SurveyResponseOutcome = { kind: 'stored' | 'stored_unlinked' | 'already_recorded' | 'duplicate' | 'invalid'; ref: string };

export function storeSatisfactionResponse(deps: SatisfactionDeps, req: { responseId: string; answers: Answers; submittedAt: Date }): SurveyResponseOutcome {
  const answer = (key: string) => String(req.answers[key] ?? '').trim();
  const ref = answer(SURVEY_REF_KEY);
  const log = deps.register.table('surveys');
  if (log.findBy('response_id', req.responseId)) return { kind: 'already_recorded', ref };
  const ignore = (kind: SurveyResponseOutcome['kind'], why: string): SurveyResponseOutcome => {
    deps.audit.record({ actor: 'google_forms', action: 'edit_refused', details: t('satisfaction.audit.ignored', { ref: ref || '—', why }) });
    deps.audit.flush();
    return { kind, ref };
  };
  let scores: Row;
  try {
    const scored = scoreAnswers(SATISFACTION_ITEMS, [req.answers as Record<string, string>]);
    scores = Object.fromEntries(scored.items.map((i) => [i.key, i.average]));
  } catch {
    return ignore('invalid', t('satisfaction.audit.invalidScores'));
  }
  const answered: CellsOf<'surveys'> = { ...scores, comment: answer('comment') || null, responded_at: req.submittedAt, response_id: req.responseId };
  const survey = ref ? log.findBy('survey_ref', ref) : null;
  if (survey?.row.responded_at) return ignore('duplicate', t('satisfaction.audit.duplicate'));
  if (survey) {
    log.update([{ rowNumber: survey.rowNumber, row: { ...survey.row, ...answered } }]);
  } else {
    // The form is public: an answer with no reference (or a mistyped one) still counts as an opinion.
    const caseHit = ref ? deps.register.table('cases').findBy('case_no', ref) : null;
    log.append([{ survey_ref: ref || null, kind: kindLabel('response_only'), case_no: caseHit ? ref : null, ...answered }]);
  }
  deps.audit.record({ actor: 'google_forms', action: 'survey_response', caseNo: survey?.row.case_no ? String(survey.row.case_no) : undefined, details: ref || '—' });
  deps.audit.flush();
  return { kind: survey ? 'stored' : 'stored_unlinked', ref };
}
