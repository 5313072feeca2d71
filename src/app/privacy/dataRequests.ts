// Requests from data subjects (issue 17; PDPL art. 4, Implementing Regulation art. 3): staff record a person's
// request to see, correct or destroy their data; it is answered within 30 days (once extended by 30, the
// person told why), on the daily sweep's reminders and escalation. Access answers with a document of all the
// register holds on them; correction goes through the data-update path (IN-3); destruction anonymises them,
// unless an open case, complaint or claim still needs the data (then the answer names it).
import type { Cell, CellsOf, Clock, DocBlock, DocumentWriter, Mailer, PersonalDataEraser, Register, Sequences } from '../../ports';
import type { AuditTrail } from '../audit';
import type { RegisterConfig } from '../config';
import type { ArchiveBooks } from '../../ports';
import { requireStep } from '../access';
import { entryToRow, type Outbox, type OutboxEntry } from '../notify/outbox';
import { renderMail } from '../notify/mailTemplate';
import { applyDataUpdate } from '../complaints/dataUpdate';
import { parseState, statusLabel } from '../register/caseRecord';
import { parseComplaint } from '../complaints/complaints';
import { columnHeaderKey, tabSpec, tabTitleKey } from '../../ports';
import { findPerson, heldOn, type HeldRow, type Person } from './personData';
import { anonymisePerson } from './anonymise';
import type { BeneficiaryIndex } from '../intake/beneficiaryIndex';
import { DATA_REQUEST_KINDS, dataRequestDeadline, type DataRequestKind } from '../../domain/privacy';
import { cleanText, maskNationalId, toLatinDigits, validateNationalId } from '../../domain/text';
import { formatDual, riyadhDate, toHijri, withDigits } from '../../domain/time';
import { dateOfIso, isoOfCell } from '../register/dates';
import { t } from '../../i18n';
import { failure, type ErrorArgs } from '../../domain/codedError';

export interface DataRequestDeps {
  outbox: Outbox;
  register: Register;
  clock: Clock;
  audit: AuditTrail;
  config: RegisterConfig;
  sequences: Sequences;
}

export interface DataRequestInput {
  kind: string;
  nationalId: string;
  requester: string;
  replyTo: string;
  details: string;
  /** For a correction: the new mobile and e-mail the person asks for (either may be blank). */
  newMobile?: string;
  newEmail?: string;
}

type Refusal = 'KIND' | 'ID' | 'EMPTY' | 'NOT_FOUND' | 'ANSWERED' | 'EXTENDED' | 'REASON';
const refuse = <C extends Refusal>(code: C, ...params: ErrorArgs<`dataRequest.error.${C}`>): never => {
  throw failure(code === 'NOT_FOUND' ? 'DATA_REQUEST_NOT_FOUND' : 'INVALID_INPUT', `dataRequest.error.${code}`, ...params);
};
const kindLabel = (k: DataRequestKind): string => t(`dataRequest.kind.${k}`);
const kindOfRow = (row: CellsOf<'data_requests'>): DataRequestKind | null => DATA_REQUEST_KINDS.find((k) => kindLabel(k) === String(row.request_kind ?? '')) ?? null;
const isEmail = (s: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);

/** Any staff member records the request the person made (by phone, letter, e-mail or in person); audited. */
export function recordDataRequest(deps: DataRequestDeps, input: DataRequestInput, actor: string): { requestNo: string; dueLabel: string } {
  const member = requireStep(deps.config.staff, actor, 'RecordDataRequest');
  const kind = DATA_REQUEST_KINDS.find((k) => k === String(input.kind ?? '').trim());
  if (!kind) return refuse('KIND');
  const id = validateNationalId(toLatinDigits(String(input.nationalId ?? '')).trim());
  if (!id.ok) return refuse('ID');
  const requester = cleanText(String(input.requester ?? ''));
  const replyTo = cleanText(toLatinDigits(String(input.replyTo ?? '')));
  if (!requester || !replyTo) return refuse('EMPTY');
  const extra = kind === 'correction'
    ? [input.newMobile ? `${t('in3.field.mobile')}: ${toLatinDigits(String(input.newMobile))}` : '', input.newEmail ? `${t('in3.field.email')}: ${String(input.newEmail).trim()}` : ''].filter(Boolean).join('؛ ')
    : '';
  const now = deps.clock.now();
  const today = riyadhDate(now);
  const year = toHijri(today).year;
  const requestNo = `DR-${year}-${String(deps.sequences.next(`dr_${year}`)).padStart(5, '0')}`;
  const due = dataRequestDeadline(today, false);
  const digits = deps.config.profile.digits;
  const person = findPerson(deps.register, id.value);
  const row: CellsOf<'data_requests'> = {
    request_no: requestNo, status: t('dataRequest.status.received'), request_kind: kindLabel(kind), received_at: now,
    beneficiary_id: person?.beneficiaryIds.join('، ') || null, requester, national_id_masked: maskNationalId(id.value), reply_to: replyTo,
    details: [cleanText(String(input.details ?? '')), extra].filter(Boolean).join(' — ') || null,
    due_date: dateOfIso(due), due_dual: formatDual(due, { digits }), recorded_by: member.email, officer: member.email, updated_at: now,
  };
  deps.register.table('data_requests').append([row]);
  deps.audit.record({ actor: member.email, action: 'data_request_recorded', details: t('dataRequest.audit.recorded', { no: requestNo, kind: kindLabel(kind), due: String(row.due_dual) }) });
  deps.audit.flush();
  return { requestNo, dueLabel: String(row.due_dual) };
}

function loadRequest(deps: DataRequestDeps, requestNo: string) {
  const no = toLatinDigits(String(requestNo ?? '')).trim().toUpperCase();
  const found = no ? deps.register.table('data_requests').findBy('request_no', no) : null;
  if (!found) return refuse('NOT_FOUND', { no: no || '—' });
  if (isoOfCell(found.row.answered_at)) return refuse('ANSWERED', { no });
  return { no, ...found };
}

/** The note to the person (the outbox sends e-mail; any other address becomes a task for staff). */
function noteToPerson(deps: DataRequestDeps, no: string, row: CellsOf<'data_requests'>, key: string, subject: string, paragraphs: string[], anonymous = false): OutboxEntry {
  const to = String(row.reply_to ?? '').trim();
  const email = isEmail(to);
  const greeting = anonymous ? t('dataRequest.mail.greetingAnonymous') : t('dataRequest.mail.greeting', { name: String(row.requester ?? '') });
  const mail = renderMail({ to, subject, greeting, paragraphs, footer: deps.config.profile.mailFooterAr, digits: deps.config.profile.digits });
  return { messageId: `data-request:${no}:${key}`, caseNo: no, channel: email ? 'email' : 'task', recipient: to, mail };
}

/** Once, with a reason: the deadline moves to 60 days from receipt and the person is told before day 30. */
export function extendDataRequest(deps: DataRequestDeps, requestNo: string, reason: string, actor: string): { requestNo: string; dueLabel: string } {
  const member = requireStep(deps.config.staff, actor, 'AnswerDataRequest');
  const found = loadRequest(deps, requestNo);
  if (isoOfCell(found.row.extended_at)) return refuse('EXTENDED', { no: found.no });
  const why = cleanText(String(reason ?? ''));
  if (!why) return refuse('REASON');
  const received = isoOfCell(found.row.received_at)!;
  const due = dataRequestDeadline(received, true);
  const dual = formatDual(due, { digits: deps.config.profile.digits });
  const now = deps.clock.now();
  deps.register.table('data_requests').update([{ rowNumber: found.rowNumber, row: { extended_at: now, extension_reason: why, due_date: dateOfIso(due), due_dual: dual, status: t('dataRequest.status.extended'), updated_at: now, schedule_marks: '' } }]);
  deps.outbox.queueAndSend([noteToPerson(deps, found.no, found.row, 'extended', t('dataRequest.mail.extended.subject', { no: found.no }), [t('dataRequest.mail.extended.body', { no: found.no, due: dual }), t('dataRequest.mail.reason', { reason: why })])]);
  deps.audit.record({ actor: member.email, action: 'data_request_extended', details: t('dataRequest.audit.extended', { no: found.no, due: dual }) });
  deps.audit.flush();
  return { requestNo: found.no, dueLabel: dual };
}

/** Access: everything held, tab by tab, each row's columns as the register names them (hidden ones left out). */
export function accessBlocks(held: readonly HeldRow[], config: RegisterConfig, person: Person): DocBlock[] {
  const digits = config.profile.digits;
  const show = (v: Cell | undefined): string => {
    if (v === null || v === undefined || v === '') return '';
    const day = isoOfCell(v);
    return day ? formatDual(day, { digits }) : String(v);
  };
  const blocks: DocBlock[] = [
    { kind: 'paragraph', text: t('dataRequest.access.intro', { org: config.profile.name.ar, id: maskNationalId(person.nationalId) }) },
    { kind: 'paragraph', text: t('dataRequest.access.basis') },
  ];
  const tabs = [...new Set(held.map((h) => h.tab))];
  for (const tab of tabs) {
    const spec = tabSpec(tab);
    blocks.push({ kind: 'heading', level: 2, text: t(tabTitleKey(tab)) });
    for (const h of held.filter((x) => x.tab === tab)) {
      const rows = spec.columns.filter((c) => !c.hidden).map((c) => [t(columnHeaderKey(tab, c.key)), show(h.row[c.key])]).filter((r) => r[1] !== '');
      blocks.push({ kind: 'table', header: [t('dataRequest.access.col.field'), t('dataRequest.access.col.value')], rows });
    }
  }
  if (tabs.length === 0) blocks.push({ kind: 'paragraph', text: t('dataRequest.access.none') });
  return blocks;
}

/** What still needs the data: the person's open cases, complaints and claims (their numbers), none when it may go. */
export function retentionHolds(held: readonly HeldRow[]): string[] {
  const holds: string[] = [];
  for (const h of held) {
    if (h.tab === 'cases') {
      try {
        const status = parseState(h.row).status;
        if (status !== 'closed' && status !== 'withdrawn' && status !== 'initial') holds.push(t('dataRequest.hold.case', { no: String(h.row.case_no ?? ''), status: statusLabel(status) }));
      } catch {
        holds.push(t('dataRequest.hold.case', { no: String(h.row.case_no ?? ''), status: String(h.row.status ?? '') }));
      }
    } else if (h.tab === 'complaints' && parseComplaint(h.row).status !== 'closed') holds.push(t('dataRequest.hold.complaint', { no: String(h.row.complaint_no ?? '') }));
    else if (h.tab === 'claims' && !isoOfCell(h.row.closed_at)) holds.push(t('dataRequest.hold.claim', { no: String(h.row.claim_no ?? '') }));
  }
  return holds;
}

export interface AnswerDeps extends DataRequestDeps {
  docs: DocumentWriter;
  eraser: PersonalDataEraser;
  books: ArchiveBooks;
  mailer: Mailer;
  /** The beneficiaries' lookup index: a destroyed person's entries removed. */
  index?: BeneficiaryIndex;
}

/** Answers the request as its kind asks; the answer, its date and any document are kept on the row; audited. */
export function answerDataRequest(deps: AnswerDeps, requestNo: string, actor: string): { requestNo: string; outcome: string; documentUrl: string | null } {
  const member = requireStep(deps.config.staff, actor, 'AnswerDataRequest');
  const found = loadRequest(deps, requestNo);
  const kind = kindOfRow(found.row);
  if (!kind) return refuse('KIND');
  const now = deps.clock.now();
  const digits = deps.config.profile.digits;
  const maskedId = String(found.row.national_id_masked ?? '');
  // The ID itself is not kept on the request row: it is found again from the beneficiary the row names.
  const person = personOfRequest(deps.register, found.row);
  let outcome: string;
  let documentUrl: string | null = null;
  let status = t('dataRequest.status.answered');
  if (!person) outcome = t('dataRequest.outcome.nothingHeld', { id: maskedId });
  else if (kind === 'access') {
    const held = heldOn(deps.register, deps.config.profile, person).rows;
    const title = t('dataRequest.access.title', { no: found.no, org: deps.config.profile.name.ar });
    documentUrl = deps.docs.write('minutes', { title, blocks: accessBlocks(held, deps.config, person) }, { title, date: formatDual(riyadhDate(now), { digits }) }).url;
    outcome = t('dataRequest.outcome.access', { count: withDigits(String(held.length), digits) });
  } else if (kind === 'correction') {
    const asked = String(found.row.details ?? '');
    // Each value ends at a space or at the «؛» that joins the two (written with no space before it).
    const newMobile = new RegExp(`${t('in3.field.mobile')}: ([^\\s؛]+)`).exec(asked)?.[1] ?? '';
    const newEmail = new RegExp(`${t('in3.field.email')}: ([^\\s؛]+)`).exec(asked)?.[1] ?? '';
    const result = applyDataUpdate({ register: deps.register, clock: deps.clock, audit: deps.audit, config: deps.config, outbox: deps.outbox },
      `data-request:${found.no}`, { national_id: person.nationalId, mobile: person.mobiles[0] ?? '', new_mobile: newMobile, new_email: newEmail }, member.email);
    outcome = t(`dataRequest.outcome.correction.${result}`);
  } else {
    const held = heldOn(deps.register, deps.config.profile, person);
    const holds = retentionHolds(held.rows);
    if (holds.length) {
      outcome = t('dataRequest.outcome.held', { holds: holds.join('؛ ') });
      status = t('dataRequest.status.refused');
    } else {
      const report = anonymisePerson({ register: deps.register, profile: deps.config.profile, eraser: deps.eraser, books: deps.books, now, index: deps.index }, person, held);
      outcome = t('dataRequest.outcome.destroyed', { rows: withDigits(String(report.rows), digits), responses: withDigits(String(report.responses), digits), documents: withDigits(String(report.documents), digits) });
      deps.audit.record({ actor: member.email, action: 'data_anonymised', details: t('dataRequest.audit.anonymised', { no: found.no, rows: report.rows, responses: report.responses, documents: report.documents }) });
    }
  }
  deps.register.table('data_requests').update([{ rowNumber: found.rowNumber, row: { answered_at: now, outcome, document_url: documentUrl, status, updated_at: now } }]);
  const destroyed = kind === 'destruction' && status !== t('dataRequest.status.refused') && person !== null;
  const note = noteToPerson(deps, found.no, found.row, 'answered', t('dataRequest.mail.answered.subject', { no: found.no }), [outcome, ...(documentUrl ? [t('dataRequest.mail.document', { url: documentUrl })] : [])], destroyed);
  if (destroyed && note.channel === 'email') {
    // After a destruction the confirmation goes now, and the outbox keeps that it went, not to whom or what it said.
    deps.mailer.send(note.mail);
    deps.register.table('outbox').append([{ ...entryToRow(note, now, 'sent'), recipient: t('privacy.erased'), body: t('privacy.erased'), sent_at: now, attempts: 1 }]);
  } else deps.outbox.queueAndSend([note]);
  deps.audit.record({ actor: member.email, action: 'data_request_answered', details: t('dataRequest.audit.answered', { no: found.no, kind: kindLabel(kind) }) });
  deps.audit.flush();
  return { requestNo: found.no, outcome, documentUrl };
}

/** The person a request names: through its beneficiary number, to their ID on the beneficiaries tab. */
function personOfRequest(register: Register, row: CellsOf<'data_requests'>): Person | null {
  const ids = String(row.beneficiary_id ?? '').split('، ').map((s) => s.trim()).filter(Boolean);
  for (const id of ids) {
    const hit = register.table('beneficiaries').findBy('beneficiary_id', id);
    const nationalId = hit ? String(hit.row.national_id ?? '') : '';
    if (nationalId && /^\d+$/.test(nationalId)) return findPerson(register, nationalId);
  }
  return null;
}
