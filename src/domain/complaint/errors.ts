// Coded refusals of the complaint decider and their wording for entry code.
import { t, type Lang, type MessageKey } from '../../i18n';
import { refuse, refusalOf } from './refusal';
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

/** The sentence staff read when a complaint command is refused (Arabic by default), or null for other errors. */
export function describeComplaintError(error: unknown, lang: Lang = 'ar'): string | null {
  const cause = complaintErrorCause(error);
  if (!cause) return null;
  const key = `policy.complaint.error.${cause.code}` as MessageKey;
  switch (cause.code) {
    case 'ILLEGAL_TRANSITION':
      return t(key, {
        from: t(`policy.complaint.status.${cause.from}` as MessageKey, {}, lang),
        command: t(`policy.complaint.command.${cause.command}` as MessageKey, {}, lang),
      }, lang);
    case 'FIELD_REQUIRED':
      return t(key, { field: t(`policy.complaint.field.${cause.field}` as MessageKey, {}, lang) }, lang);
    case 'UNKNOWN_CHANNEL':
      return t(key, { channel: cause.channel }, lang);
    case 'CORRUPT_HISTORY':
      return t(key, { from: t(`policy.complaint.status.${cause.from}` as MessageKey, {}, lang), event: cause.event }, lang);
    case 'ACTOR_REQUIRED':
    case 'INVALID_INSTANT':
      return t(key, {}, lang);
    default: {
      const _exhaustive: never = cause;
      return _exhaustive;
    }
  }
}
