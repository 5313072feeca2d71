// A service request arrives (form or staff entry): a replay of a recorded one changes nothing (its lost
// acknowledgement queued), a blank one is refused, and any other is noted begun, evaluated and recorded as its
// case through the one command handler (caseStep.ts), matched to its beneficiary and acknowledged.
import { evaluateRequest, isBlankSubmission } from '../../domain/intake/evaluate';
import { riyadhDate } from '../../domain/time';
import { t } from '../../i18n';
import { acknowledgeIfNeverQueued } from './acknowledgement';
import { recordSubmission } from './caseStep';
import type { IntakeDeps, IntakeOutcome, IntakeRequest } from './request';

export type { IntakeDeps, IntakeOutcome, IntakeRequest } from './request';

export function submitRequest(deps: IntakeDeps, req: IntakeRequest): IntakeOutcome {
  const { audit } = deps;
  // A second firing of the same submission changes nothing. A response the ledger says was never begun has
  // no row: its first run skips the search (a whole-column scan of the cases tab).
  const now = deps.clock.now();
  if (req.responseId && (!deps.ledger || deps.ledger.mayHaveBegun(req.responseId, req.receivedAt, now))) {
    const seen = deps.register.table('cases').findBy('response_id', req.responseId, 'contains');
    if (seen) {
      acknowledgeIfNeverQueued(deps, req, seen.row);
      return { kind: 'already_recorded', caseNo: String(seen.row.case_no) };
    }
  }
  if (isBlankSubmission(req.answers)) {
    audit.record({ actor: req.actor, action: 'edit_refused', details: `${t('intake.flag.blankSubmission')} (${req.responseId ?? '-'})` });
    audit.flush();
    return { kind: 'blank' };
  }

  // Noted before anything is written for it: a run that dies after this is searched for when replayed.
  if (req.responseId) deps.ledger?.begin(req.responseId, req.receivedAt, now);
  const today = riyadhDate(req.receivedAt);
  return recordSubmission(deps, { req, ev: evaluateRequest(req.answers, deps.config.profile, today), now, today });
}
