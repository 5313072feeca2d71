// Who each clause speaks to (issue 15), on all five profiles: every clause marked a promise, a staff duty or a
// statement, and the beneficiary's forms quoting only promises, the rest cited and never pasted as our words.
import { PROFILES, getProfile, validateProfile } from '../../src/profiles';
import { SEED_CLAUSE_VOICES } from '../../src/profiles/common';
import { withDigits } from '../../src/domain/time';
import { serviceRequestForm } from '../../src/app/intake/serviceRequestForm';
import { complaintForm, dataUpdateForm } from '../../src/app/complaints/forms';
import { pastedUnquoted, quotedClauseIds } from './clauseQuotes';

const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

describe.each(Object.keys(PROFILES))('who each clause of %s speaks to', (profileId) => {
  const profile = getProfile(profileId);
  const digits = (s: string) => withDigits(s, profile.digits);
  const clauseTexts = Object.values(profile.clauses).filter((c) => c.trim().length > 15);

  it('marks every clause of the seed a promise, a staff duty or a statement', () => {
    expect(Object.keys(profile.clauses).filter((id) => !profile.clauseVoices?.[id])).toEqual([]);
    expect(Object.keys(profile.clauseVoices ?? {}).filter((id) => !(id in profile.clauses))).toEqual([]);
    expect(Object.keys(profile.clauses).filter((id) => !SEED_CLAUSE_VOICES[id])).toEqual([]);
  });

  it('marks the deadline clause a promise only where it states the period (Esrar SR-5b), not where it tells staff what to tell the beneficiary', () => {
    const id = Object.entries(profile.clauses).find(([, words]) => words.trim() === profile.deadline.clauseAr.trim())?.[0];
    expect(id).toBeDefined();
    expect(profile.clauseVoices?.[id!]).toBe(profileId === 'esrar' ? 'promise' : 'duty');
  });

  it('quotes to the beneficiary in the forms only clauses it marks promises, and pastes no clause outside «…»', () => {
    const forms = [serviceRequestForm(profile), complaintForm(profile), dataUpdateForm(profile)];
    for (const form of forms) {
      const text = [form.description, ...form.items.flatMap((i) => [i.title, i.help ?? '', ...(('choices' in i && i.choices) || [])])].join('\n');
      expect(pastedUnquoted(text, clauseTexts)).toEqual([]);
      for (const id of quotedClauseIds(text, profile.clauses, digits)) expect([id, profile.clauseVoices?.[id]]).toEqual([id, 'promise']);
    }
    const request = plain(serviceRequestForm(profile).description);
    expect(request).toMatch(new RegExp(`البند SR-[5٥]b? من سياسة تنظيم العلاقة مع المستفيدين`));
    if (profileId === 'esrar') expect(quotedClauseIds(request, profile.clauses, digits)).toEqual(['SR-5b']);
    else expect(request).toContain('نرد على طلبك خلال 14 يومًا من تاريخ اكتماله');
  });
});

describe('a profile’s clause voices', () => {
  it('rejects a voice for a clause the profile lacks and a voice that is not promise, duty or statement', () => {
    const esrar = getProfile('esrar');
    const check = validateProfile({ ...esrar, clauseVoices: { ...esrar.clauseVoices, 'SR-3': 'promise', 'SR-1': 'advice' } });
    const errors = check.ok ? [] : check.errors;
    expect(check.ok).toBe(false);
    expect(errors.filter((e) => e.includes('clauseVoices') && e.includes('SR-3'))).toHaveLength(1);
    expect(errors.filter((e) => e.includes('clauseVoices.SR-1'))).toHaveLength(1);
  });

  it('accepts the shipped profiles’ voices', () => {
    for (const profile of Object.values(PROFILES)) expect(validateProfile(profile)).toMatchObject({ ok: true });
  });
});
