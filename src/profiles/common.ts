// Values seed profiles share word for word: channels, tools, committees, contact areas, questions, reminders, survey timing.
import type { BeneficiaryTypeId, ClauseVoice, Committee, ContactArea, DeadlineRule, Features, Messaging, Profile, Retention, ServiceCondition } from './schema';

/** The roles signed on committee minutes. */
export const COMMITTEE_ROLES = ['رئيس اللجنة', 'عضو', 'مقرر'];

export const BENEFICIARY_TYPE_LABELS: Record<BeneficiaryTypeId, string> = {
  individual: 'فرد',
  family: 'أسرة',
  legal_entity: 'جهة اعتبارية',
};

export function beneficiaryTypes(...ids: BeneficiaryTypeId[]): { id: BeneficiaryTypeId; labelAr: string }[] {
  return ids.map((id) => ({ id, labelAr: BENEFICIARY_TYPE_LABELS[id] }));
}

/** Reminders three and one working days before the reply deadline. */
export const REMINDERS = { beforeWorkingDays: [3, 1] };

/** "Two weeks" in 000, 001, 003 and 004 (SR-5) read as fourteen calendar days. */
export const TWO_WEEKS: DeadlineRule = { kind: 'calendar_days', days: 14 };

/**
 * No seed gives a number for complaints ("سرعة معالجتها" only): five working days is the
 * software's default, which each organisation may change in its profile.
 */
export const DEFAULT_COMPLAINT_DEADLINE: DeadlineRule = { kind: 'working_days', days: 5 };

/** G5 in every seed: a survey a few days after service and a periodic one twice a year. */
export const PERIODIC_SURVEY = { afterServiceDelayDays: 3, periodicMonths: 6 };

type Channel = Profile['channels'][number];
type Tool = Profile['tools'][number];

/** Channels that several seeds word alike (seeds 000, 001, 003 and 004 grew from one template). */
export const CHANNEL = {
  interview: { id: 'interview', labelAr: 'المقابلة' },
  phone: { id: 'phone', labelAr: 'الاتصالات الهاتفية' },
  socialMedia: { id: 'social_media', labelAr: 'وسائل التواصل الاجتماعي' },
  letter: { id: 'letter', labelAr: 'الخطابات' },
  assistanceRequest: { id: 'assistance_request', labelAr: 'خدمات طلب المساعدة' },
  volunteering: { id: 'volunteering', labelAr: 'خدمة التطوع' },
  associationWebsite: { id: 'website', labelAr: 'الموقع الإلكتروني للجمعية' },
  branchRepresentatives: { id: 'representatives', labelAr: 'مناديب المكاتب الفرعية' },
  email: { id: 'email', labelAr: 'البريد الإلكتروني' },
} satisfies Record<string, Channel>;

/** The four channels the template seeds (000, 001, 003, 004) list first, in this order. */
export const OPENING_CHANNELS: readonly Channel[] = [CHANNEL.interview, CHANNEL.phone, CHANNEL.socialMedia, CHANNEL.letter];

/** Work tools that several seeds name alike; the organisation fills in each link. */
export const TOOL = {
  associationBylaws: { id: 'bylaws', titleAr: 'اللائحة الأساسية للجمعية', url: '' },
  socialResearchGuide: { id: 'social_research_guide', titleAr: 'دليل خدمات البحث الاجتماعي', url: '' },
  supportPolicyGuide: { id: 'support_policy_guide', titleAr: 'دليل سياسة الدعم للمستفيدين', url: '' },
  supportRequestForm: { id: 'support_request_form', titleAr: 'طلب دعم مستفيد', url: '' },
  serviceRequestForm: { id: 'service_request_form', titleAr: 'نموذج طلب خدمة', url: '' },
} satisfies Record<string, Tool>;

/** The research committee that studies requests in seeds 001, 003 and 004 (SR-5). */
export const RESEARCH_COMMITTEE: Committee = { id: 'research_committee', nameAr: 'لجنة البحث', purpose: 'research', memberRoles: COMMITTEE_ROLES };
export const FOLLOW_UP_COMMITTEE: Committee = { id: 'follow_up', nameAr: 'لجنة المتابعة', purpose: 'follow_up', memberRoles: COMMITTEE_ROLES };
export const INVESTIGATION_COMMITTEE: Committee = {
  id: 'investigation_follow_up', nameAr: 'لجنة التحقيق والمتابعة', purpose: 'investigation', memberRoles: COMMITTEE_ROLES,
};

/** Beneficiary categories several profiles share, each with its contact officer. */
export const CATEGORY = {
  needyFamilies: { id: 'needy_families', nameAr: 'الأسر المحتاجة', contactOfficerRole: 'ضابط اتصال الأسر' },
  orphans: { id: 'orphans', nameAr: 'الأيتام', contactOfficerRole: 'ضابط اتصال الأيتام' },
  widows: { id: 'widows', nameAr: 'الأرامل', contactOfficerRole: 'ضابط اتصال الأرامل' },
  volunteers: { id: 'volunteers', nameAr: 'المتطوعون', contactOfficerRole: 'ضابط اتصال المتطوعين' },
} satisfies Record<string, ContactArea>;

/** Service domains several profiles share, each with its contact officer. */
export const DOMAIN = {
  socialResearch: { id: 'social_research', nameAr: 'البحث الاجتماعي', contactOfficerRole: 'مسئول البحث الاجتماعي' },
  support: { id: 'support', nameAr: 'الدعم والمساعدات', contactOfficerRole: 'مسؤول الدعم' },
  aid: { id: 'aid', nameAr: 'المساعدات', contactOfficerRole: 'مسؤول المساعدات' },
  volunteering: { id: 'volunteering', nameAr: 'التطوع', contactOfficerRole: 'مسؤول التطوع' },
} satisfies Record<string, ContactArea>;

/** Request-form questions several services ask in the same words. */
export const CONDITION = {
  familySize: { key: 'family_size', labelAr: 'عدد أفراد الأسرة', type: 'number' },
  monthlyIncome: { key: 'monthly_income', labelAr: 'الدخل الشهري (ريال)', type: 'number' },
  programName: { key: 'program_name', labelAr: 'اسم البرنامج', type: 'text' },
  courseName: { key: 'course_name', labelAr: 'اسم الدورة', type: 'text' },
  skills: { key: 'skills', labelAr: 'المهارات', type: 'text' },
  weeklyHours: { key: 'weekly_hours', labelAr: 'الساعات المتاحة أسبوعياً', type: 'number' },
} satisfies Record<string, ServiceCondition>;

/** A seed with none of the optional clause families: service requests only. */
export const NO_OPTIONAL_WORKFLOWS: Features = {
  eligibility: false, programs: false, complaints: false, compensation: false, satisfaction: false, staffSignoff: false,
};

/** A seed that names no satisfaction method: the G5 surveys alone. */
export const SURVEYS_WITHOUT_METHODS: Profile['satisfaction'] = { ...PERIODIC_SURVEY, methods: [] };

/** The yearly archive's default periods: a case closed a year ago, mail sent 90 days ago, audit rows a year old. */
export const DEFAULT_RETENTION: Retention = { archiveClosedAfterDays: 365, archiveSentMailAfterDays: 90, archiveAuditAfterDays: 365, anonymiseClosedAfterDays: 5 * 365 };

/** The WhatsApp templates the product sends (their Arabic bodies are in docs/channels.md, to submit to Meta
 *  for approval under these names), and the SMS provider each seed organisation chose. */
export const DEFAULT_WHATSAPP: NonNullable<Messaging['whatsapp']> = {
  language: 'ar',
  templates: {
    acknowledgement: 'mustafid_ack', missing: 'mustafid_missing', decision: 'mustafid_decision', survey: 'mustafid_survey',
    program: 'mustafid_program', complaint: 'mustafid_complaint',
  },
};

/**
 * Who each clause of the seeds speaks to, read clause by clause from /work/shared/POLICY.md and the seeds
 * (issue 15). A promise states what the beneficiary is owed (the reply period of Esrar's SR-5b, the conditions
 * of compensation CP-1 to CP-3, the rights RB-1 to RB-3, the evaluation form PR-7): a letter may quote it. A duty
 * tells staff what to do, often about "the beneficiary" in the third person (SR-5 «التوضيح للمستفيد بأن طلبه
 * سيرفع…», CM-3 «السعي الحثيث…», CP-4 «التفاوض مع المستفيد المتضرر…»): cited, never pasted into a letter. A
 * statement gives aims, scope, definitions, mechanisms or the approval.
 */
export const SEED_CLAUSE_VOICES: Readonly<Record<string, ClauseVoice>> = {
  'INTRO': 'statement', 'INTRO_2': 'statement', 'RS': 'statement', 'RS-0': 'statement', 'AP': 'statement',
  'G0': 'statement', 'G1': 'statement', 'G2': 'statement', 'G3': 'statement', 'G4': 'statement', 'G5': 'statement',
  'G6': 'statement', 'G6-a': 'statement', 'G6-b': 'statement', 'G6-c': 'statement', 'G6-d': 'statement', 'G6-e': 'statement',
  'SR-1': 'duty', 'SR-2': 'duty', 'SR-2b': 'duty', 'SR-3': 'duty', 'SR-4': 'duty', 'SR-5': 'duty', 'SR-5b': 'promise',
  'SR-6': 'duty', 'SR-7': 'duty',
  'CP-1': 'promise', 'CP-2': 'promise', 'CP-3': 'promise', 'CP-4': 'duty',
  'CM-1': 'duty', 'CM-2': 'duty', 'CM-3': 'duty',
  'RB-1': 'promise', 'RB-2': 'promise', 'RB-3': 'promise', 'RB-4': 'duty',
  'IN-1': 'duty', 'IN-2': 'duty', 'IN-3': 'duty',
  'SAT-1': 'duty', 'SAT-2': 'duty', 'SAT-3': 'duty', 'SAT-4': 'duty', 'SAT-5': 'duty', 'SAT-6': 'duty',
  'EL-definition': 'statement', 'EL-0': 'statement', 'EL-1': 'statement', 'EL-2': 'duty', 'EL-2a': 'statement',
  'EL-2b': 'statement', 'EL-2c': 'statement', 'EL-3': 'duty', 'EL-3a': 'statement', 'EL-3b': 'statement', 'EL-4': 'duty',
  'EL-administrative_review': 'statement', 'EL-personal_interview': 'statement', 'EL-field_visit': 'statement',
  'EL-aim_1': 'statement', 'EL-aim_2': 'statement', 'EL-aim_3': 'statement', 'EL-conclusion': 'statement',
  'PR-1': 'statement', 'PR-2': 'duty', 'PR-3': 'duty', 'PR-4': 'duty', 'PR-5': 'duty', 'PR-6': 'duty', 'PR-7': 'promise',
  'PR-8': 'duty', 'PR-interview_4': 'duty', 'PR-interview_5': 'duty', 'PR-interview_6': 'duty',
};

/** The voice of each clause a seed profile holds, from the table above (a profile may override one it words differently). */
export function voicesOf(clauses: Record<string, string>, overrides: Record<string, ClauseVoice> = {}): Record<string, ClauseVoice> {
  return Object.fromEntries(Object.keys(clauses).map((id) => [id, overrides[id] ?? SEED_CLAUSE_VOICES[id]]));
}
