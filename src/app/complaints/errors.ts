// Refusals of the complaints area as coded errors carrying their Arabic sentence, and the domain's refusals put into Arabic.
import { describeComplaintError } from '../../domain/complaint';
import { describeClaimError } from '../../domain/compensation';
import { t, type MessageKey } from '../../i18n';

export type ComplaintsRefusal =
  | 'FEATURE_OFF' | 'COMPLAINT_NOT_FOUND' | 'CLAIM_NOT_FOUND' | 'NO_COMMITTEE' | 'NOT_IN_COMMITTEE' | 'NOT_STAFF' | 'NO_MEMBERS' | 'INVALID_INPUT';

export function refusal(code: ComplaintsRefusal, params: Record<string, string> = {}): Error {
  return new Error(t(`cm.error.${code}` as MessageKey, params), { cause: { code } });
}

/** Runs `work`; a complaint or claim refusal comes out with its Arabic sentence and the same code. */
export function inArabic<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    const sentence = describeComplaintError(err) ?? describeClaimError(err);
    if (sentence === null) throw err;
    throw new Error(sentence, { cause: (err as Error).cause });
  }
}

export function requireFeature(on: boolean): void {
  if (!on) throw refusal('FEATURE_OFF');
}
