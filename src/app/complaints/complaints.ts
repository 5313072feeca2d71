// Complaints (CM, SAT-5): received from the form or registered by staff, numbered, given their due date,
// acknowledged, taken through the follow-up committee, answered on the complainant's channel, and summarised for managers.
import type { CellsOf, Clock, Register, RowOf, Sequences } from '../../ports';
import { committeeSecretary, type RegisterConfig } from '../config';
import type { Profile } from '../../profiles';
import type { AuditTrail } from '../audit';
import type { Outbox } from '../notify/outbox';
import { citeClauses } from '../notify/policyWords';
import { toBeneficiary, type ShortForms } from '../notify/caseMessages';
import { knownPerson, reachOfBeneficiary } from '../notify/channels';
import {
  complaintDueDate, complaintSummary, decideComplaint, evolveComplaint, initialComplaint,
  type ComplaintCommand, type ComplaintEvent, type ComplaintState, type ComplaintSummary,
} from '../../domain/complaint';
import type { Decider } from '../../domain/decider';
import { handleCommand } from '../commandHandler';
import { formatDual, riyadhDate, toHijri, type IsoDate } from '../../domain/time';
import { cleanText, toLatinDigits, validateEmail, validateMobile } from '../../domain/text';
import { channelLabel } from '../../domain/intake/channels';
import { dateOfIso } from '../register/dates';
import { refusal, requireFeature } from './errors';
import { t } from '../../i18n';
import { requireStep } from '../access';
import { listLabel } from '../register/lists';

export interface PolicyDeps {
  register: Register;
  clock: Clock;
  audit: AuditTrail;
  outbox: Outbox;
  config: RegisterConfig;
}

export interface ComplaintIntake {
  /** The form response id (idempotency key); null for a complaint staff register. */
  responseId: string | null;
  /** One of CM-1's channels (website_link, email, mobile, sms, fax, form). */
  channel: string;
  caseNo: string;
  complainant: string;
  mobile: string;
  email: string;
  /** The reply channel id (email, phone, sms…). */
  replyChannel: string;
  summary: string;
  actor: string;
  receivedAt: Date;
}

export type ComplaintOutcome = { kind: 'already_recorded' | 'created'; complaintNo: string; due: IsoDate | null };

export const complaintStatusLabel = (status: ComplaintState['status']): string => t(`policy.complaint.status.${status}`);

export function parseComplaint(row: CellsOf<'complaints'>): ComplaintState {
  return typeof row.state === 'string' && row.state ? (JSON.parse(row.state) as ComplaintState) : initialComplaint;
}

/** The columns that follow from the state; contact and summary columns are written once at receipt. */
function projectComplaint(state: ComplaintState, now: Date): CellsOf<'complaints'> {
  const row: CellsOf<'complaints'> = { status: complaintStatusLabel(state.status), state: JSON.stringify(state), updated_at: now };
  if ('committee' in state) row.committee = state.committee;
  if ('resolution' in state) row.resolution = state.resolution;
  if ('notification' in state) row.notified_at = new Date(state.notification.at);
  if (state.status === 'closed') row.closed_at = new Date(state.closedAt);
  return row;
}

/** The complaint decider (its refusals are coded errors). */
const complaints: Decider<ComplaintCommand, ComplaintEvent, ComplaintState> = {
  decide: (command, state) => decideComplaint(command, state),
  evolve: (state, event) => evolveComplaint(state, event),
  initialState: initialComplaint,
};

function nextNumber(sequences: Sequences, prefix: string, today: IsoDate, responseId: string | null = null): string {
  const year = toHijri(today).year;
  return `${prefix}-${year}-${String(sequences.next(`${prefix.toLowerCase()}_${year}`, responseId)).padStart(5, '0')}`;
}

export function receiveComplaint(deps: PolicyDeps & { sequences: Sequences }, input: ComplaintIntake): ComplaintOutcome {
  const { profile, calendar } = deps.config;
  requireFeature(profile.features.complaints);
  const table = deps.register.table('complaints');
  if (input.responseId) {
    const seen = table.findBy('response_id', input.responseId);
    if (seen) return { kind: 'already_recorded', complaintNo: String(seen.row.complaint_no), due: null };
  }
  const today = riyadhDate(input.receivedAt);
  const complaintNo = nextNumber(deps.sequences, 'C', today, input.responseId);
  // A case number copied from an acknowledgement may be in Arabic-Indic digits («١٤٤٨-٠٠٠٠٢»): the register keeps Latin.
  const caseNo = toLatinDigits(cleanText(input.caseNo));
  const receive: ComplaintCommand = {
    type: 'ReceiveComplaint',
    data: { complaintId: complaintNo, channel: input.channel, caseId: caseNo, summary: cleanText(input.summary, { multiline: true }), actor: input.actor, at: input.receivedAt.toISOString() },
  };
  // The complaint's first step through the one command handler: nothing to read, the row appended, the ack sent.
  const { saved } = handleCommand(deps.audit, {
    decider: complaints,
    load: () => ({ state: complaints.initialState }),
    commands: () => [receive],
    context: () => undefined,
    save: (_loaded, { state }) => {
      if (state.status !== 'received') throw refusal('INVALID_INPUT', { field: 'state' });
      const due = complaintDueDate(state, profile.complaintDeadline, calendar);
      const mobile = validateMobile(input.mobile);
      const email = validateEmail(input.email);
      const row: CellsOf<'complaints'> = {
        complaint_no: complaintNo,
        received_at: input.receivedAt,
        channel: listLabel('complaintChannel', state.channel),
        case_no: caseNo || null,
        complainant: cleanText(input.complainant) || null,
        mobile: mobile.ok ? mobile.value : cleanText(input.mobile) || null,
        email: email.ok ? email.value : null,
        reply_channel: channelLabel(profile, input.replyChannel),
        summary: state.summary,
        due_date: dateOfIso(due),
        due_dual: formatDual(due, { digits: profile.digits }),
        response_id: input.responseId,
        ...projectComplaint(state, deps.clock.now()),
      };
      table.append([row]);
      return { row, due };
    },
    audit: (_loaded, _decided, { row }) => ({ actor: input.actor, action: 'complaint_created', caseNo: complaintNo, details: `${row.channel}${caseNo ? ` — ${caseNo}` : ''}` }),
    after: (_loaded, _decided, { row }) => deps.outbox.queueAndSend([
      toComplainant(deps, row, 'ack', {
        subject: t('cm.mail.ack.subject', { no: complaintNo, org: profile.name.ar }),
        paragraphs: [
          t('cm.mail.ack.body', { no: complaintNo }),
          ...(profile.clauses['CM-3'] ? [t('cm.mail.ack.amicable', { cite: citeClauses(profile, ['CM-3']) })] : []),
          t('cm.mail.ack.next', { no: complaintNo }),
          t('cm.mail.replyReaches', { committee: handlingCommittee(deps.config, '') }),
        ],
        facts: [[t('cm.fact.no'), complaintNo], [t('cm.fact.due'), String(row.due_dual)]],
      }, {
        sms: t('sms.complaint.ack', { org: profile.name.ar, no: complaintNo, due: String(row.due_dual) }),
        notice: t('notice.complaint.ack', { due: String(row.due_dual) }),
      }),
    ]),
  });
  return { kind: 'created', complaintNo, due: saved.due };
}

/** CM-1 takes complaints by mobile and text message whatever channels the profile lists, so those are reply channels too. */
export const COMPLAINT_REPLY_CHANNELS = ['email', 'phone', 'sms', 'whatsapp', 'letter'];

/** The reply channel id an answer or a cell names (id or label); email when blank or unknown. */
export function complaintReplyChannel(profile: Profile, answer: string): string {
  return COMPLAINT_REPLY_CHANNELS.find((id) => id === answer || channelLabel(profile, id) === answer) ?? 'email';
}

/** The outcome, and what the complainant may do next: claim compensation (CP) where the profile offers it, else answer. */
function outcomeParagraphs(profile: Profile, no: string, settled: boolean): string[] {
  const cp = ['CP-1', 'CP-2', 'CP-3', 'CP-4'].filter((id) => profile.clauses[id]);
  const claim = !settled && profile.features.compensation && cp.length > 0;
  return [
    t(settled ? 'cm.mail.outcome.settled' : 'cm.mail.outcome.notSettled', { no }),
    claim ? t('cm.mail.outcome.claim', { no, cite: citeClauses(profile, cp) }) : t('cm.mail.outcome.next', { no }),
  ];
}

/** The outcome in a few words, for a text message and the WhatsApp template. */
function outcomeShort(profile: Profile, no: string, settled: boolean): { sms: string; notice: string } {
  const notice = t(settled ? 'notice.complaint.settled' : 'notice.complaint.notSettled');
  return { sms: t('sms.complaint.outcome', { org: profile.name.ar, no, notice }), notice };
}

/** The person behind a complaint on the beneficiaries tab: the linked case's beneficiary, else by mobile. */
function complainantRecord(register: Register, row: CellsOf<'complaints'>): RowOf<'beneficiaries'> | null {
  const people = register.table('beneficiaries');
  const linked = row.case_no ? register.table('cases').findBy('case_no', String(row.case_no))?.row ?? null : null;
  const byCase = linked?.beneficiary_id ? people.findBy('beneficiary_id', String(linked.beneficiary_id))?.row ?? null : null;
  return byCase ?? knownPerson(people, { mobile: row.mobile ? String(row.mobile) : null });
}

/** The committee a complaint is with: the one it was referred to, else the profile's follow-up committee (CM-1). */
function committeeOf(config: RegisterConfig, committeeName: string) {
  return config.profile.committees.find((c) => c.nameAr === committeeName || c.id === committeeName)
    ?? config.profile.committees.find((c) => c.purpose === 'follow_up');
}

/** Its name, for the complainant («لجنة المتابعة»). */
function handlingCommittee(config: RegisterConfig, committeeName: string): string {
  return committeeOf(config, committeeName)?.nameAr ?? t('cm.committee.fallback');
}

/**
 * Whom a complainant's answer reaches (Reply-To): complaints have no contact officer, the follow-up committee
 * handles them (CM-1), so its secretary (مقرر, the role the staff tab gives its last member when it has three or
 * more; else its first member); with no member in the staff tab, the manager's address of the settings tab.
 */
export function complaintReplyTo(config: RegisterConfig, committeeName: string): string | null {
  const committee = committeeOf(config, committeeName);
  const secretary = committee ? committeeSecretary(config.staff, committee) : null;
  return secretary?.email || config.managerEmail || null;
}

/** To the complainant on the reply channel they chose on the form (their consent to it), then the other
 *  channels they accepted as a beneficiary, then the complaints officer's task; nothing once they opted out. */
function toComplainant(deps: PolicyDeps, row: CellsOf<'complaints'>, kind: string, model: Parameters<typeof toBeneficiary>[3], short: { sms: string; notice: string }) {
  const { profile } = deps.config;
  const replyChannel = complaintReplyChannel(profile, String(row.reply_channel ?? ''));
  const no = String(row.complaint_no);
  const name = String(row.complainant || '—');
  const replyTo = complaintReplyTo(deps.config, String(row.committee ?? ''));
  const reach = reachOfBeneficiary(profile, complainantRecord(deps.register, row), replyChannel);
  const mobile = row.mobile && /^\+9665\d{8}$/.test(String(row.mobile)) ? String(row.mobile) : reach.mobile;
  const who = { caseNo: no, name, email: row.email ? String(row.email) : null, replyChannel, officerEmail: null, replyTo, ...reach, mobile };
  const forms: ShortForms = { sms: short.sms, whatsapp: { kind: 'complaint', params: [name, no, short.notice] } };
  return toBeneficiary(profile, who, kind, model, deps.config.managerEmail, forms, deps.config.settings);
}

export function loadComplaint(register: Register, complaintNo: string): { rowNumber: number; row: RowOf<'complaints'>; state: ComplaintState } {
  const hit = register.table('complaints').findBy('complaint_no', String(complaintNo ?? '').trim());
  if (!hit) throw refusal('COMPLAINT_NOT_FOUND', { no: String(complaintNo) });
  return { ...hit, state: parseComplaint(hit.row) };
}

/** One staff step on a complaint: decided, written, audited; telling the complainant sends the outcome. */
export function complaintStep(
  deps: PolicyDeps,
  complaintNo: string,
  actor: string,
  build: (stamp: { actor: string; at: string }, row: RowOf<'complaints'>) => ComplaintCommand,
): { complaintNo: string; status: string } {
  requireFeature(deps.config.profile.features.complaints);
  const now = deps.clock.now();
  const { state, saved: row } = handleCommand(deps.audit, {
    decider: complaints,
    load: () => loadComplaint(deps.register, complaintNo),
    commands: (loaded) => [build({ actor, at: now.toISOString() }, loaded.row)],
    context: () => undefined,
    authorize: (_loaded, commands) => commands.forEach((c) => requireStep(deps.config.staff, actor, c.type)),
    save: (loaded, decided) => {
      const saved = { ...loaded.row, ...projectComplaint(decided.state, now) };
      deps.register.table('complaints').update([{ rowNumber: loaded.rowNumber, row: saved }]);
      return saved;
    },
    audit: (loaded, decided, saved) => ({
      actor, action: 'complaint_transition', caseNo: String(saved.complaint_no),
      details: `${complaintStatusLabel(loaded.state.status)} → ${complaintStatusLabel(decided.state.status)}`,
    }),
    after: (_loaded, decided, saved) => {
      if (decided.state.status !== 'complainant_notified') return;
      const no = String(saved.complaint_no);
      deps.outbox.queueAndSend([
        toComplainant(deps, saved, 'outcome', {
          subject: t('cm.mail.outcome.subject', { no, org: deps.config.profile.name.ar }),
          paragraphs: [...outcomeParagraphs(deps.config.profile, no, decided.state.settled === true), t('cm.mail.replyReaches', { committee: handlingCommittee(deps.config, String(saved.committee ?? '')) })],
          facts: [[t('cm.fact.no'), no], [t('cm.fact.resolution'), decided.state.resolution]],
        }, outcomeShort(deps.config.profile, no, decided.state.settled === true)),
      ]);
    },
  });
  return { complaintNo: String(row.complaint_no), status: complaintStatusLabel(state.status) };
}

/** The follow-up committee of the profile (CM-1), by id, Arabic name, or the profile's follow_up one. */
export function followUpCommittee(config: RegisterConfig, wanted?: string): string {
  const committees = config.profile.committees;
  const found = committees.find((c) => c.id === wanted || c.nameAr === wanted) ?? committees.find((c) => c.purpose === 'follow_up');
  if (!found) throw refusal('NO_COMMITTEE');
  return found.nameAr;
}

/** SAT-5: every complaint, the open ones oldest first with age and deadline, from one read of the tab. */
export function complaintsOverview(deps: Pick<PolicyDeps, 'register' | 'clock' | 'config'>): ComplaintSummary {
  const states = deps.register.table('complaints').readAll().map(({ row }) => parseComplaint(row));
  return complaintSummary(states, deps.config.profile.complaintDeadline, deps.config.calendar, riyadhDate(deps.clock.now()));
}
