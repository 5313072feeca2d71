// Values every seed profile shares: committee roles, beneficiary types, reminders, survey timing.
import type { BeneficiaryTypeId, DeadlineRule } from './schema';

/** The roles signed on committee minutes. */
export const COMMITTEE_ROLES = ['رئيس اللجنة', 'عضو', 'مقرر'];

export const BENEFICIARY_TYPE_LABELS: Record<BeneficiaryTypeId, string> = {
  individual: 'فرد',
  family: 'أسرة',
  legal_entity: 'جهة اعتبارية',
};

export function beneficiaryTypes(...ids: BeneficiaryTypeId[]): { id: BeneficiaryTypeId; labelAr: string }[] {
  return ids.map((id) => ({ id, labelAr: BENEFICIARY_TYPE_LABELS[id] }));
}

/** Reminders three and one working days before the reply deadline. */
export const REMINDERS = { beforeWorkingDays: [3, 1] };

/** "Two weeks" in 000, 001, 003 and 004 (SR-5) read as fourteen calendar days. */
export const TWO_WEEKS: DeadlineRule = { kind: 'calendar_days', days: 14 };

/**
 * No seed gives a number for complaints ("سرعة معالجتها" only): five working days is the
 * software's default, which each organisation may change in its profile.
 */
export const DEFAULT_COMPLAINT_DEADLINE: DeadlineRule = { kind: 'working_days', days: 5 };

/** G5 in every seed: a survey a few days after service and a periodic one twice a year. */
export const PERIODIC_SURVEY = { afterServiceDelayDays: 3, periodicMonths: 6 };
