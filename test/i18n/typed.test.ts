// The catalog is typed end to end: a key the Arabic catalog lacks, a placeholder left out or misnamed, an English
// area missing a key, are compile errors (shown by running tsc on small files written to break each rule), and at
// run time t() never hands back its key as if it were a message.
import * as path from 'path';
import { ROOT } from '../support/bundle';
import { codes, compileFixtures } from '../support/compileFixtures';
import { isLabelKey, knownLabel, t } from '../../src/i18n';

const I18N = path.join(ROOT, 'src', 'i18n');
const CODED = JSON.stringify(path.join(ROOT, 'src', 'domain', 'codedError'));

describe('the catalog at compile time', () => {
  const i18n = JSON.stringify(I18N);
  const errors = compileFixtures({
    'keeps.ts': `import { t } from ${i18n};
      export const a = t('menu.title');
      export const b = t('register.error.caseNotFound', { caseNo: '1448-00009' });
      export const c = t('minutes.ok', { count: 2 }, 'en');
      export const d = (s: 'closed' | 'received') => t(\`case.status.\${s}\`);`,
    'keepsErrors.ts': `import { failure, noParams, refusals } from ${CODED};
      export const a = failure('CASE_NOT_FOUND', 'register.error.caseNotFound', { caseNo: '1' });
      export const b = failure('BUSY', 'register.error.busy');
      export const c = refusals<{ code: 'FIELD_REQUIRED'; field: 'unit' } | { code: 'REASONS_REQUIRED' }, 'case.error'>('Case', 'case.error', {
        FIELD_REQUIRED: () => ({ field: { label: 'case.field.unit' } }), REASONS_REQUIRED: noParams });`,
    'errorParamsMissing.ts': `import { failure } from ${CODED};\nexport const a = failure('CASE_NOT_FOUND', 'register.error.caseNotFound');`,
    'refusalUnworded.ts': `import { noParams, refusals } from ${CODED};
      export const a = refusals<{ code: 'NO_SUCH_CODE' }, 'case.error'>('Case', 'case.error', { NO_SUCH_CODE: noParams });`,
    'refusalCodeUnlisted.ts': `import { noParams, refusals } from ${CODED};
      export const a = refusals<{ code: 'REASONS_REQUIRED' | 'NOTHING_SUPPLIED' }, 'case.error'>('Case', 'case.error', { REASONS_REQUIRED: noParams });`,
    'unknownKey.ts': `import { t } from ${i18n};\nexport const a = t('menu.titel');`,
    'unknownTemplateKey.ts': `import { t } from ${i18n};\nexport const a = (s: 'closed' | 'shut') => t(\`case.status.\${s}\`);`,
    'paramsMissing.ts': `import { t } from ${i18n};\nexport const a = t('register.error.caseNotFound');`,
    'paramMisnamed.ts': `import { t } from ${i18n};\nexport const a = t('register.error.caseNotFound', { case: '1448-00009' });`,
    'pluralCountMissing.ts': `import { t } from ${i18n};\nexport const a = t('minutes.ok', {});`,
    'englishKeyMissing.ts': `import type { Message } from ${i18n};
      import type { core as arCore } from ${JSON.stringify(path.join(I18N, 'ar', 'core'))};
      export const core: Record<keyof typeof arCore, Message> = { 'menu.title': 'Mustafid', 'menu.about': 'About', 'about.body': '{version}', 'card.home.title': 'Mustafid' };`,
    'englishKeyExtra.ts': `import type { Message } from ${i18n};
      import type { core as arCore } from ${JSON.stringify(path.join(I18N, 'ar', 'core'))};
      export const core: Record<keyof typeof arCore, Message> = { 'menu.title': 'M', 'menu.about': 'A', 'about.body': '{version}', 'card.home.title': 'M', 'card.home.subtitle': 'B', 'menu.extra': 'X' };`,
  });

  it('compiles the calls that keep the rules (so each refusal below is for its own reason)', () => {
    expect(codes(errors['keeps.ts'])).toEqual([]);
    expect(codes(errors['keepsErrors.ts'])).toEqual([]);
  });

  it.each([
    ['unknownKey.ts', 'a key the Arabic catalog lacks', 'TS2345'],
    ['unknownTemplateKey.ts', 'a key built from an id with no label', 'TS2345'],
    ['paramsMissing.ts', 'a message with placeholders called with no parameters', 'TS2554'],
    ['paramMisnamed.ts', 'a parameter the message does not have', 'TS2353'],
    ['pluralCountMissing.ts', "a plural message without its count", 'TS2345'],
    ['englishKeyMissing.ts', 'an English area missing one of the Arabic keys', 'TS2741'],
    ['englishKeyExtra.ts', 'an English area with a key Arabic lacks', 'TS2353'],
    ['errorParamsMissing.ts', 'a coded error whose message has placeholders, thrown without them', 'TS2554'],
    ['refusalUnworded.ts', 'a refusal code with no message under its prefix', 'TS2554'],
    ['refusalCodeUnlisted.ts', 'a refusal code the wording table leaves out', 'TS2345'],
  ])('refuses %s: %s (%s)', (file, _why, code) => {
    expect(codes(errors[file])).toEqual([code]);
  });

  it.each([
    ['unknownKey.ts', `Argument of type '"menu.titel"' is not assignable to parameter of type '"menu.title" |`],
    ['unknownTemplateKey.ts', `Argument of type '"case.status.closed" | "case.status.shut"' is not assignable to parameter of type`],
  ])('names the wrong key in %s, on the key argument (not as a count of arguments)', (file, message) => {
    expect(errors[file]).toHaveLength(1);
    expect(errors[file][0].message).toContain(message);
    expect(errors[file][0].message).not.toMatch(/Expected \d/);
  });
});

describe('the catalog at run time', () => {
  it('throws for a key it lacks (only a cast could pass one) instead of showing the key', () => {
    // Only by defeating the types can a wrong key reach t(): the compiler refuses it (above).
    const untyped = t as unknown as (key: string) => string;
    expect(() => untyped('menu.titel')).toThrow(expect.objectContaining({ cause: { code: 'MISSING_MESSAGE' } }));
  });

  it('checks a label key built from data against the catalog', () => {
    expect(knownLabel('case.status.closed')).toBe('case.status.closed');
    expect(() => knownLabel('case.status.shut')).toThrow(expect.objectContaining({ cause: { code: 'MISSING_MESSAGE' } }));
    expect(isLabelKey('register.error.caseNotFound')).toBe(false);
    expect(isLabelKey('template.placeholder.line')).toBe(true);
  });
});
