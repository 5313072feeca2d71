// A submission's effect on the beneficiary's cases (SR-2, EL): which open case it completes, which it may
// duplicate, and the commands that record it, for the case decider to run.
import { OPEN_STATUSES, type CaseCommand, type CaseState, type IncompleteCase, type Stamp } from '../case';

/** One of the beneficiary's cases as the rule sees it; `T` carries whatever the caller needs back (its row). */
export type TheirCase<T> = T & { readonly state: CaseState };

export interface SameService<T> {
  /** The incomplete request for the same service this submission completes (or adds to), if any. */
  readonly toComplete: TheirCase<T> & { readonly state: IncompleteCase } | null;
  /** Every other open request for the same service: a possible duplicate request, flagged, never merged. */
  readonly duplicates: ReadonlyArray<TheirCase<T>>;
}

const isOpen = (state: CaseState): boolean => (OPEN_STATUSES as readonly string[]).includes(state.status);
const serviceOf = (state: CaseState): string | null => ('serviceId' in state ? state.serviceId : null);

/** The duplicate rule: among the beneficiary's open cases for the same service, the first incomplete one is
 *  completed by this submission; the others are possible duplicates. Closed, withdrawn and other services'
 *  cases play no part. */
export function sameServiceCases<T>(cases: ReadonlyArray<TheirCase<T>>, serviceId: string): SameService<T> {
  const open = cases.filter((c) => isOpen(c.state) && serviceOf(c.state) === serviceId);
  const toComplete = (open.find((c) => c.state.status === 'incomplete') ?? null) as SameService<T>['toComplete'];
  return { toComplete, duplicates: open.filter((c) => c !== toComplete) };
}

export interface Submission {
  readonly caseNo: string;
  readonly channel: string;
  /** The requested service, '' when the form named none. */
  readonly serviceId: string;
  /** Keys of what is still missing or invalid (evaluateRequest). */
  readonly missing: readonly string[];
  readonly stamp: Stamp;
}

/** The commands that record a submission (SR-2): on an incomplete case it completes, the missing items are
 *  supplied, or the case stays incomplete with what is still missing; otherwise a new case is received, and is
 *  complete or incomplete by what it lacks. The deadline counts from completion (SR-5). */
export function submissionCommands(completing: IncompleteCase | null, s: Submission): CaseCommand[] {
  const stillMissing: CaseCommand = { type: 'MarkIncomplete', data: { missing: s.missing, ...s.stamp } };
  if (completing) {
    return s.missing.length === 0 ? [{ type: 'SupplyMissing', data: { supplied: completing.missing, ...s.stamp } }] : [stillMissing];
  }
  return [
    { type: 'Receive', data: { caseId: s.caseNo, channel: s.channel, serviceId: s.serviceId || 'unknown', ...s.stamp } },
    s.missing.length > 0 ? stillMissing : { type: 'Complete', data: s.stamp },
  ];
}
