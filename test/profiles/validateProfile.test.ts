// validateProfile reports every problem of a hand-written profile at once, in Arabic, with its path.
import { getProfile, validateProfile } from '../../src/profiles';
import { FSI, PDI, stripIsolates } from '../../src/domain/text/bidi';

const copy = (): Record<string, any> => JSON.parse(JSON.stringify(getProfile('esrar')));

/** The errors as words (paths and values are isolated left to right in the Arabic text; see the test below). */
function errorsOf(profile: unknown): string[] {
  const result = validateProfile(profile);
  if (result.ok) throw new Error('expected the profile to be refused');
  return result.errors.map(stripIsolates);
}

describe('validateProfile', () => {
  it('given a mistake, then its path and value are isolated, so the Arabic line starts from the right', () => {
    const broken = copy();
    broken.kind = 'charity';
    const result = validateProfile(broken);
    expect(result.ok ? [] : result.errors).toContainEqual(expect.stringContaining(`${FSI}kind${PDI}: القيمة «${FSI}charity${PDI}» غير معروفة`));
  });

  it('given a profile with several mistakes, when validated, then every mistake is reported with its path', () => {
    const broken = copy();
    broken.id = 'Esrar Coop';
    broken.name.en = 42;
    broken.kind = 'charity';
    broken.channels[1].id = 'telegram';
    broken.channels.push({ id: 'email', labelAr: 'بريد' });
    broken.tools[0].url = 'esrar.org.sa/bylaws';
    broken.deadline.rule = { kind: 'working_days', days: 0 };
    broken.reminders.beforeWorkingDays = [3, 'one'];
    broken.committees[0].memberRoles = [];
    broken.services[0].conditions[0].type = 'checkbox';
    broken.features.staffSignoff = 'yes';
    broken.clauses['XX-1'] = 'بند';
    broken.clauses['SR-1'] = '  ';
    delete broken.mailFooterAr;

    expect(errorsOf(broken)).toEqual([
      'id: المعرّف «Esrar Coop» يجب أن يبدأ بحرف لاتيني صغير ويحوي حروفاً لاتينية صغيرة وأرقاماً وشرطة سفلية فقط',
      'name.en: يجب أن يكون نصاً',
      'kind: القيمة «charity» غير معروفة؛ المسموح: association، cooperative، endowment',
      expect.stringMatching(/^channels\[1\]\.id: القيمة «telegram» غير معروفة؛ المسموح: interview، /),
      'channels[7].id: المعرّف «email» مكرر',
      'tools[0].url: الرابط يجب أن يبدأ بـ https:// أو http:// أو يترك فارغاً',
      'deadline.rule.days: يجب أن يكون عدداً صحيحاً موجباً',
      'reminders.beforeWorkingDays[1]: يجب أن يكون عدداً صحيحاً موجباً',
      'committees[0].memberRoles: يجب أن تحوي عنصراً واحداً على الأقل',
      'services[0].conditions[0].type: القيمة «checkbox» غير معروفة؛ المسموح: text، number، yes_no، date',
      'features.staffSignoff: يجب أن يكون نعم أو لا (true أو false)',
      'clauses.SR-1: لا يجوز أن يكون فارغاً',
      'clauses: معرّف البند «XX-1» غير معروف (أمثلة: SR-1، CP-2، G5)',
      'mailFooterAr: يجب أن يكون نصاً',
    ]);
  });

  it('given complaints and compensation switched on without the committees that handle them, then both are reported', () => {
    const profile = copy();
    profile.committees = profile.committees.filter((c: { purpose: string }) => c.purpose === 'eligibility');
    expect(errorsOf(profile)).toEqual([
      'committees: هذه الخاصية المفعّلة تحتاج إلى لجنة غرضها «follow_up»',
      'committees: هذه الخاصية المفعّلة تحتاج إلى لجنة غرضها «investigation»',
    ]);
  });

  it('given satisfaction measurement switched on with no method, then the empty method list is reported', () => {
    const profile = copy();
    profile.satisfaction.methods = [];
    expect(errorsOf(profile)).toEqual(['satisfaction.methods: يجب أن تحوي عنصراً واحداً على الأقل']);
  });

  it('given a seed that lacks an approval date or a city, when those stay blank, then the profile is still valid', () => {
    const profile = copy();
    profile.city = '';
    profile.approval.chair = '';
    profile.tools[0].url = '';
    expect(validateProfile(profile).ok).toBe(true);
  });

  it('given something that is not an object, then it says so once', () => {
    expect(errorsOf('esrar')).toEqual(['profile: يجب أن يكون كائناً']);
  });

  it('given an empty object, then every required section is reported', () => {
    const errors = errorsOf({});
    expect(errors.length).toBeGreaterThanOrEqual(20);
    for (const path of ['id', 'name', 'kind', 'channels', 'deadline', 'committees', 'services', 'approval', 'features', 'clauses', 'digits']) {
      expect(errors.some((e) => e.startsWith(`${path}:`))).toBe(true);
    }
  });

  it('given a profile written as JSON, when parsed and validated, then it is accepted as a profile', () => {
    const result = validateProfile(JSON.parse(JSON.stringify(getProfile('rusookh'))));
    expect(result.ok && result.profile.name.ar).toBe('جمعية التنمية الأهلية بالهفوف (رسوخ)');
  });
});
