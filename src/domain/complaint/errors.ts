// Coded refusals of the complaint decider and their wording for entry code.
import {
  corruptHistoryParams, labelOf, noParams, refusalDescriber, refuse, refusalOf, transitionParams, type RefusalDescriber,
} from '../codedError';
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

export const complaintError = (cause: ComplaintErrorCause): Error => refuse('Complaint command', cause);

export const complaintErrorCause = (error: unknown): ComplaintErrorCause | null =>
  refusalOf<ComplaintErrorCause>(error, COMPLAINT_ERROR_CODES);

const AREA = 'policy.complaint';

/** The sentence staff read when a complaint command is refused (Arabic by default), or null for other errors. */
export const describeComplaintError: RefusalDescriber = refusalDescriber<ComplaintErrorCause>(
  `${AREA}.error`,
  COMPLAINT_ERROR_CODES,
  {
    ILLEGAL_TRANSITION: (cause, lang) => transitionParams(AREA, cause, lang),
    FIELD_REQUIRED: (cause, lang) => ({ field: labelOf(`${AREA}.field`, cause.field, lang) }),
    UNKNOWN_CHANNEL: (cause) => ({ channel: cause.channel }),
    CORRUPT_HISTORY: (cause, lang) => corruptHistoryParams(AREA, cause, lang),
    ACTOR_REQUIRED: noParams,
    INVALID_INSTANT: noParams,
  },
);
