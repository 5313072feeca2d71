// Coded refusals of the complaint decider, each with the catalog key and parameters a person reads it by.
import { corruptHistoryParams, label, noParams, refusalOf, refusals, transitionParams, type CodedError } from '../codedError';
import type { ComplaintCommandType, ComplaintStatus } from './types';

export const COMPLAINT_ERROR_CODES = [
  'ILLEGAL_TRANSITION', 'FIELD_REQUIRED', 'UNKNOWN_CHANNEL', 'ACTOR_REQUIRED', 'INVALID_INSTANT', 'CORRUPT_HISTORY',
] as const;
export type ComplaintErrorCode = (typeof COMPLAINT_ERROR_CODES)[number];
export type ComplaintField = 'complaintId' | 'summary' | 'committee' | 'resolution' | 'channel';

export type ComplaintErrorCause =
  | { code: 'ILLEGAL_TRANSITION'; from: ComplaintStatus; command: ComplaintCommandType }
  | { code: 'FIELD_REQUIRED'; field: ComplaintField }
  | { code: 'UNKNOWN_CHANNEL'; channel: string }
  | { code: 'CORRUPT_HISTORY'; from: ComplaintStatus; event: string }
  | { code: 'ACTOR_REQUIRED' | 'INVALID_INSTANT' };

export const complaintErrorCause = (error: unknown): ComplaintErrorCause | null =>
  refusalOf<ComplaintErrorCause>(error, COMPLAINT_ERROR_CODES);

const AREA = 'policy.complaint';

/** A complaint command's refusal, worded by `policy.complaint.error.<code>`. */
export const complaintError: (cause: ComplaintErrorCause) => CodedError = refusals<ComplaintErrorCause, `${typeof AREA}.error`>(
  'Complaint command',
  `${AREA}.error`,
  {
    ILLEGAL_TRANSITION: (cause) => transitionParams(AREA, cause),
    FIELD_REQUIRED: (cause) => ({ field: label(`${AREA}.field.${cause.field}`) }),
    UNKNOWN_CHANNEL: (cause) => ({ channel: cause.channel }),
    CORRUPT_HISTORY: (cause) => corruptHistoryParams(AREA, cause),
    ACTOR_REQUIRED: noParams,
    INVALID_INSTANT: noParams,
  },
);
