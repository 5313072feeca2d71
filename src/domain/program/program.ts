// A program or activity (PR): its target age group, fee, capacity and dates, its announcement and its receipt text.
import { t, type Lang } from '../../i18n';
import { compareIsoDate, formatDual, isIsoDate, withDigits, type Digits, type IsoDate } from '../time';
import { programError } from './errors';

export interface Program {
  readonly id: string;
  readonly nameAr: string;
  /** PR-3: ages in whole years on the program's first day, both ends included. */
  readonly targetAge: { readonly min: number; readonly max: number };
  /** Riyals; 0 for a free program (PR-4 applies only "if any"). */
  readonly fee: number;
  readonly capacity: number;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  /** The second route of the policy: registrants are interviewed before they are admitted. */
  readonly needsInterview: boolean;
  readonly registrationUrl: string;
  /** Further conditions in the organisation's words, published with the announcement (PR-1). */
  readonly conditions: readonly string[];
}

/** Checks a program typed by staff; throws INVALID_PROGRAM naming the first field that is wrong. */
export function checkProgram(program: Program): Program {
  const bad = (field: string): never => { throw programError({ code: 'INVALID_PROGRAM', field }); };
  if (!program.id.trim()) bad('id');
  if (!program.nameAr.trim()) bad('nameAr');
  const { min, max } = program.targetAge;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) bad('targetAge');
  if (!Number.isFinite(program.fee) || program.fee < 0) bad('fee');
  if (!Number.isInteger(program.capacity) || program.capacity < 1) bad('capacity');
  if (!isIsoDate(program.startDate)) bad('startDate');
  if (!isIsoDate(program.endDate) || compareIsoDate(program.startDate, program.endDate) > 0) bad('endDate');
  if (!/^https?:\/\/\S+$/.test(program.registrationUrl)) bad('registrationUrl');
  return program;
}

/** Age in whole years on `on`; someone born on 29 February turns a year older on 1 March in common years. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = [Number(birthDate.slice(0, 4)), Number(birthDate.slice(5, 7)), Number(birthDate.slice(8, 10))];
  const [y, m, d] = [Number(on.slice(0, 4)), Number(on.slice(5, 7)), Number(on.slice(8, 10))];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** PR-1: the announcement published with the registration link and the conditions, Arabic first. */
export function announcementText(program: Program, organisationName: string, digits: Digits, lang: Lang = 'ar'): string {
  const d = lang === 'ar' ? digits : 'latn';
  const num = (n: number): string => withDigits(String(n), d);
  const conditions = [
    t('policy.program.announce.age', { min: num(program.targetAge.min), max: num(program.targetAge.max) }, lang),
    program.fee > 0 ? t('policy.program.announce.fee', { fee: num(program.fee) }, lang) : t('policy.program.announce.free', {}, lang),
    t('policy.program.announce.capacity', { capacity: num(program.capacity) }, lang),
    ...(program.needsInterview ? [t('policy.program.announce.interview', {}, lang)] : []),
    t('policy.program.announce.complete', {}, lang),
    ...program.conditions.map((c) => c.trim()).filter((c) => c !== ''),
  ];
  return [
    t('policy.program.announce.heading', { organisation: organisationName, program: program.nameAr }, lang),
    t('policy.program.announce.dates', {
      start: formatDual(program.startDate, { lang, digits: d }), end: formatDual(program.endDate, { lang, digits: d }),
    }, lang),
    t('policy.program.announce.conditions', {}, lang),
    ...conditions.map((c, i) => `${num(i + 1)}. ${c}`),
    t('policy.program.announce.link', { url: program.registrationUrl }, lang),
  ].join('\n');
}

/** PR-5: the receipt sent to the registrant, or handed over if they pay at the organisation. */
export function receiptText(
  program: Program,
  payment: { readonly receiptNo: string; readonly amount: number; readonly paidOn: IsoDate; readonly payer: string },
  organisationName: string,
  digits: Digits,
  lang: Lang = 'ar',
): string {
  const d = lang === 'ar' ? digits : 'latn';
  return [
    t('policy.program.receipt.heading', { organisation: organisationName, receiptNo: withDigits(payment.receiptNo, d) }, lang),
    t('policy.program.receipt.body', {
      payer: payment.payer, amount: withDigits(String(payment.amount), d), program: program.nameAr,
      date: formatDual(payment.paidOn, { lang, digits: d }),
    }, lang),
  ].join('\n');
}
