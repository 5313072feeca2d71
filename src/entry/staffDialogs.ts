// The menu's «برنامج جديد» (PR-1) and «تسجيل نشاط ميداني» (SAT-2…4) dialogs: opening them, their choices, their server calls.
import { services } from './context';
import { showDialog } from './dialog';
import { inPeoplesWords, report, rootOf } from './errors';
import { CodedError, type ErrorParam } from '../domain/codedError';
import { createProgram } from './programs';
import { logFieldActivity } from './satisfaction';
import { loadConfig } from '../app/config';
import { coerceInputs, type InputView } from '../app/rowActions/inputs';
import { ACTIVITY, PROGRAM, dialogFields, fieldLabel, type AnyField, type DialogSpec } from './dialogSpecs';
import { enabledActivityKinds } from '../domain/satisfaction';
import { formatDual, type IsoDate } from '../domain/time';
import type { Profile } from '../profiles';
import { ar } from '../i18n/ar';
import { t, type LabelKey } from '../i18n';
import type { TabKey } from '../ports';

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
  // Each field of a DialogSpec<T, I> is an AnyField<T> (tsc does not see it through the mapped type over a generic I).
  const inputs: InputView[] = Object.entries<AnyField<T>>(spec.fields as Record<string, AnyField<T>>).map(([name, f]) => ({
    name, kind: f.kind, label: fieldLabel(spec.tab, f), optional: f.optional === true,
  }));
  return inArabic(() => run(coerceInputs(inputs, raw) as I), inputs);
}

/** Opens a dialog page (its words from the catalog, printed escaped) unless the profile says why not. The page is given
 *  its spec's field names (its form's data-fields), and sends those: a field renamed in the spec is renamed there. */
function open(file: 'newProgram' | 'newFieldActivity', title: LabelKey, refusal: (profile: Profile) => LabelKey | false): void {
  try {
    const why = refusal(loadConfig(services()).profile);
    if (why) return void SpreadsheetApp.getUi().alert(t(why));
    showDialog(file, title, { m: ar, fields: dialogFields(file) });
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
