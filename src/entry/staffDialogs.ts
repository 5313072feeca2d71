// The menu's «برنامج جديد» (PR-1) and «تسجيل نشاط ميداني» (SAT-2…4) dialogs: opening them, their choices, their server calls.
import { services } from './context';
import { showDialog } from './dialog';
import { inPeoplesWords, report, rootOf } from './errors';
import { CodedError, type ErrorParam } from '../domain/codedError';
import { createProgram } from './programs';
import { logFieldActivity } from './satisfaction';
import { loadConfig } from '../app/config';
import { coerceInputs, type InputKind, type InputView } from '../app/rowActions/inputs';
import type { ProgramInput } from '../app/programs/programAdmin';
import type { FieldActivityInput } from '../app/satisfaction/fieldActivities';
import { enabledActivityKinds } from '../domain/satisfaction';
import { formatDual, type IsoDate } from '../domain/time';
import type { Profile } from '../profiles';
import { ar } from '../i18n/ar';
import { t, type LabelKey } from '../i18n';
import { columnHeaderKey, type ColumnOf, type TabKey } from '../ports';

/** The value coerceInputs gives an input of kind `K` (src/app/rowActions/inputs.ts). */
type ValueOfKind<K extends InputKind> = K extends 'number' ? number : K extends 'yesno' ? boolean : K extends 'checks' ? string[] : string;
/** The kinds of input that can fill a value of type `V`: a number from a number field, a yes/no from a yes/no
 *  field, a text (or date, or choice) from a text field. */
type KindsFor<V> = { [K in InputKind]: ValueOfKind<K> extends V ? K : never }[InputKind];

/** One field of a staff dialog: its kind, the column of tab `T` it fills (whose header labels it), and whether it may
 *  be left blank (only a field the use case's input leaves optional may be). */
type DialogField<T extends TabKey, V, Optional extends boolean> = {
  readonly kind: KindsFor<NonNullable<V>>;
  readonly column: ColumnOf<T>;
} & (Optional extends true ? { readonly optional?: boolean } : { readonly optional?: false });

/** A dialog's fields, one per property of the use case's input `I`, in the order the page shows them: a field of a
 *  kind that cannot give its property's type, a column the tab lacks, a property left out, are compile errors. */
export type DialogSpec<T extends TabKey, I> = {
  readonly tab: T;
  readonly fields: { readonly [N in keyof I & string]-?: DialogField<T, I[N], Partial<Pick<I, N>> extends Pick<I, N> ? true : false> };
};

export const PROGRAM: DialogSpec<'programs', ProgramInput> = {
  tab: 'programs',
  fields: {
    name: { kind: 'text', column: 'name' },
    ageMin: { kind: 'number', column: 'target_age_min' },
    ageMax: { kind: 'number', column: 'target_age_max' },
    fee: { kind: 'number', column: 'fee' },
    capacity: { kind: 'number', column: 'capacity' },
    startDate: { kind: 'date', column: 'start_date' },
    endDate: { kind: 'date', column: 'end_date' },
    needsInterview: { kind: 'yesno', column: 'needs_interview' },
    conditions: { kind: 'long', column: 'conditions', optional: true },
  },
};
export const ACTIVITY: DialogSpec<'field_activities', FieldActivityInput> = {
  tab: 'field_activities',
  fields: {
    kind: { kind: 'text', column: 'kind' },
    date: { kind: 'date', column: 'date' },
    place: { kind: 'text', column: 'place' },
    participants: { kind: 'number', column: 'participants' },
    findings: { kind: 'long', column: 'findings' },
  },
};
// Domain refusals name a field by its own name: the age range is the program's target age.
const ALIAS: Record<string, string> = { targetAge: 'ageMax' };

/** A refusal naming a field by its own name (`targetAge`) names it by the dialog's label instead. */
function byLabel(error: unknown, inputs: readonly InputView[]): unknown {
  const err = rootOf(error);
  if (!(err instanceof CodedError)) return err;
  const labelOf = (field: ErrorParam | undefined) =>
    typeof field === 'string' ? inputs.find((i) => i.name === (ALIAS[field] ?? field))?.label : undefined;
  const wording = err.wording.map((w) => {
    const label = labelOf(w.params.field);
    return label ? { ...w, params: { ...w.params, field: label } } : w;
  });
  return new CodedError(err.code, wording, err.cause as object);
}

/** Runs a dialog's call; any refusal reaches the page as the person's sentence (a field named by its label). */
function inArabic<T>(work: () => T, inputs: InputView[] = []): T {
  return inPeoplesWords(() => {
    try {
      return work();
    } catch (err) {
      throw byLabel(err, inputs);
    }
  });
}

/** The values the page sent, checked (Latin or Arabic-Indic digits, yyyy-mm-dd dates), given to `run` as the use
 *  case's input: each field coerced by its kind, which the spec's type ties to its property's type. */
function fromDialog<T extends TabKey, I, R>(spec: DialogSpec<T, I>, raw: unknown, run: (input: I) => R): R {
  const inputs: InputView[] = Object.entries<{ kind: InputKind; column: ColumnOf<T>; optional?: boolean }>(spec.fields).map(([name, f]) => ({
    name, kind: f.kind, label: t(columnHeaderKey(spec.tab, f.column)), optional: f.optional === true,
  }));
  return inArabic(() => run(coerceInputs(inputs, raw) as I), inputs);
}

/** Each dialog page (src/ui/<file>.html) and the spec whose fields it sends. */
export const DIALOG_PAGES = { newProgram: PROGRAM, newFieldActivity: ACTIVITY } as const;

/** Opens a dialog page (its words from the catalog, printed escaped) unless the profile says why not. The page is given
 *  its spec's field names (its form's data-fields), and sends those: a field renamed in the spec is renamed there. */
function open(file: keyof typeof DIALOG_PAGES, title: LabelKey, refusal: (profile: Profile) => LabelKey | false): void {
  try {
    const why = refusal(loadConfig(services()).profile);
    if (why) return void SpreadsheetApp.getUi().alert(t(why));
    showDialog(file, title, { m: ar, fields: Object.keys(DIALOG_PAGES[file].fields).join(' ') });
  } catch (err) {
    report(err);
  }
}

/** Menu item «برنامج جديد»: only where the profile runs programs (PR). */
export function openProgramDialog(): void {
  open('newProgram', 'menu.newProgram', (p) => !p.features.programs && 'programs.error.featureOff');
}

/** Menu item «تسجيل نشاط ميداني»: only where the policy lists a field survey, visits or interviews. */
export function openFieldActivityDialog(): void {
  open('newFieldActivity', 'menu.fieldActivity', (p) => !enabledActivityKinds(p).length && 'sd.activity.none');
}

/** The dialog's call: createProgram (its feature, role and program checks) with what staff typed. */
export function createProgramFromDialog(values: unknown) {
  return fromDialog(PROGRAM, values, (v) => {
    const r = createProgram(v);
    return { ...r, message: t('sd.program.ok', { id: r.programId, name: String(v.name) }) };
  });
}

/** The kinds the profile's satisfaction methods enable, for the dialog's choice. */
export function getFieldActivityOptions(): { kinds: Array<{ value: string; label: string }> } {
  return inArabic(() => ({
    kinds: enabledActivityKinds(loadConfig(services()).profile).map((k) => ({ value: k, label: t(`policy.satisfaction.activity.${k}`) })),
  }));
}

/** The dialog's call: logFieldActivity (its role and policy checks) with what staff typed. */
export function logFieldActivityFromDialog(values: unknown) {
  return fromDialog(ACTIVITY, values, (v) => {
    const r = logFieldActivity(v);
    return { ...r, message: t('sd.activity.ok', { kind: r.kind, place: String(v.place), date: formatDual(r.date as IsoDate), tab: t('tab.field_activities') }) };
  });
}
