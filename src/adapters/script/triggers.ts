// Installs the product's triggers once each: missing ones are created, duplicates removed.
import type { TriggerSpec } from '../../ports/triggers';

function sourceMatches(trigger: GoogleAppsScript.Script.Trigger, spec: TriggerSpec, formIds: Record<string, string>): boolean {
  if (trigger.getHandlerFunction() !== spec.handler) return false;
  if (spec.kind === 'formSubmit') return trigger.getTriggerSourceId() === formIds[spec.formKey];
  return true;
}

function create(spec: TriggerSpec, spreadsheetId: string, formIds: Record<string, string>, timeZone: string): void {
  const builder = ScriptApp.newTrigger(spec.handler);
  switch (spec.kind) {
    case 'formSubmit':
      builder.forForm(formIds[spec.formKey]).onFormSubmit().create();
      return;
    case 'sheetEdit':
      builder.forSpreadsheet(spreadsheetId).onEdit().create();
      return;
    case 'daily':
      builder.timeBased().everyDays(1).atHour(spec.hour).inTimezone(timeZone).create();
      return;
    case 'hourly':
      builder.timeBased().everyHours(spec.hours).create();
      return;
    case 'weekly':
      builder.timeBased().onWeekDay(ScriptApp.WeekDay[spec.weekday]).atHour(spec.hour).inTimezone(timeZone).create();
      return;
    default: {
      const _exhaustive: never = spec;
      throw new Error(`unknown trigger ${String(_exhaustive)}`);
    }
  }
}

/** Returns a line per trigger for the settings tab. */
export function ensureTriggers(specs: readonly TriggerSpec[], spreadsheetId: string, formIds: Record<string, string>, timeZone: string): string[] {
  const existing = ScriptApp.getProjectTriggers();
  const kept = new Set<GoogleAppsScript.Script.Trigger>();
  for (const spec of specs) {
    const matches = existing.filter((tr) => sourceMatches(tr, spec, formIds));
    if (matches.length === 0) create(spec, spreadsheetId, formIds, timeZone);
    else kept.add(matches[0]);
  }
  // Our handlers pointing at an old form, or installed twice, are removed; others' triggers are left alone.
  const ours = new Set(specs.map((s) => s.handler));
  for (const tr of existing) if (ours.has(tr.getHandlerFunction()) && !kept.has(tr)) ScriptApp.deleteTrigger(tr);
  return specs.map((s) => `${s.handler} (${s.kind})`);
}
