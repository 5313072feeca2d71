// The Workspace add-on as Google runs it: its own project (build/addon/) beside the register, called with
// Google's event objects in a Gmail and a Sheets host, its cards' actions followed as Google follows them.
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/bundle';
import { shareFile, type AddonPlace } from '../../sandbox/people/usesAddon';
import { addonProject, addonUser } from '../../sandbox/core/addonProject';
import { cardFragment } from '../../sandbox/ui/cardHtml';
import { addonTour } from '../../sandbox/people/addonTour';
import type { CardModel } from '../../sandbox/services/card';
import { createSpreadsheetModel } from '../../sandbox/services/spreadsheet/store';
import { propertiesSlot } from '../../sandbox/services/properties';
import * as os from 'os';
import { completeAnswers, CHAIR, MANAGER, MEMBER, newRegister, OFFICER, ok, rows, submit } from './harness';
import { t } from '../../src/i18n';

const STRANGER = 'stranger.ali@gmail.com';
const GMAIL: AddonPlace = { host: 'GMAIL' };

const html = (card: CardModel | null): string => {
  if (!card) throw new Error('no card shown');
  return cardFragment(card);
};
/** The card's text with the isolates t() puts around left-to-right values taken out, as a person reads it. */
const textOf = (card: CardModel | null) => html(card).replace(/[\u2066-\u2069]/g, '');
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

function world() {
  const sb = newRegister();
  submit(sb, completeAnswers({ full_name: '<b>سلوى</b> العمري' }));
  const registerId = sb.world.boundSpreadsheetId!;
  // The owner shares the register with the staff (Drive's Share dialog) and with one person not on the staff tab.
  shareFile(sb.world, registerId, [OFFICER, MANAGER, CHAIR, MEMBER, STRANGER]);
  const project = addonProject(sb.world);
  return { sb, registerId, addon: project.user, addonSandbox: project.sandbox };
}

describe('the add-on deployment', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'addon', 'appsscript.json'), 'utf8'));

  it('is a manifest of its own, in Gmail and Sheets, with least-privilege scopes and no drive scope', () => {
    expect(manifest.addOns.common.name).toBe('مستفيد');
    expect(manifest.addOns.common.homepageTrigger.runFunction).toBe('onAddonHomepage');
    expect(manifest.addOns.gmail).toBeDefined();
    expect(manifest.addOns.sheets.onFileScopeGrantedTrigger.runFunction).toBe('onSheetsFileScopeGranted');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/gmail.addons.execute',
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  it('leaves the bound register\'s manifest without add-on sections', () => {
    const bound = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'appsscript.json'), 'utf8'));
    expect(bound.addOns).toBeUndefined();
  });
});

describe('the add-on in Gmail', () => {
  const { sb, registerId, addon, addonSandbox } = world();
  const url = `https://docs.google.com/spreadsheets/d/${registerId}/edit`;

  it('asks for the register once, refuses what is not one in Arabic, then shows the officer\'s open case', () => {
    const home = addon.openHomepage(OFFICER, GMAIL);
    expect(home.run.error).toBeNull();
    expect(textOf(home.card)).toContain(t('addon.home.choose'));

    const settings = addon.click(OFFICER, GMAIL, home.card!, t('addon.settings.open'));
    expect(settings.response?.navigation?.[0].op).toBe('pushCard');
    expect(textOf(settings.card)).toContain(t('addon.settings.none'));

    const bad = addon.click(OFFICER, GMAIL, settings.card!, t('addon.settings.save'), { register_ref: 'سجلي' });
    expect(bad.response?.notification).toBe(t('addon.error.badRef'));
    const blank = addon.click(OFFICER, GMAIL, settings.card!, t('addon.settings.save'), { register_ref: '  ' });
    expect(blank.response?.notification).toBe(t('addon.error.blankRef'));

    const saved = addon.click(OFFICER, GMAIL, settings.card!, t('addon.settings.save'), { register_ref: url });
    expect(saved.run.error).toBeNull();
    expect(saved.response?.navigation?.map((s) => s.op)).toEqual(['popToRoot', 'updateCard']);
    expect(plain(saved.response?.notification ?? '')).toContain('إصرار');
    // Kept in the add-on project's user properties, never in the register's own.
    const slot = propertiesSlot(sb.world);
    expect(slot.projects?.addon.user[OFFICER].MUSTAFID_REGISTER_ID).toBe(registerId);
    expect(JSON.stringify(slot.user)).not.toContain(registerId);

    // The next opening reads the choice: the case with its days left, the beneficiary's name escaped.
    const again = addon.openHomepage(OFFICER, GMAIL);
    const text = textOf(again.card);
    expect(text).toContain('1448-00001');
    expect(text).toMatch(/يوم|أيام/);
    expect(html(again.card)).not.toContain('<b>سلوى');
    expect(text).toContain(t('addon.case.find'));
  });

  it('shows a case by number (Arabic-Indic digits too) with the officer\'s steps, and audits the look', () => {
    const home = addon.openHomepage(OFFICER, GMAIL);
    const before = rows(sb, t('tab.audit')).length;
    const shown = addon.click(OFFICER, GMAIL, home.card!, t('addon.case.show'), { case_no: '١٤٤٨-٠٠٠٠١' });
    expect(shown.run.error).toBeNull();
    expect(shown.response?.navigation?.[0].op).toBe('pushCard');
    const text = textOf(shown.card);
    expect(text).toContain('1448-00001');
    expect(text).toContain(t('addon.case.steps'));
    // The beneficiary's name is shown as typed, never as markup.
    expect(html(shown.card)).not.toContain('<b>سلوى');
    const audit = rows(sb, t('tab.audit'));
    expect(audit.length).toBe(before + 1);
    const last = audit[audit.length - 1];
    expect(Object.values(last)).toEqual(expect.arrayContaining([OFFICER, '1448-00001']));
    expect(Object.values(last)).toContain(t('audit.case_viewed'));
  });

  it('shows a case tapped in the list the same way, with its look audited', () => {
    const home = addon.openHomepage(OFFICER, GMAIL);
    const before = rows(sb, t('tab.audit')).length;
    const tapped = addon.click(OFFICER, GMAIL, home.card!, '1448-00001');
    expect(tapped.run.fn).toBe('showCase');
    expect(tapped.response?.navigation?.[0].op).toBe('pushCard');
    expect(tapped.card?.name).toBe('case:1448-00001');
    expect(rows(sb, t('tab.audit')).length).toBe(before + 1);
  });

  it('says in Arabic that a number is not in the register, and writes no look', () => {
    const home = addon.openHomepage(OFFICER, GMAIL);
    const before = rows(sb, t('tab.audit')).length;
    const missing = addon.click(OFFICER, GMAIL, home.card!, t('addon.case.show'), { case_no: '1448-09999' });
    expect(missing.response?.notification).toBe(t('addon.case.notFound', { caseNo: '1448-09999' }));
    expect(missing.card).toBeNull();
    expect(rows(sb, t('tab.audit')).length).toBe(before);
    const blank = addon.click(OFFICER, GMAIL, home.card!, t('addon.case.show'), { case_no: '' });
    expect(blank.response?.notification).toBe(t('addon.case.blank'));
  });

  it('offers each role the steps the case panel offers it, no more', () => {
    const byPerson: Record<string, string[]> = {};
    for (const person of [OFFICER, MANAGER, CHAIR]) {
      const home = addon.openHomepage(person, GMAIL);
      const card = home.card?.name === 'home' && textOf(home.card).includes('1448') ? home.card : null;
      const start = card ?? addon.click(person, GMAIL, addon.click(person, GMAIL, home.card!, t('addon.settings.open')).card!, t('addon.settings.save'), { register_ref: registerId }).card;
      const shown = addon.click(person, GMAIL, start!, t('addon.case.show'), { case_no: '1448-00001' });
      const sidebar = ok(sb.execute('sidebarCase', ['1448-00001'], { user: person })) as { ok: boolean; value: { panel: { steps: Array<{ label: string }> } } };
      const labels = sidebar.value.panel.steps.map((s) => s.label);
      const stepsSection = shown.card!.sections.find((s) => s.header === t('addon.case.steps'))!;
      const listed = stepsSection.widgets.flatMap((w) => (w.kind === 'decoratedText' ? [w.text] : []));
      expect(listed).toEqual(labels);
      byPerson[person] = labels;
    }
    // Not the same list for everyone: the officer the case is assigned to has steps, the committee member none yet.
    expect(byPerson[OFFICER].length).toBeGreaterThan(0);
    expect(byPerson[CHAIR]).not.toEqual(byPerson[OFFICER]);
  });

  it('refuses someone the register is shared with but who is not on its staff tab, and someone it is not shared with', () => {
    const home = addon.openHomepage(STRANGER, GMAIL);
    const settings = addon.click(STRANGER, GMAIL, home.card!, t('addon.settings.open'));
    const refused = addon.click(STRANGER, GMAIL, settings.card!, t('addon.settings.save'), { register_ref: url });
    expect(plain(refused.response?.notification ?? '')).toBe(plain(t('addon.error.notStaff', { email: STRANGER })));
    const outsider = 'outsider.huda@gmail.com';
    const other = addon.click(outsider, GMAIL, settings.card!, t('addon.settings.save'), { register_ref: url });
    expect(other.response?.notification).toBe(t('addon.error.cannotOpen'));
    expect(propertiesSlot(sb.world).projects?.addon.user[STRANGER]?.MUSTAFID_REGISTER_ID).toBeUndefined();
  });

  it('does not tell a person to ask for sharing when Sheets only failed for a moment; the choice is kept on a retry', () => {
    const person = MEMBER;
    const home = addon.openHomepage(person, GMAIL);
    const settings = addon.click(person, GMAIL, home.card!, t('addon.settings.open'));
    expect(propertiesSlot(sb.world).projects?.addon.user[person]?.MUSTAFID_REGISTER_ID).toBeUndefined();
    addonSandbox.injectFault({ method: 'SpreadsheetApp.openById', calls: [1], error: 'service' });
    const failed = addon.click(person, GMAIL, settings.card!, t('addon.settings.save'), { register_ref: registerId });
    expect(failed.response?.notification).not.toBe(t('addon.error.cannotOpen'));
    expect(failed.response?.notification).toMatch(/[\u0600-\u06FF]/);
    expect(propertiesSlot(sb.world).projects?.addon.user[person]?.MUSTAFID_REGISTER_ID).toBeUndefined();
    const retried = addon.click(person, GMAIL, settings.card!, t('addon.settings.save'), { register_ref: registerId });
    expect(retried.run.error).toBeNull();
    expect(propertiesSlot(sb.world).projects?.addon.user[person].MUSTAFID_REGISTER_ID).toBe(registerId);
  });

  it('refuses a spreadsheet that is not a register Mustafid set up, and an id that names nothing', () => {
    const own = createSpreadsheetModel(sb.world, 'ميزانية', STRANGER).id;
    const home = addon.openHomepage(STRANGER, GMAIL);
    const settings = addon.click(STRANGER, GMAIL, home.card!, t('addon.settings.open'));
    const notOne = addon.click(STRANGER, GMAIL, settings.card!, t('addon.settings.save'), { register_ref: own });
    expect(notOne.response?.notification).toBe(t('addon.error.notRegister'));
    const nothing = addon.click(STRANGER, GMAIL, settings.card!, t('addon.settings.save'), { register_ref: 'x'.repeat(44) });
    expect(nothing.response?.notification).toBe(t('addon.error.cannotOpen'));
  });
});

describe('the add-on in Sheets', () => {
  const { sb, registerId, addon } = world();
  const inRegister: AddonPlace = { host: 'SHEETS', spreadsheetId: registerId };

  it('without the per-file grant, gets only addonHasFileScopePermission and asks for the grant as Google requires', () => {
    expect(addon.event(MANAGER, inRegister).sheets).toEqual({ addonHasFileScopePermission: false });
    const home = addon.openHomepage(MANAGER, inRegister);
    expect(home.run.error).toBeNull();
    expect(textOf(home.card)).toContain(t('addon.sheets.needAccess'));
    // The person closes Google's dialog without granting: nothing runs after it.
    const denied = addon.click(MANAGER, inRegister, home.card!, t('addon.sheets.grant'), {}, false);
    expect(denied.askedFileScope).toBe(true);
    expect(denied.card).toBeNull();
    expect(addon.event(MANAGER, inRegister).sheets).toEqual({ addonHasFileScopePermission: false });
  });

  it('after the grant, the file-scope trigger shows the open register\'s work and offers to keep it', () => {
    const home = addon.openHomepage(MANAGER, inRegister);
    const granted = addon.click(MANAGER, inRegister, home.card!, t('addon.sheets.grant'));
    expect(granted.askedFileScope).toBe(true);
    expect(granted.run.fn).toBe('onSheetsFileScopeGranted');
    expect(granted.run.error).toBeNull();
    expect(addon.event(MANAGER, inRegister).sheets).toEqual({ addonHasFileScopePermission: true, id: registerId, title: 'سجل المستفيدين' });
    const text = textOf(granted.card);
    expect(text).toContain('1448-00001');
    expect(text).toContain(t('addon.settings.useThis'));
    // The open register's cases open from its own list before it is kept as the choice.
    const tapped = addon.click(MANAGER, inRegister, granted.card!, '1448-00001');
    expect(tapped.card?.name).toBe('case:1448-00001');

    const kept = addon.click(MANAGER, inRegister, granted.card!, t('addon.settings.useThis'));
    expect(kept.run.error).toBeNull();
    expect(propertiesSlot(sb.world).projects?.addon.user[MANAGER].MUSTAFID_REGISTER_ID).toBe(registerId);
    // Chosen once: Gmail now shows the same register.
    expect(textOf(addon.openHomepage(MANAGER, GMAIL).card)).toContain('1448-00001');
    // And Sheets no longer offers to keep what is kept.
    expect(textOf(addon.openHomepage(MANAGER, inRegister).card)).not.toContain(t('addon.settings.useThis'));
  });

  it('in another spreadsheet the person granted, says it is not a register and shows the chosen one', () => {
    const other = createSpreadsheetModel(sb.world, 'ميزانية', MANAGER).id;
    const place: AddonPlace = { host: 'SHEETS', spreadsheetId: other };
    const home = addon.openHomepage(MANAGER, place);
    const granted = addon.click(MANAGER, place, home.card!, t('addon.sheets.grant'));
    const text = textOf(granted.card);
    expect(text).toContain(plain(t('addon.sheets.notRegister', { title: 'ميزانية' })));
    expect(text).toContain('1448-00001');
  });
});

describe('the add-on\'s scopes, checked on every call against build/addon/appsscript.json', () => {
  it('cannot ask for the per-file grant without drive.file in its manifest', () => {
    const { sb, registerId } = world();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'addon-'));
    for (const f of fs.readdirSync(path.join(ROOT, 'build', 'addon'))) fs.copyFileSync(path.join(ROOT, 'build', 'addon', f), path.join(dir, f));
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'appsscript.json'), 'utf8'));
    manifest.oauthScopes = manifest.oauthScopes.filter((s: string) => !s.endsWith('/drive.file'));
    fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify(manifest));
    try {
      const addon = addonUser(sb.world, dir);
      const place: AddonPlace = { host: 'SHEETS', spreadsheetId: registerId };
      const home = addon.openHomepage(MANAGER, place);
      const asked = addon.click(MANAGER, place, home.card!, t('addon.sheets.grant'));
      expect(asked.run.error?.message).toContain('drive.file');
      expect(asked.askedFileScope).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm start\'s look at the add-on', () => {
  it('writes the cards the officer (Gmail) and the manager (Sheets) saw, right to left', () => {
    const sb = newRegister();
    submit(sb, completeAnswers());
    const pages = addonTour(sb.world, { officer: OFFICER, manager: MANAGER }, addonUser(sb.world));
    expect(pages.map((p) => p.file)).toEqual([
      '01-gmail-first-open.html', '02-gmail-choose-register.html', '03-gmail-my-work.html', '04-gmail-case.html', '05-sheets-file-access.html', '06-sheets-after-grant.html',
    ]);
    for (const page of pages) expect(page.html).toContain('dir="rtl"');
    expect(plain(pages[3].html)).toContain('1448-00001');
    expect(pages[4].html).toContain(t('addon.sheets.grant'));
  });
});
