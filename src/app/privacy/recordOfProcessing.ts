// The record of processing activities (issue 17, PDPL): generated from the profile and the register's schema
// (purposes, personal columns by tab, recipients, retention, safeguards) and revised in place by setup.
import type { DocBlock, DocModel, StandingDocuments } from '../../ports';
import type { Profile } from '../../profiles/schema';
import { tabsFor, PERSONAL_CATEGORIES, columnHeaderKey, tabTitleKey, type TabSpec } from '../../ports/registerSchema';
import { UNUSUAL_LOOKS_PER_WEEK, NOTIFY_WITHIN_HOURS } from '../../domain/privacy';
import { formatDual, riyadhDate, withDigits } from '../../domain/time';
import { t } from '../../i18n';
import type { AuditTrail } from '../audit';

/** The OAuth scopes appsscript.json grants (test/app/privacy checks they match the manifest): the record says
 *  what the script may reach, and nothing wider than Drive files it created. */
export const GRANTED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/forms',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.send_mail',
  // The SMS gateway and WhatsApp Cloud API (issue 16): a beneficiary's mobile leaves for the provider.
  'https://www.googleapis.com/auth/script.external_request',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/userinfo.email',
] as const;

/** The key the document is kept under (its id in the script properties). */
export const RECORD_OF_PROCESSING_KEY = 'record_of_processing';

/** Every personal column of the organisation's register: tab title, column header, category. */
export function personalColumns(profile: Profile): Array<{ tab: TabSpec['key']; column: string; tabTitle: string; header: string; category: string }> {
  return tabsFor(profile).flatMap((tab) =>
    tab.columns.flatMap(({ key, personal }) => (personal ? [{
      tab: tab.key,
      column: key,
      tabTitle: t(tabTitleKey(tab.key)),
      header: t(columnHeaderKey(tab.key, key)),
      category: t(`privacy.category.${personal}`),
    }] : [])),
  );
}

export function recordOfProcessing(profile: Profile, now: Date): DocModel {
  const digits = profile.digits;
  const n = (v: number) => withDigits(String(v), digits);
  const tabs = tabsFor(profile);
  const columns = personalColumns(profile);
  const committees = profile.committees.map((c) => c.nameAr).filter(Boolean).join('، ');
  const blocks: DocBlock[] = [
    { kind: 'paragraph', text: t('privacy.ropa.intro', { date: formatDual(riyadhDate(now), { digits }) }) },
    { kind: 'heading', level: 2, text: t('privacy.ropa.section.controller') },
    { kind: 'paragraph', text: t('privacy.ropa.controller', { org: profile.name.ar, city: profile.city }) },
    { kind: 'heading', level: 2, text: t('privacy.ropa.section.purposes') },
    { kind: 'table', header: [t('privacy.ropa.col.tab'), t('privacy.ropa.col.purpose')], rows: tabs.map((tab) => [t(tabTitleKey(tab.key)), t(`privacy.purpose.${tab.key}`)]) },
    { kind: 'heading', level: 2, text: t('privacy.ropa.section.categories') },
    { kind: 'paragraph', text: PERSONAL_CATEGORIES.map((c) => `${t(`privacy.category.${c}`)}: ${n(columns.filter((col) => col.category === t(`privacy.category.${c}`)).length)}`).join('؛ ') },
    { kind: 'table', header: [t('privacy.ropa.col.tab'), t('privacy.ropa.col.column'), t('privacy.ropa.col.category')], rows: columns.map((c) => [c.tabTitle, c.header, c.category]) },
    { kind: 'heading', level: 2, text: t('privacy.ropa.section.recipients') },
    { kind: 'paragraph', text: t('privacy.ropa.recipients.staff') },
    ...(committees ? [{ kind: 'paragraph' as const, text: t('privacy.ropa.recipients.committees', { committees }) }] : []),
    { kind: 'paragraph', text: t('privacy.ropa.recipients.beneficiary') },
    { kind: 'paragraph', text: t('privacy.ropa.recipients.google') },
    { kind: 'heading', level: 2, text: t('privacy.ropa.section.retention') },
    { kind: 'table', header: [t('privacy.ropa.col.what'), t('privacy.ropa.col.days')], rows: [
      [t('privacy.ropa.retention.closed'), n(profile.retention.archiveClosedAfterDays)],
      [t('privacy.ropa.retention.mail'), n(profile.retention.archiveSentMailAfterDays)],
      [t('privacy.ropa.retention.audit'), n(profile.retention.archiveAuditAfterDays)],
      [t('privacy.ropa.retention.anonymise'), n(profile.retention.anonymiseClosedAfterDays)],
    ] },
    { kind: 'paragraph', text: t('privacy.ropa.retention.note') },
    { kind: 'heading', level: 2, text: t('privacy.ropa.section.safeguards') },
    { kind: 'paragraph', text: t('privacy.ropa.safeguard.masking') },
    { kind: 'paragraph', text: t('privacy.ropa.safeguard.protection') },
    { kind: 'paragraph', text: t('privacy.ropa.safeguard.inert') },
    { kind: 'paragraph', text: t('privacy.ropa.safeguard.looks', { threshold: n(UNUSUAL_LOOKS_PER_WEEK) }) },
    { kind: 'paragraph', text: t('privacy.ropa.safeguard.breach', { hours: n(NOTIFY_WITHIN_HOURS) }) },
    { kind: 'paragraph', text: t('privacy.ropa.safeguard.scopes') },
    { kind: 'table', header: [t('privacy.ropa.col.scope')], rows: GRANTED_SCOPES.map((s) => [s]) },
  ];
  return { title: t('privacy.ropa.title', { org: profile.name.ar }), blocks };
}

/** Setup's part: the one record, written the first time and revised in place after; audited. */
export function refreshRecordOfProcessing(deps: { documents: StandingDocuments; audit: AuditTrail; actor: string }, profile: Profile, now: Date): string {
  const doc = deps.documents.upsert(RECORD_OF_PROCESSING_KEY, recordOfProcessing(profile, now));
  deps.audit.record({ actor: deps.actor, action: 'record_of_processing', details: doc.created ? t('privacy.ropa.audit.created') : t('privacy.ropa.audit.revised') });
  return doc.url;
}
