// Setup and repair: for the chosen profile, lays out the register, seeds settings and holidays,
// publishes the forms, creates the editable templates and installs the triggers. Safe to run again.
import type { CellsOf, KeyValueStore, ListKey, Register, ShippedDataSource, StaffRole, StandingDocuments } from '../ports';
import { refreshRecordOfProcessing } from './privacy/recordOfProcessing';
import { FORMS_KEY, publishedForms, type FormSpec, type PublishedForm } from '../ports/forms';
export { FORMS_KEY, publishedForms } from '../ports/forms';
import type { TriggerSpec } from '../ports/triggers';
import { TRIGGERS } from '../ports/triggers';
import { PROFILE_ID_KEY } from './config';
import { tabsFor, type TabSpec } from '../ports/registerSchema';
import type { Profile } from '../profiles/schema';
import { channelLabel } from '../domain/intake/channels';
import { dropdownLabels, listLabel } from './register/lists';
import { knownLabel, t } from '../i18n';
import type { AuditTrail } from './audit';
import type { Holiday } from '../domain/time';
import { failure } from '../domain/codedError';

export interface SetupPorts {
  layout(lists: Record<ListKey, string[]>, tabs: readonly TabSpec[]): string[];
  publishForm(spec: FormSpec, previous?: PublishedForm): PublishedForm;
  ensureTemplates(templates: Array<{ key: string; title: string; header: string[] }>, folderName: string): Record<string, string>;
  ensureTriggers(specs: readonly TriggerSpec[], formIds: Record<string, string>): string[];
  /** After the forms are linked (Google puts their response sheets first): the register's tabs first. */
  arrangeTabs(tabs: readonly TabSpec[]): void;
}

export interface SetupOptions {
  managerEmail?: string;
  /** Staff rows to add when the staff tab is empty (a demo or a first install). */
  staff?: Array<{ email: string; name: string; role: StaffRole; categories?: string[]; domains?: string[]; committees?: string[] }>;
}

export interface SetupResult {
  profileId: string;
  createdTabs: string[];
  forms: Record<string, PublishedForm>;
  triggers: string[];
  message: string;
}

/** The holidays tab a new register starts with: bridge days only where the organisation opts in
 *  (profile.bridgeDays), and then marked to confirm with the ministry's announcement of the year. */
export function seededHolidays(shipped: readonly Holiday[], profile: Profile): Array<{ name: string; from: string; to: string; source: string }> {
  return shipped
    .filter((h) => !h.bridge || profile.bridgeDays === true)
    .map((h) => ({ name: h.name, from: h.from, to: h.to, source: h.bridge ? `${h.source ?? ''} — ${t('holiday.bridge.confirm')}` : (h.source ?? '') }));
}

function approvalLine(profile: Profile): string {
  const a = profile.approval;
  return profile.clauses.AP || [a.body, a.meetingNumber, a.hijriDate, a.gregorianDate].filter(Boolean).join(' — ');
}

/** Settings the system owns are rewritten; values an administrator edits are kept. */
function upsertSettings(register: Register, wanted: Array<{ key: string; label: string; value: string; editable: boolean }>): void {
  const table = register.table('settings');
  const existing = new Map(table.readAll().map((r) => [String(r.row.key), r]));
  const updates: Array<{ rowNumber: number; row: CellsOf<'settings'> }> = [];
  const appends: Array<CellsOf<'settings'>> = [];
  for (const w of wanted) {
    const have = existing.get(w.key);
    if (!have) appends.push({ key: w.key, label: w.label, value: w.value });
    else if (!w.editable && have.row.value !== w.value) updates.push({ rowNumber: have.rowNumber, row: { ...have.row, label: w.label, value: w.value } });
  }
  table.update(updates);
  table.append(appends);
}

export function runSetup(
  deps: { register: Register; store: KeyValueStore; shipped: ShippedDataSource; ports: SetupPorts; audit: AuditTrail; actor: string; documents: StandingDocuments; now: Date },
  profileId: string,
  options: SetupOptions = {},
): SetupResult {
  const shipped = deps.shipped.read();
  if (!Object.prototype.hasOwnProperty.call(shipped.profiles, profileId)) {
    throw failure('UNKNOWN_PROFILE', 'register.error.unknownProfile', { profile: profileId, available: Object.keys(shipped.profiles).join('، ') });
  }
  const profile = shipped.profiles[profileId];
  const { register, store, ports } = deps;
  store.set(PROFILE_ID_KEY, profileId);

  const createdTabs = ports.layout(dropdownLabels(profile), tabsFor(profile));

  const holidays = register.table('holidays');
  if (holidays.readAll().length === 0) {
    holidays.append(seededHolidays(shipped.holidays, profile));
  }
  const staff = register.table('staff');
  if (options.staff?.length && staff.readAll().length === 0) {
    staff.append(
      options.staff.map((s) => ({
        email: s.email,
        name: s.name,
        role: listLabel('role', s.role),
        categories: (s.categories ?? []).join('، '),
        domains: (s.domains ?? []).join('، '),
        committees: (s.committees ?? []).join('، '),
        policy_ack: listLabel('ack', 'no'),
        ack_date: '',
      })),
    );
  }

  const previous = publishedForms(store);
  const forms: Record<string, PublishedForm> = { ...previous };
  // The forms were built from the profile at build time (scripts/shippedData.ts, src/app/forms/catalog.ts).
  for (const spec of shipped.forms[profileId] ?? []) forms[spec.key] = ports.publishForm(spec, previous[spec.key]);
  store.set(FORMS_KEY, JSON.stringify(forms));
  ports.arrangeTabs(tabsFor(profile));

  ports.ensureTemplates(
    [
      { key: 'minutes', title: t('template.minutes.title', { org: profile.name.ar }), header: [profile.name.ar, t('template.placeholder.line'), t('template.placeholder.date')] },
      // CP-2: the investigation committee's minutes get a letterhead of their own.
      ...(profile.features.compensation
        ? [{ key: 'investigation', title: `${t('policy.compensation.minutes.title')} — ${profile.name.ar}`, header: [profile.name.ar, t('template.placeholder.line'), t('template.placeholder.date')] }]
        : []),
    ],
    t('setup.folder', { org: profile.name.ar }),
  );

  // The record of processing (issue 17): one document, revised in place from the profile and the schema.
  const recordUrl = refreshRecordOfProcessing({ documents: deps.documents, audit: deps.audit, actor: deps.actor }, profile, deps.now);

  const formIds = Object.fromEntries(Object.entries(forms).map(([k, f]) => [k, f.formId]));
  const triggers = ports.ensureTriggers(
    TRIGGERS.filter((tr) => (tr.enabled ? tr.enabled(profile) : true) && (tr.kind !== 'formSubmit' || formIds[tr.formKey])),
    formIds,
  );

  upsertSettings(register, [
    { key: 'profile_id', label: t('settings.profile_id'), value: profileId, editable: false },
    { key: 'org_name', label: t('settings.org_name'), value: profile.name.ar, editable: false },
    { key: 'deadline', label: t('settings.deadline'), value: profile.deadline.clauseAr, editable: false },
    { key: 'approval', label: t('settings.approval'), value: approvalLine(profile), editable: false },
    { key: 'manager_email', label: t('settings.manager_email'), value: options.managerEmail ?? '', editable: true },
    { key: 'reply_from_name', label: t('settings.reply_from_name'), value: profile.name.ar, editable: true },
    // Channels beyond e-mail (docs/channels.md): the organisation's own registrations; keys go in script properties.
    { key: 'sms_provider', label: t('settings.sms_provider'), value: profile.messaging?.sms?.provider ?? '', editable: true },
    { key: 'sms_sender', label: t('settings.sms_sender'), value: profile.messaging?.sms?.sender ?? '', editable: true },
    { key: 'sms_user', label: t('settings.sms_user'), value: profile.messaging?.sms?.userName ?? '', editable: true },
    { key: 'sms_url', label: t('settings.sms_url'), value: profile.messaging?.sms?.url ?? '', editable: true },
    { key: 'whatsapp_phone_number_id', label: t('settings.whatsapp_phone_number_id'), value: profile.messaging?.whatsapp?.phoneNumberId ?? '', editable: true },
    ...Object.entries(forms).map(([key, f]) => ({ key: `form_${key}`, label: `${t('settings.forms')}: ${t(knownLabel(`form.name.${key}`))}`, value: f.url, editable: false })),
    { key: 'triggers', label: t('settings.triggers'), value: triggers.join('، '), editable: false },
    { key: 'record_of_processing', label: t('privacy.ropa.title', { org: profile.name.ar }), value: recordUrl, editable: false },
    ...profile.tools.map((tool) => ({ key: `tool_${tool.id}`, label: t('settings.tool', { title: tool.titleAr }), value: tool.url, editable: true })),
    ...profile.channels.map((c) => ({ key: `channel_${c.id}`, label: listLabel('channel', c.id), value: channelLabel(profile, c.id), editable: false })),
  ]);

  const message = createdTabs.length ? t('setup.done', { org: profile.name.ar, tabs: createdTabs.length }) : t('setup.repaired', { org: profile.name.ar });
  deps.audit.record({ actor: deps.actor, action: 'setup', details: `${profileId}: ${message}` });
  deps.audit.flush();
  return { profileId, createdTabs, forms, triggers, message };
}
