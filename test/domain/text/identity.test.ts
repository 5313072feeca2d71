// National ID / iqama, mobile and email as typed by beneficiaries and staff, and the masked forms shown in summaries.
import {
  maskEmail, maskNationalId, maskPhone, validateEmail, validateMobile, validateNationalId,
} from '../../../src/domain/text/identity';
import { t } from '../../../src/i18n';

// An independent check digit: the Luhn sum written from the left, as published for Saudi IDs (odd positions doubled).
function withCheckDigit(first9: string): string {
  const sumOf = (digits: string) =>
    digits.split('').reduce((sum, c, i) => {
      const n = Number(c) * (i % 2 === 0 ? 2 : 1);
      return sum + Math.floor(n / 10) + (n % 10);
    }, 0);
  for (let check = 0; check <= 9; check++) if (sumOf(first9 + check) % 10 === 0) return first9 + check;
  throw new Error('no check digit');
}

const citizen = withCheckDigit('108765432');
const resident = withCheckDigit('234567891');
const wrongCheck = citizen.slice(0, 9) + String((Number(citizen[9]) + 1) % 10);
const arabic = (s: string) => s.replace(/\d/g, (c) => String.fromCharCode(0x0660 + Number(c)));

describe('validateNationalId', () => {
  it('given a valid national ID, then it is accepted as a citizen', () => {
    expect(validateNationalId(citizen)).toEqual({ ok: true, value: citizen, kind: 'citizen' });
  });

  it('given a valid iqama typed in Arabic-Indic digits with spaces, then it is accepted as a resident in Latin digits', () => {
    const typed = ` ${arabic(resident.slice(0, 4))} ${arabic(resident.slice(4))} `;
    expect(validateNationalId(typed)).toEqual({ ok: true, value: resident, kind: 'resident' });
  });

  it.each([
    ['', 'validation.nationalId.empty'],
    ['   ', 'validation.nationalId.empty'],
    [wrongCheck, 'validation.nationalId.checksum'],
    [citizen.slice(0, 9), 'validation.nationalId.length'],
    [citizen + '0', 'validation.nationalId.length'],
    [withCheckDigit('308765432'), 'validation.nationalId.prefix'],
    [withCheckDigit('008765432'), 'validation.nationalId.prefix'],
    ['10876543A1', 'validation.nationalId.notDigits'],
    ['ID1087654321', 'validation.nationalId.notDigits'],
  ])('given %j, then it is refused with %s', (raw, reason) => {
    expect(validateNationalId(raw)).toEqual({ ok: false, reason });
  });

  it('given a wrong check digit, then the person reads the Arabic message asking to check the digits', () => {
    const result = validateNationalId(wrongCheck);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(t(result.reason)).toBe('رقم الهوية الوطنية غير صحيح: تحقق من الأرقام');
  });

  it('given every 9-digit prefix of a run, then exactly one check digit out of ten is accepted', () => {
    for (let n = 100000000; n < 100000050; n++) {
      const accepted = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((c) => validateNationalId(`${n}${c}`).ok);
      expect(accepted).toEqual([Number(withCheckDigit(String(n))[9])]);
    }
  });
});

describe('validateMobile', () => {
  it.each([
    '0512345678', '512345678', '966512345678', '+966512345678', '00966512345678', '+966 0512345678',
    '051-234-5678', '+966 51 234 5678', '(051) 234 5678',
    arabic('0512345678'), `+${arabic('966512345678')}`, '\u200E0512345678\u200E',
  ])('given %j, then it is stored as +966512345678', (raw) => {
    expect(validateMobile(raw)).toEqual({ ok: true, value: '+966512345678' });
  });

  it.each([
    ['', 'validation.mobile.empty'],
    ['05123456', 'validation.mobile.format'],
    ['05123456789', 'validation.mobile.format'],
    ['0112345678', 'validation.mobile.format'],
    ['+971512345678', 'validation.mobile.format'],
    ['+96651234567', 'validation.mobile.format'],
    ['05l2345678', 'validation.mobile.notDigits'],
    ['جوال 0512345678', 'validation.mobile.notDigits'],
  ])('given %j, then it is refused with %s', (raw, reason) => {
    expect(validateMobile(raw)).toEqual({ ok: false, reason });
  });
});

describe('validateEmail', () => {
  it.each([
    [' Ahmed.Ali@Example.COM ', 'ahmed.ali@example.com'],
    ['noura+policy@mail.org.sa', 'noura+policy@mail.org.sa'],
    ['user_1@sub-domain.example.sa', 'user_1@sub-domain.example.sa'],
  ])('given %j, then it is stored as %j', (raw, value) => {
    expect(validateEmail(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'validation.email.empty'],
    ['ahmed', 'validation.email.format'],
    ['ahmed@', 'validation.email.format'],
    ['@example.com', 'validation.email.format'],
    ['ahmed@example', 'validation.email.format'],
    ['ahmed..ali@example.com', 'validation.email.format'],
    ['ahmed ali@example.com', 'validation.email.format'],
    ['ahmed@-example.com', 'validation.email.format'],
    ['ahmed@example.c', 'validation.email.format'],
    ['أحمد@example.com', 'validation.email.format'],
  ])('given %j, then it is refused with %s', (raw, reason) => {
    expect(validateEmail(raw)).toEqual({ ok: false, reason });
  });
});

describe('masking for summaries and logs', () => {
  it('given a national ID, then only its first digit and last three show', () => {
    expect(maskNationalId('1087654329')).toBe('1••••••329');
  });

  it('given a mobile in any form, then the +9665 prefix and the last two digits show', () => {
    expect(maskPhone('0512345667')).toBe('+9665••••••67');
    expect(maskPhone('+966512345667')).toBe('+9665••••••67');
  });

  it('given an email, then the first letter and the domain show', () => {
    expect(maskEmail('Ahmed.Ali@Example.com')).toBe('a•••@example.com');
    expect(maskEmail('not-an-email')).toBe('•••');
  });

  it('given any masked value, then the hidden digits appear nowhere in it', () => {
    const masked = [maskNationalId(citizen), maskPhone('0598765432')].join(' ');
    expect(masked).not.toContain(citizen.slice(1, 7));
    expect(masked).not.toContain('987654');
  });
});

describe('messages', () => {
  it('given every reason, then Arabic and English messages exist and differ', () => {
    const reasons = [
      'validation.nationalId.empty', 'validation.nationalId.notDigits', 'validation.nationalId.length',
      'validation.nationalId.prefix', 'validation.nationalId.checksum', 'validation.mobile.empty',
      'validation.mobile.notDigits', 'validation.mobile.format', 'validation.email.empty', 'validation.email.format',
    ] as const;
    for (const reason of reasons) {
      expect(t(reason)).toMatch(/[\u0600-\u06FF]/);
      expect(t(reason, {}, 'en')).toMatch(/^[\x20-\x7E–]+$/);
    }
  });
});
