// The investigation committee's minutes (CP-2) as a document model: harm, size, causes, members and their approvals.
import { t, type Lang } from '../../i18n';
import type { DocBlock, DocModel } from '../docModel';
import type { Profile } from '../../profiles/schema';
import { formatDual, riyadhDate, withDigits, type IsoDate } from '../time';
import { conditionLabel } from './errors';
import type { ClaimFile, Conditions, InvestigationMinutes } from './types';

export type Organisation = Pick<Profile, 'name' | 'approval' | 'digits'>;

/** The minutes of a claim whose minutes are recorded; approvals show as they stand when the document is made. */
export function investigationMinutesDoc(
  claim: ClaimFile & Conditions & { readonly minutes: InvestigationMinutes },
  organisation: Organisation,
  lang: Lang = 'ar',
): DocModel {
  const m = claim.minutes;
  const digits = lang === 'ar' ? organisation.digits : 'latn';
  const day = (d: IsoDate): string => formatDual(d, { lang, digits });
  const approvedOn = new Map(m.approvals.map((a) => [a.member, riyadhDate(new Date(a.at))]));
  const title = t('policy.compensation.minutes.title', {}, lang);
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: t('policy.compensation.minutes.ref', { ref: withDigits(m.minutesRef, digits) }, lang) },
    { kind: 'paragraph', text: t('policy.compensation.minutes.date', { date: day(m.date) }, lang) },
    { kind: 'paragraph', text: t('policy.compensation.minutes.committee', { committee: m.committee }, lang) },
    { kind: 'paragraph', text: t('policy.compensation.minutes.claim', { claimId: claim.claimId, description: claim.description }, lang) },
    ...(claim.complaintId
      ? [{ kind: 'paragraph' as const, text: t('policy.compensation.minutes.complaint', { complaintId: claim.complaintId }, lang) }]
      : []),
    { kind: 'heading', level: 2, text: t('policy.compensation.minutes.harm', {}, lang) },
    { kind: 'paragraph', text: m.harm },
    { kind: 'heading', level: 2, text: t('policy.compensation.minutes.size', {}, lang) },
    { kind: 'paragraph', text: m.size },
    { kind: 'heading', level: 2, text: t('policy.compensation.minutes.causes', {}, lang) },
    { kind: 'paragraph', text: m.causes },
    { kind: 'heading', level: 2, text: t('policy.compensation.minutes.members', {}, lang) },
    {
      kind: 'table',
      header: [
        t('policy.compensation.minutes.memberName', {}, lang),
        t('policy.compensation.minutes.memberRole', {}, lang),
        t('policy.compensation.minutes.memberApproval', {}, lang),
      ],
      rows: m.members.map((member) => {
        const on = approvedOn.get(member.name);
        const approval = on ? t('policy.compensation.minutes.approvedOn', { date: day(on) }, lang) : t('policy.compensation.minutes.notApproved', {}, lang);
        return [member.name, member.role, approval];
      }),
    },
    { kind: 'paragraph', text: t('policy.compensation.minutes.basis', { condition: conditionLabel('committee_minutes', lang) }, lang) },
    { kind: 'paragraph', text: policyApprovalSentence(organisation, lang) },
  ];
  return { title: `${title} ${m.minutesRef}`, blocks };
}

/** AP: the board approval the documents cite, built from the parts the seed gives (some seeds lack a number). */
export function policyApprovalSentence(organisation: Organisation, lang: Lang = 'ar'): string {
  const a = organisation.approval;
  const parts = [
    t('policy.approval.by', { body: a.body }, lang),
    a.meetingNumber ? t('policy.approval.meeting', { meeting: a.meetingNumber }, lang) : '',
    a.minutesNumber ? t('policy.approval.minutes', { minutes: a.minutesNumber }, lang) : '',
    a.hijriDate ? t('policy.approval.hijri', { date: a.hijriDate }, lang) : '',
    a.gregorianDate ? t('policy.approval.gregorian', { date: a.gregorianDate }, lang) : '',
  ].filter((p) => p !== '');
  return `${parts.join(' ')}.`;
}
