// A service request arrives (form or staff entry): validated, matched to its beneficiary, recorded as a
// case (incomplete with what is missing, or complete with its deadline), acknowledged on the agreed channel.
import type { CellsOf, Clock, Register, ResponseLedger, Row, Sequences, TableOf } from '../../ports';
import type { RegisterConfig } from '../config';
import { collectionRecord } from '../privacy/notice';
import type { AuditTrail } from '../audit';
import type { Outbox, OutboxEntry } from '../notify/outbox';
import { policyPromise } from '../notify/policyWords';
import { toBeneficiary } from '../notify/caseMessages';
import { reachOfBeneficiary } from '../notify/channels';
import { evaluateRequest, isBlankSubmission, type Evaluation, type RequestAnswers } from '../../domain/intake/evaluate';
import { matchBeneficiary, type KnownBeneficiary } from '../../domain/intake/match';
import { assignOfficer } from '../../domain/intake/officer';
import { mergeKnown } from '../../domain/intake/merge';
import { sameServiceCases, submissionCommands } from '../../domain/intake/submission';
import { runCommands } from '../../domain/decider';
import { caseDecider, type CaseStatus } from '../../domain/case';
import { formatDual, riyadhDate, toHijri, type IsoDate } from '../../domain/time';
import { maskNationalId } from '../../domain/text';
import { parseState, projectState, statusLabel } from '../register/caseRecord';
import { replyDeadline } from '../cases/caseActions';
import { describeMissing, missingKeyLabel } from './missing';
import { t } from '../../i18n';
import type { Profile } from '../../profiles';
import { listLabel } from '../register/lists';
import type { BeneficiaryIndex, IndexedColumn } from './beneficiaryIndex';

export interface IntakeDeps {
  register: Register;
  sequences: Sequences;
  clock: Clock;
  outbox: Outbox;
  audit: AuditTrail;
  config: RegisterConfig;
  /** The service request form's public link, for "complete your request here". */
  formUrl: string;
  /** The status page's link (the web app, once deployed), which the acknowledgement carries. */
  statusUrl?: string | null;
  /** The responses begun: without it, every form response is searched for in the register first. */
  ledger?: ResponseLedger;
  /** The beneficiaries' lookup index (the hidden lookup tab): without it, the columns are searched whole. */
  index?: BeneficiaryIndex;
}

export interface IntakeRequest {
  /** The form response id (idempotency key); null for a staff entry. */
  responseId: string | null;
  channel: string;
  answers: RequestAnswers;
  actor: string;
  receivedAt: Date;
}

export type IntakeOutcome =
  | { kind: 'already_recorded'; caseNo: string }
  | { kind: 'blank' }
  | { kind: 'created' | 'updated'; caseNo: string; status: CaseStatus; missing: string[]; dueDate: IsoDate | null };

/** Case numbers carry the Hijri year and a sequence that is never reused, e.g. 1448-00017. */
function nextCaseNo(sequences: Sequences, today: IsoDate, responseId: string | null): string {
  const year = toHijri(today).year;
  return `${year}-${String(sequences.next(`case_${year}`, responseId)).padStart(5, '0')}`;
}

type Hit = { rowNumber: number; row: Row };

/** The rows whose column holds the value: through the index when it can answer; else the column searched once
 *  and the index rebuilt (missing, emptied, sorted or edited by hand). Null without an index. */
function lookedUp(table: TableOf<'beneficiaries'>, index: BeneficiaryIndex | undefined, column: IndexedColumn, value: string): Hit[] | null {
  if (!index) return null;
  const hits = index.find(column, value);
  if (hits) return hits.sort((a, b) => a.rowNumber - b.rowNumber);
  const found = table.findAllBy(column, value);
  index.rebuild();
  return found;
}

/** The beneficiaries the match rule could pick, found by the lookup index or column lookups rather than reading
 *  the tab: by national ID (enough when it hits); else the rows sharing both mobile and name (a family phone is
 *  shared by many, a common name too: only their intersection is read), and the first bearer of the name alone
 *  (a possible duplicate). */
function beneficiaryCandidates(table: TableOf<'beneficiaries'>, identity: Evaluation['identity'], index?: BeneficiaryIndex): Hit[] {
  if (identity.nationalId) {
    const byId = lookedUp(table, index, 'national_id', identity.nationalId) ?? table.findAllBy('national_id', identity.nationalId);
    if (byId.length > 0) return byId;
  }
  if (!identity.nameKey) return [];
  const named = lookedUp(table, index, 'name_key', identity.nameKey);
  if (named) {
    if (named.length === 0) return [];
    const both = named.filter((h) => identity.mobile && String(h.row.mobile ?? '') === identity.mobile);
    return [...new Set([...both, named[0]])].sort((a, b) => a.rowNumber - b.rowNumber);
  }
  const byName = table.rowNumbersWhere('name_key', identity.nameKey);
  if (byName.length === 0) return [];
  const byMobile = identity.mobile ? new Set(table.rowNumbersWhere('mobile', identity.mobile)) : new Set<number>();
  const both = byName.filter((n) => byMobile.has(n));
  return table.readRows([...new Set([...both, byName[0]])].sort((a, b) => a - b));
}

/** What staff read for the coded answers (the beneficiaries and cases tabs alike): the profile's names, the
 *  catalog's for the kind of ID; the register never shows 'individual' or 'citizen'. */
function answerLabels(profile: Profile, ev: Evaluation) {
  return {
    id_kind: ev.identity.idKind ? t(`intake.idKind.${ev.identity.idKind}`) : null,
    beneficiary_type: profile.beneficiaryTypes.find((b) => b.id === ev.beneficiaryType)?.labelAr ?? null,
    category: profile.categories.find((c) => c.id === ev.category)?.nameAr ?? null,
    domain: profile.domains.find((d) => d.id === ev.domain)?.nameAr ?? null,
  };
}

function beneficiaryRow(profile: Profile, ev: Evaluation, beneficiaryId: string, now: Date, duplicateOf: string | null): Row {
  return {
    beneficiary_id: beneficiaryId,
    full_name: ev.identity.fullName,
    national_id: ev.identity.nationalId,
    mobile: ev.identity.mobile,
    email: ev.identity.email,
    ...answerLabels(profile, ev),
    possible_duplicate_of: duplicateOf,
    ...consentColumns(ev, now),
    created_at: now,
    updated_at: now,
    name_key: ev.identity.nameKey,
  };
}

/** The known beneficiary's row after this submission: the domain's merge rule (newer replaces older, a blank or
 *  invalid answer never erases what is known) over the register's columns. */
function mergeBeneficiary(profile: Profile, row: Row, ev: Evaluation, now: Date): Row {
  const labels = answerLabels(profile, ev);
  return {
    ...row,
    ...mergeKnown(row, {
      full_name: ev.identity.fullName,
      national_id: ev.identity.nationalId,
      id_kind: labels.id_kind,
      mobile: ev.identity.mobile,
      email: ev.identity.email,
      beneficiary_type: labels.beneficiary_type,
      category: labels.category,
      domain: labels.domain,
      name_key: ev.identity.nameKey,
    }),
    // A new answer to the consent question replaces the old one. Ticking a channel again is fresh consent
    // (PDPL art. 25), newer than the opt-out: it lifts it (audited by the caller); ticking none keeps it.
    ...consentColumns(ev, now),
    ...(row.opted_out_at && (ev.channelsAccepted?.length ?? 0) > 0 ? { opted_out_at: null } : {}),
    updated_at: now,
  };
}

/** The channels the person accepted, as the register shows them (Arabic labels), and when; nothing when the
 *  form did not ask. */
function consentColumns(ev: Evaluation, now: Date): Row {
  if (!ev.channelsAccepted) return {};
  return { channels_accepted: ev.channelsAccepted.map((id) => listLabel('outboxChannel', id)).join('، '), channels_consent_at: now };
}

export function submitRequest(deps: IntakeDeps, req: IntakeRequest): IntakeOutcome {
  const { register, config, audit } = deps;
  const { profile } = config;
  const cases = register.table('cases');

  // A second firing of the same submission changes nothing. A response the ledger says was never begun has
  // no row: its first run skips the search (a whole-column scan of the cases tab).
  const now = deps.clock.now();
  if (req.responseId && (!deps.ledger || deps.ledger.mayHaveBegun(req.responseId, req.receivedAt, now))) {
    const seen = cases.findBy('response_id', req.responseId, 'contains');
    if (seen) {
      acknowledgeIfNeverQueued(deps, req, seen.row);
      return { kind: 'already_recorded', caseNo: String(seen.row.case_no) };
    }
  }
  if (isBlankSubmission(req.answers)) {
    audit.record({ actor: req.actor, action: 'edit_refused', details: `${t('intake.flag.blankSubmission')} (${req.responseId ?? '-'})` });
    audit.flush();
    return { kind: 'blank' };
  }

  // Noted before anything is written for it: a run that dies after this is searched for when replayed.
  if (req.responseId) deps.ledger?.begin(req.responseId, req.receivedAt, now);
  const today = riyadhDate(req.receivedAt);
  const at = req.receivedAt.toISOString();
  const ev = evaluateRequest(req.answers, profile, today);
  const flags: string[] = [];

  // The beneficiary: found by ID, or by mobile and name; otherwise registered.
  const beneficiaries = register.table('beneficiaries');
  const known = beneficiaryCandidates(beneficiaries, ev.identity, deps.index);
  const match = matchBeneficiary(
    known.map(({ row }) => ({
      beneficiaryId: String(row.beneficiary_id),
      nationalId: row.national_id ? String(row.national_id) : null,
      mobile: row.mobile ? String(row.mobile) : null,
      nameKey: String(row.name_key ?? ''),
    })) as KnownBeneficiary[],
    ev.identity,
  );
  let beneficiaryId: string;
  let person: Row;
  if (match.kind === 'same') {
    beneficiaryId = match.beneficiaryId;
    const existing = known.find(({ row }) => row.beneficiary_id === beneficiaryId)!;
    person = { ...mergeBeneficiary(profile, existing.row, ev, now), ...collectionRecord(req.answers, profile) };
    beneficiaries.update([{ rowNumber: existing.rowNumber, row: person }]);
    deps.index?.noteWritten(existing.rowNumber, existing.row, person);
    audit.record({ actor: req.actor, action: 'beneficiary_updated', details: beneficiaryId });
    if (existing.row.opted_out_at && !person.opted_out_at) {
      audit.record({ actor: req.actor, action: 'beneficiary_opted_in', details: t('optin.audit', { beneficiaryId, channels: String(person.channels_accepted ?? '') }) });
    }
  } else {
    beneficiaryId = `B-${String(deps.sequences.next('beneficiary', req.responseId)).padStart(6, '0')}`;
    person = { ...beneficiaryRow(profile, ev, beneficiaryId, now, match.possibleDuplicateOf), ...collectionRecord(req.answers, profile) };
    const [rowNumber] = beneficiaries.append([person]);
    deps.index?.noteWritten(rowNumber, null, person);
    audit.record({ actor: req.actor, action: 'beneficiary_created', details: beneficiaryId });
    if (match.possibleDuplicateOf) flags.push(t('intake.flag.possibleDuplicateBeneficiary', { beneficiaryId: match.possibleDuplicateOf }));
  }

  // The same beneficiary's open cases: an incomplete one for the same service is completed by this
  // submission; another open one for the same service is flagged as a possible duplicate request.
  const theirs = match.kind === 'same' ? cases.findAllBy('beneficiary_id', beneficiaryId) : [];
  const serviceId = ev.service?.id ?? '';
  const { toComplete, duplicates } = sameServiceCases(theirs.map((c) => ({ ...c, state: parseState(c.row) })), serviceId);
  for (const other of duplicates) flags.push(t('intake.flag.duplicateRequest', { caseNo: String(other.row.case_no) }));

  const caseNo = toComplete ? String(toComplete.row.case_no) : nextCaseNo(deps.sequences, today, req.responseId);
  const commands = submissionCommands(toComplete?.state ?? null, {
    caseNo, channel: req.channel, serviceId, missing: ev.missing.map((m) => m.key), stamp: { actor: req.actor, at },
  });
  const { state } = runCommands(caseDecider, toComplete?.state ?? caseDecider.initialState, commands, undefined);

  const officer = assignOfficer(config.staff, profile, ev.category, ev.domain);
  if (!officer) flags.push(t('intake.flag.noOfficer'));
  const deadline = replyDeadline(config, state);
  const due = deadline.due;
  const row: CellsOf<'cases'> = {
    case_no: caseNo,
    received_at: toComplete ? toComplete.row.received_at : req.receivedAt,
    channel: listLabel('channel', req.channel),
    beneficiary_id: beneficiaryId,
    beneficiary_name: ev.identity.fullName,
    national_id_masked: ev.identity.nationalId ? maskNationalId(ev.identity.nationalId) : null,
    beneficiary_type: answerLabels(profile, ev).beneficiary_type,
    category: answerLabels(profile, ev).category,
    domain: answerLabels(profile, ev).domain,
    service: ev.service?.nameAr ?? null,
    conditions: Object.entries(ev.conditions)
      .map(([key, value]) => `${ev.service?.conditions.find((c) => c.key === key)?.labelAr ?? key}: ${value}`)
      .join('؛ '),
    details: ev.details,
    reply_channel: listLabel('replyChannel', ev.replyChannel),
    ...deadline.columns,
    officer: officer?.email ?? (toComplete ? toComplete.row.officer : null),
    flags: flags.join('؛ ') || null,
    updated_at: now,
    response_id: [toComplete?.row.response_id, req.responseId].filter(Boolean).join(' ') || null,
    ...projectState(state, (key) => missingKeyLabel(profile, key)),
  };
  if (toComplete) cases.update([{ rowNumber: toComplete.rowNumber, row: { ...toComplete.row, ...row } }]);
  else cases.append([row]);

  const idNote = ev.identity.nationalId ? maskNationalId(ev.identity.nationalId) : '-';
  audit.record({
    actor: req.actor,
    action: toComplete ? 'case_transition' : 'case_created',
    caseNo,
    details: `${statusLabel(state.status)} — ${listLabel('channel', req.channel)} — ${idNote}`,
  });

  const outboxEntries: OutboxEntry[] = [
    acknowledgement(deps, { caseNo, ev, officerEmail: officer?.email ?? null, due, completing: !!toComplete, person }),
  ];
  deps.outbox.queueAndSend(outboxEntries);
  audit.flush();
  return { kind: toComplete ? 'updated' : 'created', caseNo, status: state.status, missing: ev.missing.map(describeMissing), dueDate: due };
}

/** A replay of a recorded submission whose execution died after the case was written and before its
 *  acknowledgement was queued: the acknowledgement is queued now, so the beneficiary still hears from us. */
function acknowledgeIfNeverQueued(deps: IntakeDeps, req: IntakeRequest, row: Row): void {
  const caseNo = String(row.case_no);
  if (deps.register.table('outbox').findBy('message_id', `${caseNo}:ack`, 'contains')) return;
  const ev = evaluateRequest(req.answers, deps.config.profile, riyadhDate(req.receivedAt));
  const due = replyDeadline(deps.config, parseState(row)).due;
  const person = row.beneficiary_id ? deps.register.table('beneficiaries').findBy('beneficiary_id', String(row.beneficiary_id))?.row ?? null : null;
  deps.outbox.queueAndSend([acknowledgement(deps, { caseNo, ev, officerEmail: row.officer ? String(row.officer) : null, due, completing: false, person })]);
  deps.audit.record({ actor: req.actor, action: 'case_transition', caseNo, details: t('intake.audit.ackRecovered') });
  deps.audit.flush();
}

function acknowledgement(
  deps: IntakeDeps,
  c: { caseNo: string; ev: Evaluation; officerEmail: string | null; due: IsoDate | null; completing: boolean; person: Row | null },
): OutboxEntry {
  const { profile } = deps.config;
  const service = c.ev.service?.nameAr ?? '—';
  const facts: Array<[string, string]> = [
    [t('mail.fact.caseNo'), c.caseNo],
    [t('mail.fact.service'), service],
  ];
  let paragraphs: string[];
  let list: string[] = [];
  if (c.due) {
    facts.push([t('mail.fact.due'), formatDual(c.due, { digits: profile.digits })]);
    // The deadline clause is cited; quoted only where it promises the reader (Rusookh's is a staff instruction).
    const promise = policyPromise(profile, profile.deadline.clauseAr, 'SR-5');
    paragraphs = [
      t('mail.ack.received', { service, caseNo: c.caseNo }),
      t('mail.ack.next'),
      promise.quote ? t('mail.ack.promiseQuoted', { quote: promise.quote, cite: promise.cite }) : t('mail.ack.promise', { cite: promise.cite }),
      t('mail.ack.whom'),
    ];
  } else {
    paragraphs = [t('mail.ack.received', { service, caseNo: c.caseNo }), t('mail.ack.incomplete')];
    list = c.ev.missing.map(describeMissing);
  }
  const model = {
    subject: t('mail.ack.subject', { caseNo: c.caseNo, org: profile.name.ar }),
    paragraphs,
    facts,
    list,
    after: [...(c.due ? [] : [t('mail.ack.howToComplete', { formUrl: deps.formUrl })]), ...(deps.statusUrl ? [t('mail.ack.status', { url: deps.statusUrl })] : [])],
  };
  const reach = reachOfBeneficiary(profile, c.person, c.ev.replyChannel);
  const org = profile.name.ar;
  const missing = c.ev.missing.map(describeMissing);
  const dueText = c.due ? formatDual(c.due, { digits: profile.digits }) : '';
  return toBeneficiary(
    profile,
    { caseNo: c.caseNo, name: c.ev.identity.fullName || '—', email: c.ev.identity.email, replyChannel: c.ev.replyChannel, officerEmail: c.officerEmail, ...reach, mobile: c.ev.identity.mobile ?? reach.mobile },
    c.completing ? `ack-complete-${c.due ? 'done' : 'still'}` : 'ack',
    model,
    deps.config.managerEmail,
    c.due
      ? { sms: t('sms.ack', { org, caseNo: c.caseNo, due: dueText }), whatsapp: { kind: 'acknowledgement', params: [c.ev.identity.fullName || '—', c.caseNo, dueText] } }
      : { sms: t('sms.missing', { org, caseNo: c.caseNo, missing: missing.join('، ') }), tail: deps.formUrl, maxParts: 3, whatsapp: { kind: 'missing', params: [c.ev.identity.fullName || '—', c.caseNo, missing.join('، ')] } },
    deps.config.settings,
  );
}
