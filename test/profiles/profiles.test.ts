// The five seed profiles: they validate, and each quotes its own organisation's policy.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_PROFILE_ID, PROFILES, getProfile, validateProfile, type Profile } from '../../src/profiles';

// The seeds live in shared/, beside the repository (as CI clones it), or at /work/shared on a developer machine.
const SEEDS = [resolve(__dirname, '..', '..', '..', 'shared', 'seeds'), '/work/shared/seeds'].find((d) => existsSync(d)) ?? '/work/shared/seeds';
const seedOf: Record<string, string> = {
  rusookh: '000_9fa57059f2a7515c.txt',
  qurainah: '001_b132cf30204af5ff.txt',
  esrar: '002_c6c8e908a75697b0.txt',
  mafatih: '003_a61ad346024409ff.txt',
  academy: '004_14efecf254e10e0a.txt',
};
const seedText = (id: string): string => readFileSync(join(SEEDS, seedOf[id] as string), 'utf8');

/**
 * Compares wording, not layout: the seeds are text extracted from PDFs, with words broken across
 * lines and list numbers, bullets and bold marks between them.
 */
const words = (text: string): string => text.replace(/[\s\-*ـ.:،,؛()0-9٠-٩]/g, '');

const ids = Object.keys(seedOf);

describe('the seed profiles', () => {
  it('given the five seed organisations, then there is a ready profile for each', () => {
    expect(Object.keys(PROFILES)).toEqual(expect.arrayContaining(ids));
  });

  // Every profile the product ships, including one a new organisation adds (docs/profiles.md).
  it.each(Object.keys(PROFILES))('given the shipped %s profile, when it is validated, then it has no error', (id) => {
    const checked = validateProfile(PROFILES[id]);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
  });

  it.each(ids)('given the %s profile, when it is validated, then it has no error', (id) => {
    expect(validateProfile(getProfile(id))).toEqual({ ok: true, profile: getProfile(id) });
  });

  it.each(ids)('given the %s profile, then every clause it quotes is in its own seed, word for word', (id) => {
    const seed = words(seedText(id));
    const profile = getProfile(id);
    const quoted = {
      ...profile.clauses,
      deadline: profile.deadline.clauseAr,
      ...Object.fromEntries(profile.channels.map((c) => [`channel ${c.id}`, c.labelAr])),
      ...Object.fromEntries(profile.tools.map((tool) => [`tool ${tool.id}`, tool.titleAr])),
      ...Object.fromEntries(profile.satisfaction.methods.map((m) => [`method ${m.id}`, m.labelAr])),
    };
    const notInSeed = Object.entries(quoted).filter(([, text]) => !seed.includes(words(text))).map(([key]) => key);
    expect(notInSeed).toEqual([]);
  });

  it.each(ids)('given the %s profile, then its approval fields are taken from its own seed', (id) => {
    const seed = seedText(id);
    const filled = Object.values(getProfile(id).approval).filter((value) => value !== '');
    expect(filled.filter((value) => !words(seed).includes(words(value)))).toEqual([]);
  });

  it.each([
    ['rusookh', 'EL-field_visit', 'يتم فيها زيارة المستفيد في منزله أو مكان عمله'],
    ['rusookh', 'PR-interview_4', 'لترشيحهم للمقابلة الشخصية'],
    ['qurainah', 'SR-3', 'إحالته لمسئول البحث الاجتماعي'],
    ['esrar', 'SR-5b', 'لا تتجاوز (15) يوم عمل من تاريخ اكتمال الطلب'],
    ['esrar', 'SAT-3', 'الزيارات الإشرافية على المكاتب'],
    ['mafatih', 'INTRO', 'يضع وقف مفاتيح الخير'],
    ['academy', 'INTRO', 'تضع جمعية الأكاديمية الإسلامية المفتوحة'],
  ])('given the %s profile, then clause %s carries the seed\'s distinctive phrase «%s»', (id, clause, phrase) => {
    expect(seedText(id)).toContain(phrase);
    expect(getProfile(id).clauses[clause]).toContain(phrase);
  });

  it('given the clause families, then each profile carries only those its seed has', () => {
    const families = (p: Profile) => [...new Set(Object.keys(p.clauses).map((k) => k.replace(/[-_].*$|\d.*$/, '')))].sort();
    expect(Object.fromEntries(ids.map((id) => [id, families(getProfile(id))]))).toEqual({
      rusookh: ['AP', 'CM', 'CP', 'EL', 'G', 'IN', 'INTRO', 'PR', 'RB', 'SR'],
      qurainah: ['G', 'INTRO', 'SR'],
      esrar: ['AP', 'CM', 'CP', 'IN', 'INTRO', 'RB', 'RS', 'SAT', 'SR'],
      mafatih: ['AP', 'G', 'INTRO', 'SR'],
      academy: ['AP', 'G', 'INTRO', 'SR'],
    });
  });

  it('given the features table of POLICY.md, then each profile switches on exactly its seed\'s clauses', () => {
    expect(Object.fromEntries(ids.map((id) => [id, getProfile(id).features]))).toEqual({
      rusookh: { eligibility: true, programs: true, complaints: true, compensation: true, satisfaction: false, staffSignoff: false },
      qurainah: { eligibility: false, programs: false, complaints: false, compensation: false, satisfaction: false, staffSignoff: false },
      esrar: { eligibility: false, programs: false, complaints: true, compensation: true, satisfaction: true, staffSignoff: true },
      mafatih: { eligibility: false, programs: false, complaints: false, compensation: false, satisfaction: false, staffSignoff: false },
      academy: { eligibility: false, programs: false, complaints: false, compensation: false, satisfaction: false, staffSignoff: false },
    });
  });

  it('given the deadlines, then Esrar replies within 15 working days and the others within two weeks', () => {
    expect(Object.fromEntries(ids.map((id) => [id, getProfile(id).deadline.rule]))).toEqual({
      rusookh: { kind: 'calendar_days', days: 14 },
      qurainah: { kind: 'calendar_days', days: 14 },
      esrar: { kind: 'working_days', days: 15 },
      mafatih: { kind: 'calendar_days', days: 14 },
      academy: { kind: 'calendar_days', days: 14 },
    });
    for (const id of ids) expect(seedText(id)).toContain(getProfile(id).deadline.rule.kind === 'working_days' ? 'يوم عمل' : 'أسبوعين');
  });

  it('given SR-3, then 001, 003 and 004 refer to the social research officer and the others to the responsible officer', () => {
    expect(Object.fromEntries(ids.map((id) => [id, getProfile(id).officerForUnclearProcedure]))).toEqual({
      rusookh: 'responsible_officer', qurainah: 'social_research_officer', esrar: 'responsible_officer',
      mafatih: 'social_research_officer', academy: 'social_research_officer',
    });
  });

  it('given each profile, then it offers at least three services and a contact officer for every category and domain', () => {
    for (const id of ids) {
      const p = getProfile(id);
      expect(p.services.length).toBeGreaterThanOrEqual(3);
      expect([...p.categories, ...p.domains].every((area) => area.contactOfficerRole.trim() !== '')).toBe(true);
    }
  });

  it('given no choice of organisation, then the default is Esrar', () => {
    expect(getProfile(DEFAULT_PROFILE_ID).name.ar).toBe('الجمعية التعاونية إصرار للأسر المنتجة');
  });

  it('given an id that is not a ready profile, when it is looked up, then the error names the known ids', () => {
    let cause: unknown;
    try {
      getProfile('toString');
    } catch (error) {
      cause = (error as Error).cause;
    }
    expect(cause).toEqual({ code: 'UNKNOWN_PROFILE', id: 'toString', known: ids });
  });
});
