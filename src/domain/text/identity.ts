// Saudi national ID / iqama, mobile and email: checked as typed (any digits, spaces, dashes), stored in one form, masked for display.
import { cleanText, toLatinDigits } from './normalize';

export type NationalIdReason =
  | 'validation.nationalId.empty'
  | 'validation.nationalId.notDigits'
  | 'validation.nationalId.length'
  | 'validation.nationalId.prefix'
  | 'validation.nationalId.checksum';
export type MobileReason = 'validation.mobile.empty' | 'validation.mobile.notDigits' | 'validation.mobile.format';
export type EmailReason = 'validation.email.empty' | 'validation.email.format';
/** Each reason is the i18n key of the message shown to the person who typed the value. */
export type ValidationReason = NationalIdReason | MobileReason | EmailReason;

export type NationalIdResult =
  | { ok: true; value: string; kind: 'citizen' | 'resident' }
  | { ok: false; reason: NationalIdReason };
export type MobileResult = { ok: true; value: string } | { ok: false; reason: MobileReason };
export type EmailResult = { ok: true; value: string } | { ok: false; reason: EmailReason };

const MASK = '•';

/** Digits of a typed number with the separators people put in it (spaces, dashes, dots, brackets) removed. */
function compactDigits(raw: string): string {
  return toLatinDigits(cleanText(raw)).replace(/[\s\-.()]/g, '');
}

/** The Luhn check Saudi national IDs and iqamas carry in their last digit. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

/** A national ID (starts with 1, citizen) or iqama (starts with 2, resident): 10 digits with a valid check digit. */
export function validateNationalId(raw: string): NationalIdResult {
  const value = compactDigits(raw);
  if (value === '') return { ok: false, reason: 'validation.nationalId.empty' };
  if (!/^\d+$/.test(value)) return { ok: false, reason: 'validation.nationalId.notDigits' };
  if (value.length !== 10) return { ok: false, reason: 'validation.nationalId.length' };
  if (value[0] !== '1' && value[0] !== '2') return { ok: false, reason: 'validation.nationalId.prefix' };
  if (!passesLuhn(value)) return { ok: false, reason: 'validation.nationalId.checksum' };
  return { ok: true, value, kind: value[0] === '1' ? 'citizen' : 'resident' };
}

// 05XXXXXXXX, 5XXXXXXXX, 9665…, +9665…, 009665…, and the common "+966 05…" with the trunk zero kept.
const SAUDI_MOBILE = /^(?:(?:\+|00)?966)?0?(5\d{8})$/;

/** A Saudi mobile in any usual form; stored as E.164 "+9665XXXXXXXX". */
export function validateMobile(raw: string): MobileResult {
  const compact = compactDigits(raw);
  if (compact === '') return { ok: false, reason: 'validation.mobile.empty' };
  if (!/^\+?\d+$/.test(compact)) return { ok: false, reason: 'validation.mobile.notDigits' };
  const match = SAUDI_MOBILE.exec(compact);
  if (!match) return { ok: false, reason: 'validation.mobile.format' };
  return { ok: true, value: `+966${match[1]}` };
}

// Pragmatic, not RFC 5322: what mail providers actually hand out, so typos are caught and real addresses pass.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** An email address, trimmed and lower-cased. */
export function validateEmail(raw: string): EmailResult {
  const value = toLatinDigits(cleanText(raw)).replace(/＠/g, '@').toLowerCase();
  if (value === '') return { ok: false, reason: 'validation.email.empty' };
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  const valid =
    at > 0 && value.length <= 254 && local.length <= 64 && LOCAL_PART.test(local) &&
    labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && /^[a-z]{2,}$/.test(labels[labels.length - 1]);
  return valid ? { ok: true, value } : { ok: false, reason: 'validation.email.format' };
}

/** "1••••••789": the first digit (citizen or resident) and the last three, enough for staff to tell cases apart. */
export function maskNationalId(id: string): string {
  const digits = compactDigits(id);
  if (digits.length <= 4) return MASK.repeat(digits.length);
  return digits[0] + MASK.repeat(digits.length - 4) + digits.slice(-3);
}

/** "+9665••••••67": the country and mobile prefix and the last two digits. */
export function maskPhone(phone: string): string {
  const checked = validateMobile(phone);
  const value = checked.ok ? checked.value : compactDigits(phone);
  const keepStart = checked.ok ? 5 : 0;
  if (value.length <= keepStart + 2) return MASK.repeat(value.length);
  return value.slice(0, keepStart) + MASK.repeat(value.length - keepStart - 2) + value.slice(-2);
}

/** "a•••@example.com": the first letter of the mailbox and the domain. */
export function maskEmail(email: string): string {
  const value = cleanText(email).toLowerCase();
  const at = value.lastIndexOf('@');
  if (at <= 0) return MASK.repeat(3);
  return value[0] + MASK.repeat(3) + value.slice(at);
}
