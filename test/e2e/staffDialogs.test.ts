// The menu's «برنامج جديد» and «تسجيل نشاط ميداني» dialogs end to end on build/Code.js: the menu opens them (or says
// in Arabic why not), their server calls write the register and refuse in Arabic, never with an English prefix.
import * as fs from 'fs';
import * as path from 'path';
import type { Sandbox } from '../../sandbox/core/runtime';
import { ar } from '../../src/i18n/ar';
import { newRegister, ok, rows, CHAIR, OFFICER } from './harness';
import { DIALOG_PAGES } from '../../src/entry/dialogSpecs';

const ARABIC_FIRST = /^[\u0600-\u06FF«]/;

/** What the page would show for a failed call: the thrown message with Apps Script's "Error: " prefix stripped. */
function refusal(sb: Sandbox, fn: string, args: unknown[], user: string): string {
  const r = sb.execute(fn, args, { user });
  expect(r.error).toBeTruthy();
  return String(r.error?.message ?? '');
}

function lastDialog(sb: Sandbox) {
  return sb.ui.dialogs[sb.ui.dialogs.length - 1];
}

const program = (over: Record<string, unknown> = {}) => ({
  // As typed in the dialog: text fields, Arabic-Indic digits, dates from a date input, yes/no as "true"/"false".
  name: 'نادي القراءة الصيفي', ageMin: '٨', ageMax: '١٢', fee: '٠', capacity: '٢٥', startDate: '2026-12-13', endDate: '2026-12-24',
  needsInterview: 'true', conditions: 'إحضار صورة الهوية\nموافقة ولي الأمر', ...over,
});

const activity = (over: Record<string, unknown> = {}) => ({
  kind: 'supervisory_visit', date: '2026-11-24', place: 'مكتب الهفوف', participants: '١٢', findings: 'انتظام الاستقبال وتحسن زمن الرد', ...over,
});

describe('the new program dialog', () => {
  const sb = newRegister('rusookh');
  ok(sb.execute('openProgramDialog', [], { user: OFFICER }));
  const dialog = lastDialog(sb);
  const created = ok(sb.execute('createProgramFromDialog', [program()], { user: OFFICER })) as { programId: string; registrationUrl: string; announcement: string; message: string };

  it('opens from the menu in Arabic, right to left, its words from the catalog', () => {
    expect(dialog.title).toBe('برنامج جديد');
    expect(dialog.html).toContain('dir="rtl"');
    expect(dialog.html).toContain('اسم البرنامج');
    expect(dialog.html).toContain('(٠ = مجاني)');
    expect(dialog.html).not.toMatch(/undefined|<\?/);
  });

  it('writes the programs row and answers the number, the registration link and the announcement', () => {
    expect(created.programId).toBe('PR-001');
    expect(created.message).toContain('PR-001');
    expect(created.message).toMatch(ARABIC_FIRST);
    expect(created.registrationUrl).toMatch(/^https:\/\//);
    expect(created.announcement).toContain('نادي القراءة الصيفي');
    expect(created.announcement).toContain('موافقة ولي الأمر');
    expect(created.announcement).toContain(created.registrationUrl);
    const [row] = rows(sb, 'البرامج والأنشطة');
    expect(row['اسم البرنامج']).toBe('نادي القراءة الصيفي');
    expect(row['أدنى عمر']).toBe(8);
    expect(row['عدد المقاعد']).toBe(25);
    expect(row['نص الإعلان']).toBe(created.announcement);
  });

  it('refuses a committee member in Arabic, and writes nothing', () => {
    const message = refusal(sb, 'createProgramFromDialog', [program({ name: 'برنامج آخر' })], CHAIR);
    expect(message).toMatch(ARABIC_FIRST);
    expect(message).toContain('لا يسمح دورك');
    expect(rows(sb, 'البرامج والأنشطة')).toHaveLength(1);
  });

  it('names the field by its Arabic label when what was typed is wrong', () => {
    expect(refusal(sb, 'createProgramFromDialog', [program({ name: '  ' })], OFFICER)).toContain('اسم البرنامج');
    expect(refusal(sb, 'createProgramFromDialog', [program({ capacity: 'عشرة' })], OFFICER)).toContain('«عدد المقاعد»');
    const age = refusal(sb, 'createProgramFromDialog', [program({ ageMin: '١٥', ageMax: '١٢' })], OFFICER);
    expect(age).toMatch(ARABIC_FIRST);
    expect(age).toContain('«أعلى عمر»');
    expect(age).not.toContain('targetAge');
    expect(rows(sb, 'البرامج والأنشطة')).toHaveLength(1);
  });
});

describe('the new program dialog where the profile runs no programs', () => {
  const sb = newRegister('esrar');
  const before = sb.ui.dialogs.length;
  ok(sb.execute('openProgramDialog', [], { user: OFFICER }));

  it('opens the Arabic feature-off message instead of the form', () => {
    expect(sb.ui.dialogs).toHaveLength(before);
    expect(sb.ui.alerts[sb.ui.alerts.length - 1].prompt).toBe('البرامج والأنشطة ليست من إجراءات سياسة الجهة في ملفها.');
  });

  it('refuses the server call with the same message', () => {
    expect(refusal(sb, 'createProgramFromDialog', [program()], OFFICER)).toBe('البرامج والأنشطة ليست من إجراءات سياسة الجهة في ملفها.');
  });
});

describe('the field activity dialog', () => {
  const sb = newRegister('esrar');
  ok(sb.execute('openFieldActivityDialog', [], { user: OFFICER }));
  const dialog = lastDialog(sb);
  const options = ok(sb.execute('getFieldActivityOptions', [], { user: OFFICER })) as { kinds: Array<{ value: string; label: string }> };
  const logged = ok(sb.execute('logFieldActivityFromDialog', [activity()], { user: OFFICER })) as { message: string };

  it('opens from the menu in Arabic, right to left', () => {
    expect(dialog.title).toBe('تسجيل نشاط ميداني');
    expect(dialog.html).toContain('dir="rtl"');
    expect(dialog.html).toContain('عدد المشاركين');
    expect(dialog.html).not.toMatch(/undefined|<\?/);
  });

  it('offers the kinds whose method the policy lists, in Arabic', () => {
    expect(options.kinds).toEqual([
      { value: 'field_survey', label: 'مسح ميداني' },
      { value: 'supervisory_visit', label: 'زيارة إشرافية على المكاتب' },
      { value: 'interview', label: 'مقابلة' },
    ]);
  });

  it('logs the activity and confirms in Arabic', () => {
    expect(logged.message).toMatch(ARABIC_FIRST);
    expect(logged.message).toContain('زيارة إشرافية على المكاتب');
    expect(logged.message).toContain('٢٠٢٦');
    const [row] = rows(sb, 'المسح الميداني والزيارات');
    expect(row['النشاط']).toBe('زيارة إشرافية على المكاتب');
    expect(row['المكان']).toBe('مكتب الهفوف');
    expect(row['عدد المشاركين']).toBe(12);
    expect(row['سجّله']).toBe(OFFICER);
  });

  it('refuses a blank place in Arabic, naming the field, and logs nothing', () => {
    const message = refusal(sb, 'logFieldActivityFromDialog', [activity({ place: '   ' })], OFFICER);
    expect(message).toMatch(ARABIC_FIRST);
    expect(message).toContain('المكان');
    expect(rows(sb, 'المسح الميداني والزيارات')).toHaveLength(1);
  });

  it('refuses a committee member in Arabic', () => {
    expect(refusal(sb, 'logFieldActivityFromDialog', [activity()], CHAIR)).toContain('لا يسمح دورك');
  });
});

describe('the field activity dialog where the policy lists none of those methods', () => {
  const sb = newRegister('rusookh');
  const before = sb.ui.dialogs.length;
  ok(sb.execute('openFieldActivityDialog', [], { user: OFFICER }));

  it('says so in Arabic instead of opening the form, and offers no kind', () => {
    expect(sb.ui.dialogs).toHaveLength(before);
    expect(sb.ui.alerts[sb.ui.alerts.length - 1].prompt).toMatch(/^ليس في وسائل قياس الرضا/);
    expect(ok(sb.execute('getFieldActivityOptions', [], { user: OFFICER }))).toEqual({ kinds: [] });
    expect(refusal(sb, 'logFieldActivityFromDialog', [activity()], OFFICER)).toMatch(ARABIC_FIRST);
  });
});

describe('the dialog pages', () => {
  it('print only words the Arabic catalog has', () => {
    for (const file of ['newProgram.html', 'newFieldActivity.html', 'newDataRequest.html', 'newBreach.html']) {
      const html = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'ui', file), 'utf8');
      const scriptlets = [...html.matchAll(/<\?([\s\S]*?)\?>/g)].map((m) => m[1]);
      expect(scriptlets.length).toBeGreaterThan(5);
      // Besides the words, the one value the server gives the page: its spec's field names (the form's data-fields).
      for (const code of scriptlets.filter((c) => c !== '= fields ')) {
        const key = /^= m\['([\w.]+)'\] $/.exec(code)?.[1];
        expect(key && Object.prototype.hasOwnProperty.call(ar, key) ? key : `${file}: <?${code}?>`).toBe(key);
      }
    }
  });
});

describe('the dialog pages and their specs', () => {
  /** The form of a page as shown: the field names it was given, its controls' ids and its labels' targets. */
  function formOf(html: string) {
    const form = /<form id="f"[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    return {
      given: /data-fields="([^"]*)"/.exec(form)?.[1] ?? null,
      controls: [...form.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]),
      labelled: [...form.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]),
    };
  }
  const sb = newRegister('esrar');
  // esrar runs no programs; rusookh does, and lists no field activity method: each dialog opened where it opens.
  const programs = newRegister('rusookh');
  const shown = (where: typeof sb, fn: string) => (ok(where.execute(fn, [], { user: OFFICER })), lastDialog(where).html);
  const pages: Record<keyof typeof DIALOG_PAGES, string> = {
    newProgram: shown(programs, 'openProgramDialog'),
    newFieldActivity: shown(sb, 'openFieldActivityDialog'),
    newComplaint: shown(sb, 'openComplaintDialog'),
    newDataRequest: shown(sb, 'openDataRequestDialog'),
    newBreach: shown(sb, 'openBreachDialog'),
    newCase: shown(sb, 'openNewCaseDialog'),
  };

  it.each(Object.keys(DIALOG_PAGES) as Array<keyof typeof DIALOG_PAGES>)('%s sends exactly the fields of its spec, each a labelled control of the page', (file) => {
    const names = Object.keys(DIALOG_PAGES[file].fields);
    const form = formOf(pages[file]);
    // The server gave the page its spec's names, in the spec's order, and the page has a control for each and no other.
    expect(form.given?.split(' ')).toEqual(names);
    expect([...form.controls].sort()).toEqual([...names].sort());
    expect([...form.labelled].sort()).toEqual([...names].sort());
    // The page sends the names it was given, not a list of its own.
    const source = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'ui', `${file}.html`), 'utf8');
    expect(source).toMatch(/submitTo\('\w+', specFields\(\)/);
    expect(source).not.toMatch(/submitTo\('\w+', \[/);
  });
});
