// The organisation profile: everything that differs between organisations, and its hand-written check.
import { fill, type ArgsOf, type MessageKey } from '../i18n';

/** Communication channels (CH): the union of the five seeds. */
export const CHANNEL_IDS = [
  'interview', 'phone', 'social_media', 'letter', 'fax', 'website', 'email', 'whatsapp',
  'google_forms', 'assistance_request', 'volunteering', 'representatives',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const ORGANISATION_KINDS = ['association', 'cooperative', 'endowment'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const BENEFICIARY_TYPES = ['individual', 'family', 'legal_entity'] as const;
export type BeneficiaryTypeId = (typeof BENEFICIARY_TYPES)[number];

export const COMMITTEE_PURPOSES = ['research', 'eligibility', 'follow_up', 'investigation'] as const;
export type CommitteePurpose = (typeof COMMITTEE_PURPOSES)[number];

export const CONDITION_TYPES = ['text', 'number', 'yes_no', 'date'] as const;
export type ConditionType = (typeof CONDITION_TYPES)[number];

/** SR-3: who answers a beneficiary the procedure is unclear to. */
export const UNCLEAR_PROCEDURE_OFFICERS = ['social_research_officer', 'responsible_officer'] as const;
export type UnclearProcedureOfficer = (typeof UNCLEAR_PROCEDURE_OFFICERS)[number];

/** SAT: Esrar's six ways of measuring satisfaction. */
export const SATISFACTION_METHODS = [
  'periodic_survey', 'field_survey', 'supervisory_visits', 'interviews', 'complaints_follow_up', 'contact_officer_supervision',
] as const;
export type SatisfactionMethodId = (typeof SATISFACTION_METHODS)[number];

export const CLAUSE_VOICES = ['promise', 'duty', 'statement'] as const;
export type ClauseVoice = (typeof CLAUSE_VOICES)[number];

export const DEADLINE_KINDS = ['working_days', 'calendar_days'] as const;
/** Same shape as src/domain/time's DeadlineRule, declared here so profiles stay independent of it. */
export interface DeadlineRule { kind: (typeof DEADLINE_KINDS)[number]; days: number }

export interface Committee {
  id: string;
  nameAr: string;
  purpose: CommitteePurpose;
  /** Arabic role titles, e.g. رئيس اللجنة، عضو، مقرر. */
  memberRoles: string[];
}

/** IN-1: a beneficiary category or a domain of the organisation, each with its contact officer. */
export interface ContactArea { id: string; nameAr: string; contactOfficerRole: string }

export interface ServiceCondition { key: string; labelAr: string; type: ConditionType }
export interface Service { id: string; nameAr: string; conditions: ServiceCondition[] }

/** AP: the board approval exactly as the seed gives it; what a seed lacks stays ''. */
export interface Approval {
  body: string;
  meetingNumber: string;
  minutesNumber: string;
  hijriDate: string;
  gregorianDate: string;
  chair: string;
  chairTitle: string;
}

export interface Features {
  eligibility: boolean;
  programs: boolean;
  complaints: boolean;
  compensation: boolean;
  /** SAT-2…6: field surveys, visits, interviews and management follow-up (the periodic survey is for all). */
  satisfaction: boolean;
  staffSignoff: boolean;
}

export interface Profile {
  id: string;
  name: { ar: string; en: string };
  kind: OrganisationKind;
  city: string;
  channels: { id: ChannelId; labelAr: string }[];
  tools: { id: string; titleAr: string; url: string }[];
  deadline: { rule: DeadlineRule; clauseAr: string };
  reminders: { beforeWorkingDays: number[] };
  complaintDeadline: DeadlineRule;
  committees: Committee[];
  beneficiaryTypes: { id: BeneficiaryTypeId; labelAr: string }[];
  categories: ContactArea[];
  domains: ContactArea[];
  services: Service[];
  officerForUnclearProcedure: UnclearProcedureOfficer;
  approval: Approval;
  features: Features;
  satisfaction: { afterServiceDelayDays: number; periodicMonths: number; methods: { id: SatisfactionMethodId; labelAr: string }[] };
  /** The organisation's own wording, keyed by clause id (SR-1, CP-2, G5, EL-field_visit…). */
  clauses: Record<string, string>;
  /** Who each clause speaks to (issue 15): a `promise` to the beneficiary may be quoted to them in «…» with its
   *  citation; a staff `duty` («التوضيح للمستفيد…») and a `statement` of aims, scope or approval are cited, never
   *  quoted to a beneficiary. A clause left out is not quoted. */
  clauseVoices?: Record<string, ClauseVoice>;
  digits: 'arab' | 'latn';
  mailFooterAr: string;
  /** The yearly archive (docs/profiles.md): rows older than these many days leave the register for the
   *  archive spreadsheet of their Hijri year. Closed and withdrawn cases from their closing; sent mail from
   *  its sending; audit rows of cases no longer in the register (and of no case). */
  retention: Retention;
  /** Bridge days (a lone working day between an official holiday and the weekend) seeded as holidays. The
   *  civil-service rule gives them; announcements for the private and non-profit sectors have not always, so
   *  they are off unless the organisation opts in, and then marked to confirm with the ministry's announcement. */
  bridgeDays?: boolean;
  messaging?: Messaging;
}

/** The SMS gateways (src/adapters/sms/providers.ts) and the WhatsApp templates a message kind uses. */
export const SMS_PROVIDER_IDS = ['unifonic', 'taqnyat', 'msegat', 'json'] as const;
export const WHATSAPP_TEMPLATE_KINDS = ['acknowledgement', 'missing', 'decision', 'survey', 'program', 'complaint'] as const;
export type WhatsAppTemplateKind = (typeof WHATSAPP_TEMPLATE_KINDS)[number];

/** Beyond e-mail (issue 16): the organisation's SMS provider and registered sender name, and its WhatsApp
 *  Business number and approved templates. Keys and tokens are never here: script properties only. */
export interface Messaging {
  sms?: {
    provider: (typeof SMS_PROVIDER_IDS)[number];
    /** The sender name registered with the provider (and CITC): what the phone shows. The settings tab's
     *  `sms_sender` overrides it (an organisation registers its own). */
    sender?: string;
    /** Msegat's account user name. */
    userName?: string;
    /** The plain JSON POST's address (https). */
    url?: string;
    /** The gateway's own limit on messages a day (the contract's), if any. */
    dailyLimit?: number;
  };
  whatsapp?: {
    /** The WhatsApp Business number's id at Meta; the settings tab's `whatsapp_phone_number_id` overrides it. */
    phoneNumberId?: string;
    /** Meta's language code of the approved templates ('ar'). */
    language: string;
    templates: Record<WhatsAppTemplateKind, string>;
    /** Business-initiated conversations a day the number's messaging tier allows (250, 1,000…). */
    dailyLimit?: number;
  };
}

export interface Retention {
  archiveClosedAfterDays: number;
  archiveSentMailAfterDays: number;
  archiveAuditAfterDays: number;
  /** PDPL (issue 17): a person whose every case closed longer ago than this, with nothing open, is anonymised
   *  by the yearly retention run (src/app/privacy/retention.ts). */
  anonymiseClosedAfterDays: number;
}

/**
 * Clause ids a profile may carry: the POLICY.md families, numbered as in the policy, with a letter
 * for an extra sentence (SR-2b) and a slug for named parts (EL-field_visit, PR-interview_4).
 */
export const CLAUSE_ID = /^(INTRO(_\d)?|AP|RS(-\d)?|G[0-6](-[a-e])?|SR-[1-7][a-z]?|CP-[1-4]|CM-[1-3]|RB-[1-4]|IN-[1-3]|SAT-[1-6]|(EL|PR)-[a-z0-9_]+)$/;

const ID = /^[a-z][a-z0-9_]*$/;
const URL = /^https?:\/\/\S+$/;

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** Checks an organisation's profile and reports every problem at once, in Arabic, with its path. */
export function validateProfile(x: unknown): ProfileCheck {
  const errors: string[] = [];
  // Report's own signature checks each key and its parameters; fill words what it was given.
  const report: Report = (key, ...[params]) => void errors.push(fill(key, params ?? {}, 'ar'));
  const c = checker(report);

  const root = c.object(x, 'profile');
  if (!root) return { ok: false, errors };

  c.id(root.id, 'id');
  const name = c.object(root.name, 'name');
  if (name) {
    c.text(name.ar, 'name.ar');
    c.text(name.en, 'name.en');
  }
  c.oneOf(root.kind, ORGANISATION_KINDS, 'kind');
  c.text(root.city, 'city', { blankAllowed: true });

  c.list(root.channels, 'channels', { nonEmpty: true, idsAt: 'id' }, (item, path) => {
    const channel = c.object(item, path);
    if (!channel) return;
    c.oneOf(channel.id, CHANNEL_IDS, `${path}.id`);
    c.text(channel.labelAr, `${path}.labelAr`);
  });
  c.list(root.tools, 'tools', { idsAt: 'id' }, (item, path) => {
    const tool = c.object(item, path);
    if (!tool) return;
    c.id(tool.id, `${path}.id`);
    c.text(tool.titleAr, `${path}.titleAr`);
    const url = c.text(tool.url, `${path}.url`, { blankAllowed: true });
    if (url && !URL.test(url)) report('profile.error.badUrl', { path: `${path}.url` });
  });

  const deadline = c.object(root.deadline, 'deadline');
  if (deadline) {
    c.deadlineRule(deadline.rule, 'deadline.rule');
    c.text(deadline.clauseAr, 'deadline.clauseAr');
  }
  const reminders = c.object(root.reminders, 'reminders');
  if (reminders) {
    c.list(reminders.beforeWorkingDays, 'reminders.beforeWorkingDays', {}, (n, path) => c.positiveInteger(n, path));
  }
  c.deadlineRule(root.complaintDeadline, 'complaintDeadline');

  const purposes = new Set<unknown>();
  c.list(root.committees, 'committees', { nonEmpty: true, idsAt: 'id' }, (item, path) => {
    const committee = c.object(item, path);
    if (!committee) return;
    c.id(committee.id, `${path}.id`);
    c.text(committee.nameAr, `${path}.nameAr`);
    if (c.oneOf(committee.purpose, COMMITTEE_PURPOSES, `${path}.purpose`)) purposes.add(committee.purpose);
    c.list(committee.memberRoles, `${path}.memberRoles`, { nonEmpty: true }, (role, rolePath) => c.text(role, rolePath));
  });

  c.list(root.beneficiaryTypes, 'beneficiaryTypes', { nonEmpty: true, idsAt: 'id' }, (item, path) => {
    const type = c.object(item, path);
    if (!type) return;
    c.oneOf(type.id, BENEFICIARY_TYPES, `${path}.id`);
    c.text(type.labelAr, `${path}.labelAr`);
  });
  for (const field of ['categories', 'domains'] as const) {
    c.list(root[field], field, { nonEmpty: true, idsAt: 'id' }, (item, path) => {
      const area = c.object(item, path);
      if (!area) return;
      c.id(area.id, `${path}.id`);
      c.text(area.nameAr, `${path}.nameAr`);
      c.text(area.contactOfficerRole, `${path}.contactOfficerRole`);
    });
  }
  c.list(root.services, 'services', { nonEmpty: true, idsAt: 'id' }, (item, path) => {
    const service = c.object(item, path);
    if (!service) return;
    c.id(service.id, `${path}.id`);
    c.text(service.nameAr, `${path}.nameAr`);
    c.list(service.conditions, `${path}.conditions`, { idsAt: 'key' }, (cond, condPath) => {
      const condition = c.object(cond, condPath);
      if (!condition) return;
      c.id(condition.key, `${condPath}.key`);
      c.text(condition.labelAr, `${condPath}.labelAr`);
      c.oneOf(condition.type, CONDITION_TYPES, `${condPath}.type`);
    });
  });
  c.oneOf(root.officerForUnclearProcedure, UNCLEAR_PROCEDURE_OFFICERS, 'officerForUnclearProcedure');

  const approval = c.object(root.approval, 'approval');
  if (approval) {
    for (const field of ['body', 'meetingNumber', 'minutesNumber', 'hijriDate', 'gregorianDate', 'chair', 'chairTitle'] as const) {
      c.text(approval[field], `approval.${field}`, { blankAllowed: true });
    }
  }

  if (root.bridgeDays !== undefined) c.boolean(root.bridgeDays, 'bridgeDays');

  const features = c.object(root.features, 'features');
  if (features) {
    for (const field of ['eligibility', 'programs', 'complaints', 'compensation', 'satisfaction', 'staffSignoff'] as const) {
      c.boolean(features[field], `features.${field}`);
    }
    // CM-1 and CP-2 name the committees that do the work: a profile that switches them on must have them.
    if (features.complaints === true && !purposes.has('follow_up')) {
      report('profile.error.committeeMissing', { path: 'committees', purpose: 'follow_up' });
    }
    if (features.compensation === true && !purposes.has('investigation')) {
      report('profile.error.committeeMissing', { path: 'committees', purpose: 'investigation' });
    }
  }

  const satisfaction = c.object(root.satisfaction, 'satisfaction');
  if (satisfaction) {
    c.positiveInteger(satisfaction.afterServiceDelayDays, 'satisfaction.afterServiceDelayDays');
    c.positiveInteger(satisfaction.periodicMonths, 'satisfaction.periodicMonths');
    const methods = c.list(satisfaction.methods, 'satisfaction.methods', { idsAt: 'id' }, (item, path) => {
      const method = c.object(item, path);
      if (!method) return;
      c.oneOf(method.id, SATISFACTION_METHODS, `${path}.id`);
      c.text(method.labelAr, `${path}.labelAr`);
    });
    if (features?.satisfaction === true && methods?.length === 0) report('profile.error.empty', { path: 'satisfaction.methods' });
  }

  const clauses = c.object(root.clauses, 'clauses');
  if (clauses) {
    for (const [id, text] of Object.entries(clauses)) {
      if (!CLAUSE_ID.test(id)) report('profile.error.badClauseId', { path: 'clauses', value: id });
      c.text(text, `clauses.${id}`);
    }
  }
  if (root.clauseVoices !== undefined) {
    const voices = c.object(root.clauseVoices, 'clauseVoices');
    for (const [id, voice] of Object.entries(voices ?? {})) {
      if (!clauses || !(id in clauses)) report('profile.error.badClauseId', { path: 'clauseVoices', value: id });
      c.oneOf(voice, CLAUSE_VOICES, `clauseVoices.${id}`);
    }
  }
  c.oneOf(root.digits, ['arab', 'latn'] as const, 'digits');
  c.text(root.mailFooterAr, 'mailFooterAr');
  const retention = c.object(root.retention, 'retention');
  if (retention) {
    for (const field of ['archiveClosedAfterDays', 'archiveSentMailAfterDays', 'archiveAuditAfterDays', 'anonymiseClosedAfterDays'] as const) {
      c.positiveInteger(retention[field], `retention.${field}`);
    }
  }

  if (root.messaging !== undefined) checkMessaging(c, root.messaging);

  return errors.length === 0 ? { ok: true, profile: x as Profile } : { ok: false, errors };
}

/** One problem: the message under `key`, its placeholders (the path among them) typed by the catalog. */
type Report = <K extends ProfileErrorKey>(key: K, ...args: ArgsOf<K>) => void;
type ProfileErrorKey = Extract<MessageKey, `profile.error.${string}`>;

function checkMessaging(c: ReturnType<typeof checker>, value: unknown): void {
  const messaging = c.object(value, 'messaging');
  if (!messaging) return;
  if (messaging.sms !== undefined) {
    const sms = c.object(messaging.sms, 'messaging.sms');
    if (sms) {
      c.oneOf(sms.provider, SMS_PROVIDER_IDS, 'messaging.sms.provider');
      if (sms.sender !== undefined) c.text(sms.sender, 'messaging.sms.sender', { blankAllowed: true });
      if (sms.userName !== undefined) c.text(sms.userName, 'messaging.sms.userName', { blankAllowed: true });
      // The plain JSON POST's address may come from the settings tab instead; when given here, https only.
      if (sms.url !== undefined) {
        const url = c.text(sms.url, 'messaging.sms.url');
        if (url !== null && !/^https:\/\/\S+$/.test(url)) c.oneOf(url, ['https://…'], 'messaging.sms.url');
      }
      if (sms.dailyLimit !== undefined) c.positiveInteger(sms.dailyLimit, 'messaging.sms.dailyLimit');
    }
  }
  if (messaging.whatsapp !== undefined) {
    const wa = c.object(messaging.whatsapp, 'messaging.whatsapp');
    if (wa) {
      if (wa.phoneNumberId !== undefined) c.text(wa.phoneNumberId, 'messaging.whatsapp.phoneNumberId', { blankAllowed: true });
      c.text(wa.language, 'messaging.whatsapp.language');
      const templates = c.object(wa.templates, 'messaging.whatsapp.templates');
      if (templates) for (const kind of WHATSAPP_TEMPLATE_KINDS) c.id(templates[kind], `messaging.whatsapp.templates.${kind}`);
      if (wa.dailyLimit !== undefined) c.positiveInteger(wa.dailyLimit, 'messaging.whatsapp.dailyLimit');
    }
  }
}

/** Small typed checks that record a problem and return null instead of stopping at the first one. */
function checker(report: Report) {
  const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

  const object = (value: unknown, path: string): Record<string, unknown> | null => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    report('profile.error.notObject', { path });
    return null;
  };
  const text = (value: unknown, path: string, options: { blankAllowed?: boolean } = {}): string | null => {
    if (typeof value !== 'string') {
      report('profile.error.notString', { path });
      return null;
    }
    if (!options.blankAllowed && value.trim() === '') report('profile.error.blank', { path });
    return value;
  };
  const id = (value: unknown, path: string): void => {
    const s = text(value, path);
    if (s !== null && s.trim() !== '' && !ID.test(s)) report('profile.error.badId', { path, value: s });
  };
  const oneOf = <T extends string>(value: unknown, allowed: readonly T[], path: string): value is T => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
    report('profile.error.notOneOf', { path, value: show(value), allowed: allowed.join('، ') });
    return false;
  };
  const boolean = (value: unknown, path: string): void => {
    if (typeof value !== 'boolean') report('profile.error.notBoolean', { path });
  };
  const positiveInteger = (value: unknown, path: string): void => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) report('profile.error.notPositiveInteger', { path });
  };
  const list = (
    value: unknown,
    path: string,
    options: { nonEmpty?: boolean; idsAt?: string },
    each: (item: unknown, itemPath: string) => void,
  ): unknown[] | null => {
    if (!Array.isArray(value)) {
      report('profile.error.notArray', { path });
      return null;
    }
    if (options.nonEmpty && value.length === 0) report('profile.error.empty', { path });
    const seen = new Set<unknown>();
    value.forEach((item, i) => {
      const itemPath = `${path}[${i}]`;
      each(item, itemPath);
      if (options.idsAt && typeof item === 'object' && item !== null) {
        const key = (item as Record<string, unknown>)[options.idsAt];
        if (typeof key === 'string' && seen.has(key)) report('profile.error.duplicate', { path: `${itemPath}.${options.idsAt}`, value: key });
        seen.add(key);
      }
    });
    return value;
  };
  const deadlineRule = (value: unknown, path: string): void => {
    const rule = object(value, path);
    if (!rule) return;
    oneOf(rule.kind, DEADLINE_KINDS, `${path}.kind`);
    positiveInteger(rule.days, `${path}.days`);
  };
  return { object, text, id, oneOf, boolean, positiveInteger, list, deadlineRule };
}
