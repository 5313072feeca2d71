// The staff steps the sidebar offers: which case command each stands for, the form it needs, and which of
// them a person may take now (legal next steps of the case, intersected with what their role allows).
import { allowedCommands, type CaseState, type CommandType } from '../../domain/case';
import type { CellsOf } from '../../ports';
import type { Profile } from '../../profiles';
import type { StaffMember } from '../config';
import { mayRun } from '../access';
import type { FieldView, StepId, StepInput, StepView } from '../../ui/contract';
import { t, type LabelKey } from '../../i18n';
import { failure } from '../../domain/codedError';

export const STEP_COMMANDS: Record<StepId, CommandType> = {
  startStudy: 'StartStudy',
  recordVerification: 'RecordVerification',
  referToOfficer: 'ReferToOfficer',
  returnFromReferral: 'ReturnFromReferral',
  recordDecision: 'Decide',
  deliverService: 'DeliverService',
  closeCase: 'Close',
  withdrawCase: 'Withdraw',
};

const STEP_IDS = Object.keys(STEP_COMMANDS) as StepId[];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as string[]).includes(value);
}

const options = <V extends string>(values: readonly V[], label: (value: V) => LabelKey) => values.map((value) => ({ value, label: t(label(value)) }));

/** The committee a study goes to unless the person names another: the eligibility (or research) committee. */
export function defaultCommittee(profile: Profile) {
  return profile.committees.find((c) => c.purpose === 'eligibility' || c.purpose === 'research') ?? profile.committees[0];
}

/** The form a step needs; an empty list means the button runs it at once. */
export function stepFields(step: StepId, profile: Profile): FieldView[] {
  const reason: FieldView = { name: 'reason', label: t('sidebar.field.reason'), kind: 'textarea', required: true };
  switch (step) {
    case 'startStudy':
      return [{ name: 'unit', label: t('sidebar.field.unit'), kind: 'text', required: true, value: defaultCommittee(profile)?.nameAr ?? '' }];
    case 'recordVerification':
      return [
        { name: 'method', label: t('sidebar.field.method'), kind: 'select', required: true, options: options(['administrative_review', 'personal_interview', 'field_visit'] as const, (v) => `case.verification.${v}`) },
        { name: 'outcome', label: t('sidebar.field.outcome'), kind: 'select', required: true, options: options(['confirmed', 'not_confirmed', 'needs_more'] as const, (v) => `case.outcome.${v}`) },
        { name: 'notes', label: t('sidebar.field.notes'), kind: 'textarea', required: false },
      ];
    case 'recordDecision':
      return [
        { name: 'decision', label: t('sidebar.field.decision'), kind: 'select', required: true, options: options(['accepted', 'rejected'] as const, (v) => `case.decision.${v}`) },
        { name: 'reasons', label: t('sidebar.field.reasons'), kind: 'textarea', required: true },
        {
          name: 'committee', label: t('sidebar.field.committee'), kind: 'select', required: true,
          value: defaultCommittee(profile)?.id, options: profile.committees.map((c) => ({ value: c.id, label: c.nameAr })),
        },
      ];
    case 'referToOfficer':
    case 'withdrawCase':
      return [reason];
    case 'returnFromReferral':
    case 'deliverService':
    case 'closeCase':
      return [];
    default: {
      const _exhaustive: never = step;
      return _exhaustive;
    }
  }
}

/** The steps offered as buttons: legal from the case's state and allowed to this person on this case. */
export function stepViews(member: StaffMember, state: CaseState, caseRow: CellsOf<'cases'>, profile: Profile): StepView[] {
  const legal = allowedCommands(state);
  return STEP_IDS.filter((id) => legal.includes(STEP_COMMANDS[id]) && mayRun(member, STEP_COMMANDS[id], caseRow)).map((id) => ({
    id,
    label: t(`case.command.${STEP_COMMANDS[id]}`),
    fields: stepFields(id, profile),
  }));
}

/** A choice sent back must be one the form offered: the client is not trusted to keep to the list. */
export function checkChoices(step: StepId, input: StepInput, profile: Profile): void {
  for (const field of stepFields(step, profile)) {
    if (field.kind !== 'select') continue;
    const value = input[field.name] ?? '';
    if (!field.options?.some((o) => o.value === value)) {
      throw failure('INVALID_CHOICE', 'sidebar.error.INVALID_CHOICE', { field: field.label });
    }
  }
}
