// The satisfaction survey as the beneficiary reads it (G5, G6), and staff logs of field surveys, visits and interviews (SAT-2…4).
import { t, type Lang } from '../../i18n';
import type { Profile, SatisfactionMethodId } from '../../profiles/schema';
import { isIsoDate, type IsoDate } from '../time';
import { noParams, refusals, type CodedError } from '../codedError';
import type { SurveyKind } from './plan';

/** The questions every satisfaction survey asks on a 1–5 scale; the keys are the form's question keys. */
export const SATISFACTION_ITEMS = ['ease', 'speed', 'courtesy', 'clarity', 'overall'] as const;

export interface SurveyForm {
  readonly title: string;
  /** Opens with G6: rating the service is the beneficiary's right, for improvement and not for punishment. */
  readonly description: string;
  readonly items: readonly { readonly key: string; readonly text: string }[];
  readonly commentPrompt: string;
}

export function surveyForm(organisation: Pick<Profile, 'name'>, kind: SurveyKind, lang: Lang = 'ar'): SurveyForm {
  const name = lang === 'ar' ? organisation.name.ar : organisation.name.en;
  return {
    title: t(`policy.satisfaction.title.${kind}`, { organisation: name }, lang),
    description: [
      t('policy.satisfaction.right', {}, lang),
      t('policy.satisfaction.scale', {}, lang),
      t('policy.satisfaction.noSignIn', {}, lang),
    ].join('\n'),
    items: SATISFACTION_ITEMS.map((key) => ({ key, text: t(`policy.satisfaction.item.${key}`, {}, lang) })),
    commentPrompt: t('policy.satisfaction.comment', {}, lang),
  };
}

/** SAT-2…4: what staff log, each tied to the satisfaction method of the profile that allows it. */
export const FIELD_ACTIVITY_KINDS = ['field_survey', 'supervisory_visit', 'interview'] as const;
export type FieldActivityKind = (typeof FIELD_ACTIVITY_KINDS)[number];
const METHOD_OF: Record<FieldActivityKind, SatisfactionMethodId> = {
  field_survey: 'field_survey',
  supervisory_visit: 'supervisory_visits',
  interview: 'interviews',
};

export interface FieldActivity {
  readonly kind: FieldActivityKind;
  readonly date: IsoDate;
  readonly place: string;
  readonly participants: number;
  readonly findings: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** The kinds staff may log: those whose satisfaction method the organisation's policy lists. */
export const enabledActivityKinds = (organisation: Pick<Profile, 'satisfaction'>): FieldActivityKind[] =>
  FIELD_ACTIVITY_KINDS.filter((k) => organisation.satisfaction.methods.some((m) => m.id === METHOD_OF[k]));

/** A checked log record; refuses a method the organisation's policy does not list, and blanks. */
export function fieldActivityRecord(
  input: { kind: string; date: string; place: string; participants: number; findings: string },
  stamp: { actor: string; at: string },
  organisation: Pick<Profile, 'satisfaction'>,
): FieldActivity {
  const fail = (code: FieldActivityRefusal['code'], field?: string): never => {
    throw satisfactionError(code === 'ACTOR_REQUIRED' ? { code } : { code, field: field ?? '' });
  };
  if (!(FIELD_ACTIVITY_KINDS as readonly string[]).includes(input.kind)) return fail('UNKNOWN_ACTIVITY', 'kind');
  const kind = input.kind as FieldActivityKind;
  if (!enabledActivityKinds(organisation).includes(kind)) return fail('METHOD_NOT_ENABLED', 'kind');
  const date = input.date.trim();
  if (!isIsoDate(date)) return fail('INVALID_DATE', 'date');
  if (!input.place.trim()) return fail('FIELD_REQUIRED', 'place');
  if (!input.findings.trim()) return fail('FIELD_REQUIRED', 'findings');
  if (!Number.isInteger(input.participants) || input.participants < 0) return fail('INVALID_NUMBER', 'participants');
  if (!stamp.actor.trim()) return fail('ACTOR_REQUIRED');
  return {
    kind, date, place: input.place.trim(), participants: input.participants, findings: input.findings.trim(),
    recordedBy: stamp.actor.trim(), recordedAt: stamp.at,
  };
}

type FieldActivityRefusal =
  | { code: 'UNKNOWN_ACTIVITY' | 'METHOD_NOT_ENABLED' | 'INVALID_DATE' | 'FIELD_REQUIRED' | 'INVALID_NUMBER'; field: string }
  | { code: 'ACTOR_REQUIRED' };
/** INVALID_SCORE is raised by scoreAnswers. */
type SatisfactionErrorCause = FieldActivityRefusal | { code: 'INVALID_SCORE'; item: string; value: string };

const fieldParams = (cause: { field: string }) => ({ field: cause.field });

/** A satisfaction refusal (a field activity's log, a survey answer), worded by `policy.satisfaction.error.<code>`. */
export const satisfactionError: (cause: SatisfactionErrorCause) => CodedError = refusals<SatisfactionErrorCause, 'policy.satisfaction.error'>(
  'Satisfaction',
  'policy.satisfaction.error',
  {
    UNKNOWN_ACTIVITY: noParams,
    METHOD_NOT_ENABLED: noParams,
    INVALID_DATE: fieldParams,
    FIELD_REQUIRED: fieldParams,
    INVALID_NUMBER: fieldParams,
    ACTOR_REQUIRED: noParams,
    INVALID_SCORE: ({ item, value }) => ({ item, value }),
  },
);
