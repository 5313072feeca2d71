// Refusals of the complaints area as coded errors: a code, and the catalog key (cm.error.<code>) a person reads.
import { failure, type CodedError, type ErrorArgs } from '../../domain/codedError';

export type ComplaintsRefusal =
  | 'FEATURE_OFF' | 'COMPLAINT_NOT_FOUND' | 'CLAIM_NOT_FOUND' | 'NO_COMMITTEE' | 'NOT_IN_COMMITTEE' | 'NOT_STAFF' | 'NO_MEMBERS' | 'INVALID_INPUT';

export function refusal<C extends ComplaintsRefusal>(code: C, ...params: ErrorArgs<`cm.error.${C}`>): CodedError {
  return failure(code, `cm.error.${code}`, ...params);
}

export function requireFeature(on: boolean): void {
  if (!on) throw refusal('FEATURE_OFF');
}
