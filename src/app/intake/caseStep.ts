// A submission's case through the one command handler: the open case it completes (or the decider's initial
// state, for a new case), the commands the domain's submission rule chose, the row appended or updated, the
// case_created / case_transition line, and the acknowledgement queued through the outbox's one guarded path.
import type { CellsOf, ColumnsOnly, RowOf, Sequences } from '../../ports';
import { handleCommand, type CommandStep } from '../commandHandler';
import { caseDecider, type CaseCommand, type CaseEvent, type CaseState, type IncompleteCase } from '../../domain/case';
import { sameServiceCases, submissionCommands } from '../../domain/intake/submission';
import { requestColumns } from '../../domain/intake/columns';
import { assignOfficer } from '../../domain/intake/officer';
import type { Evaluation } from '../../domain/intake/evaluate';
import type { Profile } from '../../profiles';
import { wordsOf } from '../../domain/codedError';
import { toHijri, type IsoDate } from '../../domain/time';
import { parseState, projectState, statusLabel } from '../register/caseRecord';
import { replyDeadline } from '../cases/caseActions';
import { listLabel } from '../register/lists';
import { describeMissing, missingKeyLabel } from './missing';
import { t } from '../../i18n';
import { findBeneficiary, recordBeneficiary, type FoundBeneficiary, type RecordedBeneficiary } from './beneficiary';
import { acknowledgement } from './acknowledgement';
import type { IntakeDeps, IntakeOutcome, IntakeRequest } from './request';

/** A submission past its replay and blank checks, evaluated against the profile. */
export interface Submission {
  req: IntakeRequest;
  ev: Evaluation;
  /** The execution's clock (the row's updated_at). */
  now: Date;
  /** The day it was received, in Riyadh (the case number's Hijri year). */
  today: IsoDate;
}

/** What the step reads before deciding: who it is from, the open case it completes, the case number. */
export interface SubmissionLoaded {
  readonly state: CaseState;
  readonly caseNo: string;
  readonly beneficiary: FoundBeneficiary;
  /** The beneficiary's incomplete case for the same service, which this submission completes (or adds to). */
  readonly toComplete: { rowNumber: number; row: RowOf<'cases'>; state: IncompleteCase } | null;
  /** The flags known before deciding: a possible duplicate beneficiary, possible duplicate requests. */
  readonly flags: readonly string[];
}

/** What the step wrote: the beneficiary's row and the case's, whom the case went to and its deadline. */
export interface SubmissionSaved extends RecordedBeneficiary {
  readonly row: CellsOf<'cases'>;
  readonly officerEmail: string | null;
  readonly due: IsoDate | null;
}

/** Case numbers carry the Hijri year and a sequence that is never reused, e.g. 1448-00017; a replayed response
 *  (its id the idempotency key) gets the number it had taken. */
function nextCaseNo(sequences: Sequences, today: IsoDate, responseId: string | null): string {
  const year = toHijri(today).year;
  return `${year}-${String(sequences.next(`case_${year}`, responseId)).padStart(5, '0')}`;
}

/** The request's columns on its case row; the domain names them without the schema, so a key the cases tab lacks is
 *  a compile error here. */
const requested = (profile: Profile, ev: Evaluation): ColumnsOnly<'cases', ReturnType<typeof requestColumns>> => requestColumns(profile, ev);

const stepName = (commands: readonly CaseCommand[]) => commands.map((c) => t(`case.command.${c.type}`)).join('، ');

/** The submission's step. Nothing is written before the decider has ruled: the beneficiary is found in `load`
 *  and written in `save`, just before the case row, so a refused step leaves only its audit line. */
export function submissionStep(
  deps: IntakeDeps,
  { req, ev, now, today }: Submission,
): CommandStep<CaseCommand, CaseEvent, CaseState, undefined, SubmissionLoaded, SubmissionSaved> {
  const { config } = deps;
  const { profile } = config;
  const cases = deps.register.table('cases');
  const serviceId = ev.service?.id ?? '';
  return {
    decider: caseDecider,
    load: () => {
      const beneficiary = findBeneficiary(deps, ev);
      // The same beneficiary's open cases: an incomplete one for the same service is completed by this
      // submission; another open one for the same service is flagged as a possible duplicate request.
      const theirs = beneficiary.kind === 'same' ? cases.findAllBy('beneficiary_id', beneficiary.beneficiaryId) : [];
      const { toComplete, duplicates } = sameServiceCases(theirs.map((c) => ({ ...c, state: parseState(c.row) })), serviceId);
      const flags = [
        ...(beneficiary.kind === 'new' && beneficiary.possibleDuplicateOf ? [t('intake.flag.possibleDuplicateBeneficiary', { beneficiaryId: beneficiary.possibleDuplicateOf })] : []),
        ...duplicates.map((other) => t('intake.flag.duplicateRequest', { caseNo: String(other.row.case_no) })),
      ];
      const caseNo = toComplete ? String(toComplete.row.case_no) : nextCaseNo(deps.sequences, today, req.responseId);
      return { state: toComplete?.state ?? caseDecider.initialState, caseNo, beneficiary, toComplete, flags };
    },
    commands: ({ caseNo, toComplete }) => submissionCommands(toComplete?.state ?? null, {
      caseNo, channel: req.channel, serviceId, missing: ev.missing.map((m) => m.key), stamp: { actor: req.actor, at: req.receivedAt.toISOString() },
    }),
    context: () => undefined,
    // A submission the case decider refuses (an unsigned staff entry, a case row edited by hand into a state no
    // submission can complete): audited with the reason, nothing written; the error reaches the entry.
    refused: ({ caseNo }, commands, err) => ({
      actor: req.actor, action: 'edit_refused', caseNo, details: `${stepName(commands)}: ${wordsOf(err) ?? (err instanceof Error ? err.message : String(err))}`,
    }),
    save: ({ caseNo, beneficiary, toComplete, flags }, { state }) => {
      const { beneficiaryId, person } = recordBeneficiary(deps, req, ev, beneficiary, now);
      const officer = assignOfficer(config.staff, profile, ev.category, ev.domain);
      const deadline = replyDeadline(config, state);
      const row: CellsOf<'cases'> = {
        case_no: caseNo,
        received_at: toComplete ? toComplete.row.received_at : req.receivedAt,
        channel: listLabel('channel', req.channel),
        beneficiary_id: beneficiaryId,
        ...requested(profile, ev),
        reply_channel: listLabel('replyChannel', ev.replyChannel),
        ...deadline.columns,
        officer: officer?.email ?? (toComplete ? toComplete.row.officer : null),
        flags: [...flags, ...(officer ? [] : [t('intake.flag.noOfficer')])].join('؛ ') || null,
        updated_at: now,
        response_id: [toComplete?.row.response_id, req.responseId].filter(Boolean).join(' ') || null,
        ...projectState(state, (key) => missingKeyLabel(profile, key)),
      };
      if (toComplete) cases.update([{ rowNumber: toComplete.rowNumber, row: { ...toComplete.row, ...row } }]);
      else cases.append([row]);
      return { beneficiaryId, person, row, officerEmail: officer?.email ?? null, due: deadline.due };
    },
    audit: ({ caseNo, toComplete }, { state }, { row }) => ({
      actor: req.actor,
      action: toComplete ? 'case_transition' : 'case_created',
      caseNo,
      details: `${statusLabel(state.status)} — ${listLabel('channel', req.channel)} — ${row.national_id_masked ?? '-'}`,
    }),
    after: ({ caseNo, toComplete }, _decided, saved) => {
      deps.outbox.queueAndSend([
        acknowledgement(deps, { caseNo, ev, officerEmail: saved.officerEmail, due: saved.due, completing: !!toComplete, person: saved.person }),
      ]);
    },
  };
}

/** Records the submission's case through the handler and says what became of it. */
export function recordSubmission(deps: IntakeDeps, submission: Submission): IntakeOutcome {
  const { state, loaded, saved } = handleCommand(deps.audit, submissionStep(deps, submission));
  return {
    kind: loaded.toComplete ? 'updated' : 'created',
    caseNo: loaded.caseNo,
    status: state.status,
    missing: submission.ev.missing.map(describeMissing),
    dueDate: saved.due,
  };
}
