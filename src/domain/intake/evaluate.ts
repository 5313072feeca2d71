// Reads a service request's answers against the profile: normalises them and lists what is missing
// or invalid (SR-2), so an incomplete request becomes a case of its own, never a silent drop.
import type { Profile, Service } from '../../profiles/schema';
import { cleanText, normalizeArabicName, validateEmail, validateMobile, validateNationalId, type ValidationReason } from '../text';
import { compareIsoDate, isIsoDate, type IsoDate } from '../time';
import { toLatinDigits } from '../text';
import { replyChannelFromAnswer, replyChannels, channelLabel } from './channels';
import type { LabelUnder } from '../../i18n';

/** The answers of a request by question key (a form submission or a staff entry). */
export type RequestAnswers = Record<string, string | string[] | boolean | undefined>;

/** One missing or invalid item: its key for the decider, and what to tell the beneficiary. */
export interface MissingItem {
  key: string;
  /** i18n key of the item's name, with params (e.g. a service condition's label). */
  label: { key: `intake.missing.${LabelUnder<'intake.missing.'>}` } | { key: 'intake.missing.condition'; params: { label: string } };
  /** i18n key of why it is invalid, when it was given but is wrong. */
  reason?: ValidationReason | 'intake.missing.id_expired';
}

export interface Identity {
  fullName: string;
  nameKey: string;
  nationalId: string | null;
  idKind: 'citizen' | 'resident' | null;
  mobile: string | null;
  email: string | null;
}

export interface Evaluation {
  identity: Identity;
  service: Service | null;
  beneficiaryType: string | null;
  category: string | null;
  domain: string | null;
  replyChannel: string;
  /** Channels the person accepted messages on (the consent question; the agreed channel always counts),
   *  or null when the form did not ask (an older form, a staff entry). */
  channelsAccepted: string[] | null;
  details: string;
  conditions: Record<string, string>;
  missing: MissingItem[];
}

function text(answers: RequestAnswers, key: string): string {
  const v = answers[key];
  if (Array.isArray(v)) return cleanText(v.join('، '));
  if (typeof v === 'boolean') return v ? 'true' : '';
  return cleanText(v ?? '');
}

function acceptedChannels(profile: Profile, answers: RequestAnswers, replyChannel: string): string[] | null {
  const v = answers.channels_accepted;
  if (v === undefined || v === null) return null;
  const picked = (Array.isArray(v) ? v : String(v).split(/,\s*|،\s*/)).map((x) => cleanText(String(x)));
  const ids = replyChannels(profile).filter((id) => picked.includes(id) || picked.includes(channelLabel(profile, id)));
  return ids.includes(replyChannel) ? ids : [replyChannel, ...ids];
}

function checked(answers: RequestAnswers, key: string): boolean {
  const v = answers[key];
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.length > 0;
  return cleanText(v ?? '') !== '';
}

/** Finds an option by id or by its Arabic label (forms send labels, the staff dialog sends ids). */
function pick<T extends { id: string }>(options: readonly T[], label: (o: T) => string, answer: string): T | null {
  return options.find((o) => o.id === answer || label(o) === answer) ?? null;
}

/** A date typed as yyyy-mm-dd (Google Forms' date answers) in Latin or Arabic-Indic digits. */
function answerDate(raw: string): IsoDate | null {
  const latin = toLatinDigits(raw).trim();
  return isIsoDate(latin) ? (latin as IsoDate) : null;
}

export function evaluateRequest(answers: RequestAnswers, profile: Profile, today: IsoDate): Evaluation {
  const missing: MissingItem[] = [];
  const need = (key: LabelUnder<'intake.missing.'>, reason?: MissingItem['reason']) => missing.push({ key, label: { key: `intake.missing.${key}` }, reason });

  const fullName = text(answers, 'full_name');
  if (!fullName) need('full_name');

  const id = validateNationalId(text(answers, 'national_id'));
  if (!id.ok) need('national_id', id.reason === 'validation.nationalId.empty' ? undefined : id.reason);

  const expiryRaw = text(answers, 'id_expiry');
  const expiry = expiryRaw ? answerDate(expiryRaw) : null;
  if (expiryRaw && !expiry) need('id_expiry');
  else if (expiry && compareIsoDate(expiry, today) < 0) need('id_expiry', 'intake.missing.id_expired');

  const mobile = validateMobile(text(answers, 'mobile'));
  if (!mobile.ok) need('mobile', mobile.reason === 'validation.mobile.empty' ? undefined : mobile.reason);

  const replyChannel = replyChannelFromAnswer(profile, text(answers, 'reply_channel'));
  const emailRaw = text(answers, 'email');
  const email = emailRaw ? validateEmail(emailRaw) : null;
  if (email && !email.ok) need('email', email.reason);
  else if (!email && replyChannel === 'email') need('email');

  const beneficiaryType = pick(profile.beneficiaryTypes, (b) => b.labelAr, text(answers, 'beneficiary_type'))?.id ?? null;
  if (!beneficiaryType) need('beneficiary_type');
  const category = pick(profile.categories, (c) => c.nameAr, text(answers, 'category'))?.id ?? null;
  const domain = pick(profile.domains, (d) => d.nameAr, text(answers, 'domain'))?.id ?? null;

  const service = pick(profile.services, (s) => s.nameAr, text(answers, 'service'));
  if (!service) need('service');
  const conditions: Record<string, string> = {};
  for (const condition of service?.conditions ?? []) {
    const value = text(answers, `cond_${condition.key}`);
    if (value) conditions[condition.key] = value;
    else missing.push({ key: `cond_${condition.key}`, label: { key: 'intake.missing.condition', params: { label: condition.labelAr } } });
  }

  if (!checked(answers, 'attestation')) need('attestation');
  if (!checked(answers, 'consent')) need('consent');

  return {
    identity: {
      fullName,
      nameKey: normalizeArabicName(fullName),
      nationalId: id.ok ? id.value : null,
      idKind: id.ok ? id.kind : null,
      mobile: mobile.ok ? mobile.value : null,
      email: email && email.ok ? email.value : null,
    },
    service,
    beneficiaryType,
    category,
    domain,
    replyChannel,
    channelsAccepted: acceptedChannels(profile, answers, replyChannel),
    details: text(answers, 'details'),
    conditions,
    missing,
  };
}

/** True when a submission carries no answer at all (Google has been seen to fire a blank duplicate). */
export function isBlankSubmission(answers: RequestAnswers): boolean {
  return Object.values(answers).every((v) => (Array.isArray(v) ? v.length === 0 : v === undefined || v === '' || v === false));
}
