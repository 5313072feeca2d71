// Setup and repair, from the menu (asks for the profile) or the editor/scenario (profile as argument).
import { services } from './context';
import { catchUpFormResponses } from './catchUp';
import { report } from './errors';
import { runSetup, type SetupOptions, type SetupPorts } from '../app/setup';
import { AuditTrail } from '../app/audit';
import { ensureRegisterLayout, putRegisterTabsFirst } from '../adapters/sheets/registerLayout';
import { publishForm } from '../adapters/forms/formPublisher';
import { ensureTemplates } from '../adapters/docs/docsWriter';
import { ensureTriggers } from '../adapters/script/triggers';
import { DEFAULT_PROFILE_ID } from '../profiles/lookup';
import { ShippedDataFile } from '../adapters/script/shippedDataFile';
import { t } from '../i18n';

const TIME_ZONE = 'Asia/Riyadh';

export function setup(profileId: string = DEFAULT_PROFILE_ID, options: SetupOptions = {}): string {
  const s = services();
  const ss = s.spreadsheet;
  const ports: SetupPorts = {
    layout: (lists, tabs) => ensureRegisterLayout(ss, lists, tabs),
    publishForm: (spec, previous) => publishForm(spec, ss.getId(), previous),
    ensureTemplates: (templates, folderName) => ensureTemplates(s.store, folderName, templates),
    ensureTriggers: (specs, formIds) => ensureTriggers(specs, ss.getId(), formIds, TIME_ZONE),
    arrangeTabs: (tabs) => putRegisterTabsFirst(ss, tabs),
  };
  const message = s.locker.withLock(() => {
    const result = runSetup(
      { register: s.register, store: s.store, shipped: s.shipped, ports, audit: new AuditTrail(s.register, s.clock), actor: s.identity.currentUserEmail(), documents: s.documents, now: s.clock.now() },
      profileId,
      options,
    );
    s.configCache.drop();
    // The beneficiaries' lookup index written from the columns (a register set up before it had none).
    s.beneficiaryIndex().rebuild(false);
    return result.message;
  });
  // A register set up again after triggers failed (or were missing) records what the forms hold.
  const caught = catchUpFormResponses(s);
  const replayed = Object.values(caught.replayed).reduce((n, ids) => n + ids.length, 0);
  const notes = [message];
  if (replayed > 0) notes.push(t('schedule.catchUp.recorded', { count: replayed }));
  if (caught.failed.length > 0) notes.push(t('schedule.catchUp.failed', { count: caught.failed.length, error: caught.failed[caught.failed.length - 1].error }));
  return notes.join('\n');
}

/** Menu item: asks which organisation profile to use, then runs setup. */
export function setupFromMenu(): void {
  try {
    const ui = SpreadsheetApp.getUi();
    const choices = Object.values(new ShippedDataFile().read().profiles).map((p) => `${p.id} — ${p.name.ar}`).join('\n');
    const answer = ui.prompt(t('menu.setup'), `${t('settings.profile_id')}:\n${choices}`, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const id = answer.getResponseText().trim() || DEFAULT_PROFILE_ID;
    ui.alert(setup(id));
  } catch (err) {
    report(err);
  }
}
