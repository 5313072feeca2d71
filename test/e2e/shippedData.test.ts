// The organisation profile comes from build/data.html (not the bundle), read once into the
// configuration cache: later executions neither read the file nor the configuration tabs. A missing or
// damaged file, or a configuration too large for the cache, is handled.
import type { CallRecord } from '../../sandbox/core/context';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Sandbox } from '../../sandbox/core/runtime';
import { ROOT } from '../support/bundle';
import { completeAnswers, mails, newRegister, ok, rows, submit } from './harness';
import { VERSION } from '../../src/version';
import { PROFILES } from '../../src/profiles';
import { stripIsolates } from '../../src/domain/text/bidi';

const BUILD = path.join(ROOT, 'build');
const CASES = 'الحالات';
const fileReads = (calls: CallRecord[]) => calls.filter((c) => c.method === 'HtmlService.createHtmlOutputFromFile').length;

/** The script cache as it is once every entry has expired. */
function coldCache(sb: Sandbox): void {
  const cache = sb.world.services.cache as { script: Record<string, unknown> };
  for (const key of Object.keys(cache.script)) delete cache.script[key];
}

describe('the profile file and the configuration cache', () => {
  it('reads the file on the first execution with a cold cache and not on the next', () => {
    const sb = newRegister();
    // Setup warms the cache (its catch-up loads the configuration): let it expire, as six hours would.
    coldCache(sb);
    const first = submit(sb, completeAnswers()).executions;
    const second = submit(sb, completeAnswers({ national_id: '1000000016' })).executions;
    expect(first.map((e) => e.error?.message ?? null)).toEqual([null]);
    expect(second.map((e) => e.error?.message ?? null)).toEqual([null]);
    expect(fileReads(first[0].calls)).toBe(1);
    expect(fileReads(second[0].calls)).toBe(0);
    // The profile's 15-working-day rule applied both times.
    expect(rows(sb, CASES).map((c) => c['حالة الطلب'])).toEqual(['مكتمل', 'مكتمل']);
  });

  it('keys the cache by the version and the data file, so a new deployment never reads what the one before cached', () => {
    const sb = newRegister();
    const cache = sb.world.services.cache as { script: Record<string, { value: string; expiresMs: number }> };
    coldCache(sb);
    // What an older deployment cached: another profile under its own key.
    const stale = { profile: { ...PROFILES.esrar, name: { ar: 'اسم قديم', en: 'old' } }, tabs: { settings: {}, staff: [], holidays: [] } };
    cache.script['mustafid:config:0.0.9:000000000000'] = { value: JSON.stringify(stale), expiresMs: Date.parse('2027-01-01T00:00:00Z') };
    const [run] = submit(sb, completeAnswers()).executions;
    expect(run.error).toBeNull();
    expect(fileReads(run.calls)).toBe(1);
    const dataHash = crypto.createHash('sha256').update(fs.readFileSync(path.join(BUILD, 'data.html'))).digest('hex').slice(0, 12);
    const key = `mustafid:config:${VERSION}:${dataHash}`;
    expect(Object.keys(cache.script)).toContain(key);
    expect(JSON.parse(cache.script[key].value).profile.name.ar).toBe(PROFILES.esrar.name.ar);
    expect(mails(sb).some((m) => m.text.includes('اسم قديم'))).toBe(false);
  });

  it('refuses an unknown profile in Arabic, naming the ones the file holds', () => {
    const sb = newRegister();
    const run = sb.execute('setup', ['nonexistent']);
    // Read as a person reads it: the Latin ids are isolated inside the Arabic sentence.
    expect(stripIsolates(run.error?.message ?? '')).toContain('ملف الجهة «nonexistent» غير معروف');
    expect(run.error?.message).toContain('«\u2068nonexistent\u2069»');
    for (const id of Object.keys(PROFILES)) expect(run.error?.message).toContain(id);
    // A known one is taken from the file: the settings tab names the organisation.
    ok(sb.execute('setup', ['rusookh']));
    expect(rows(sb, 'الإعدادات').find((r) => r['المفتاح'] === 'org_name')?.['القيمة']).toBe(PROFILES.rusookh.name.ar);
  });
});

describe('a configuration too large for the cache', () => {
  // 300 staff with long Arabic names: under 100,000 characters of JSON, but over CacheService's 100 KB,
  // since an Arabic letter takes two bytes.
  const staff = Array.from({ length: 300 }, (_, i) => ({
    email: `staff${i}@gmail.com`, name: `${'عبدالرحمن بن محمد بن عبدالله آل '.repeat(4)}${i}`, role: 'officer',
  }));

  it('is read from the tabs on each execution instead of failing the submission', () => {
    const sb = new Sandbox({ start: '2026-11-22T06:00:00Z', boundSpreadsheet: 'سجل المستفيدين', account: 'consumer' });
    ok(sb.execute('setup', ['esrar', { managerEmail: 'manager@gmail.com', staff }]));
    const runs = [...submit(sb, completeAnswers()).executions, ...submit(sb, completeAnswers({ national_id: '1000000016' })).executions];
    expect(runs.map((e) => e.error?.message ?? null)).toEqual([null, null]);
    expect(rows(sb, CASES)).toHaveLength(2);
    expect(runs.map((e) => fileReads(e.calls))).toEqual([1, 1]);
  });
});

describe('a project pushed without its data file, or with it edited by hand', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const buildWith = (data: string | null): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mustafid-build-'));
    dirs.push(dir);
    // The register's own files only: build/addon/ is the add-on's bundle, another project.
    for (const f of fs.readdirSync(BUILD, { withFileTypes: true })) if (f.isFile() && f.name !== 'data.html') fs.copyFileSync(path.join(BUILD, f.name), path.join(dir, f.name));
    if (data !== null) fs.writeFileSync(path.join(dir, 'data.html'), data);
    return dir;
  };

  it.each([['missing', null], ['damaged', '{"profiles": {"esrar": ']])('when the file is %s, setup says so in Arabic and how to mend it', (_, data) => {
    const sb = new Sandbox({ start: '2026-11-22T06:00:00Z', boundSpreadsheet: 'سجل المستفيدين', account: 'consumer', buildDir: buildWith(data) });
    const run = sb.execute('setup', ['esrar', {}]);
    expect(run.error?.message).toBe('ملف بيانات الجهات («data») مفقود أو تالف في مشروع البرنامج: أعد نشر البرنامج (npm run deploy) دون تعديل هذا الملف.');
  });
});
