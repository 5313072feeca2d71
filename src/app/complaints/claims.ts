// Compensation claims (CP): opened from a complaint, the four conditions recorded with their evidence, the
// investigation minutes generated and approved member by member, and the grant refused while any condition is missing.
import type { CellsOf, DocumentWriter, RowOf, Sequences } from '../../ports';
import type { RegisterConfig } from '../config';
import { committeeMembers } from '../config';
import {
  decideClaim, evolveClaim, initialClaim, investigationMinutesDoc, missingConditions, conditionLabel,
  type ClaimCommand, type ClaimEvent, type ClaimState, type CommitteeMember,
} from '../../domain/compensation';
import type { Decider } from '../../domain/decider';
import { handleCommand } from '../commandHandler';
import { formatDual, riyadhDate, toHijri, withDigits, type IsoDate } from '../../domain/time';
import { cleanText } from '../../domain/text';
import { loadComplaint, type PolicyDeps } from './complaints';
import { refusal, requireFeature } from './errors';
import { wordsOf } from '../../domain/codedError';
import { t } from '../../i18n';
import { requireStep } from '../access';

export const claimStatusLabel = (status: ClaimState['status']): string => t(`policy.compensation.status.${status}`);

const parseClaim = (row: CellsOf<'claims'>): ClaimState => (typeof row.state === 'string' && row.state ? (JSON.parse(row.state) as ClaimState) : initialClaim);

function projectClaim(state: ClaimState, config: RegisterConfig, now: Date): CellsOf<'claims'> {
  const row: CellsOf<'claims'> = { status: claimStatusLabel(state.status), state: JSON.stringify(state), updated_at: now };
  if (state.status === 'initial') return row;
  const day = (d: IsoDate) => formatDual(d, { digits: config.profile.digits });
  if (state.fault) row.fault = t('cp.cell.evidence', { text: state.fault.finding, evidence: state.fault.evidence });
  if (state.minutes) {
    row.minutes_ref = state.minutes.minutesRef;
    const approvedOn = new Map(state.minutes.approvals.map((a) => [a.member, riyadhDate(new Date(a.at))]));
    row.approvals = state.minutes.members
      .map((m) => (approvedOn.has(m.name) ? t('cp.cell.approved', { member: m.name, date: day(approvedOn.get(m.name)!) }) : t('cp.cell.pending', { member: m.name })))
      .join('؛ ');
  }
  if (state.ruling) {
    const r = state.ruling;
    row.ruling = t('cp.cell.ruling', { kind: t(`cp.ruling.${r.kind}`), reference: r.reference, date: day(r.date), evidence: r.evidence });
  }
  if (state.settlement) {
    const s = state.settlement;
    row.settlement = t('cp.cell.settlement', { terms: s.terms, amount: s.amount, date: day(s.agreedOn), evidence: s.evidence });
    row.amount = s.amount;
  }
  row.missing = state.status === 'open' ? missingConditions(state).map((c) => conditionLabel(c)).join('؛ ') || null : null;
  if (state.status === 'granted') row.decided_at = new Date(state.grantedAt);
  if (state.status === 'refused') row.decided_at = new Date(state.refusedAt);
  return row;
}

export interface ClaimDeps extends PolicyDeps {
  sequences: Sequences;
  docs: DocumentWriter;
}

/** The claim decider (its refusals are coded errors). */
const claims: Decider<ClaimCommand, ClaimEvent, ClaimState> = {
  decide: (command, state) => decideClaim(command, state),
  evolve: (state, event) => evolveClaim(state, event),
  initialState: initialClaim,
};

const stepName = (commands: readonly ClaimCommand[]) => commands.map((c) => t(`policy.compensation.command.${c.type}`)).join('، ');
const refusalWords = (err: unknown) => wordsOf(err) ?? (err instanceof Error ? err.message : String(err));

/** A claim's first step through the one command handler: its complaint read, the claim row appended and the
 *  complaint linked to it; a refusal audited as any claim step's is. The role is checked at the door, before a
 *  claim number is drawn. */
export function openClaim(deps: ClaimDeps, input: { complaintNo?: string; caseNo?: string; description: string }, actor: string): { claimNo: string; status: string } {
  requireFeature(deps.config.profile.features.compensation);
  requireStep(deps.config.staff, actor, 'OpenClaim');
  const now = deps.clock.now();
  const { state, saved: row } = handleCommand(deps.audit, {
    decider: claims,
    load: () => ({ state: claims.initialState, complaint: input.complaintNo ? loadComplaint(deps.register, input.complaintNo) : null }),
    commands: ({ complaint }) => {
      const year = toHijri(riyadhDate(now)).year;
      const claimNo = `CP-${year}-${String(deps.sequences.next(`cp_${year}`)).padStart(5, '0')}`;
      const caseNo = cleanText(input.caseNo ?? '') || String(complaint?.row.case_no ?? '');
      const open: ClaimCommand = {
        type: 'OpenClaim',
        data: { claimId: claimNo, complaintId: complaint ? String(complaint.row.complaint_no) : undefined, caseId: caseNo, description: cleanText(input.description ?? '', { multiline: true }), actor, at: now.toISOString() },
      };
      return [open];
    },
    context: () => undefined,
    // Refused as any claim step is (a claim with no description): audited under the number it was given.
    refused: (_loaded, commands, err) => ({
      actor, action: 'claim_refused', caseNo: commands.map((c) => (c.type === 'OpenClaim' ? c.data.claimId : '')).join(''), details: `${stepName(commands)}: ${refusalWords(err)}`,
    }),
    save: ({ complaint }, { state: opened }): CellsOf<'claims'> => {
      const file = 'claimId' in opened ? opened : null;
      const saved: CellsOf<'claims'> = {
        claim_no: file?.claimId ?? null, opened_at: now, complaint_no: complaint?.row.complaint_no ?? null, case_no: file?.caseId ?? null,
        description: file?.description ?? null, ...projectClaim(opened, deps.config, now),
      };
      deps.register.table('claims').append([saved]);
      if (complaint) deps.register.table('complaints').update([{ rowNumber: complaint.rowNumber, row: { ...complaint.row, claim_no: saved.claim_no, updated_at: now } }]);
      return saved;
    },
    audit: ({ complaint }, _decided, saved) => ({ actor, action: 'claim_created', caseNo: String(saved.claim_no), details: complaint ? String(complaint.row.complaint_no) : String(saved.case_no ?? '') }),
  });
  return { claimNo: String(row.claim_no), status: claimStatusLabel(state.status) };
}

/** One step on a claim. A refusal is audited (who tried what, and why) before it reaches the person. */
export function claimStep(
  deps: ClaimDeps,
  claimNo: string,
  actor: string,
  build: (stamp: { actor: string; at: string }, state: ClaimState) => ClaimCommand,
): { claimNo: string; status: string; state: ClaimState; row: RowOf<'claims'>; rowNumber: number } {
  requireFeature(deps.config.profile.features.compensation);
  const table = deps.register.table('claims');
  const now = deps.clock.now();
  const { state, saved: row, loaded } = handleCommand(deps.audit, {
    decider: claims,
    load: () => {
      const hit = table.findBy('claim_no', String(claimNo ?? '').trim());
      if (!hit) throw refusal('CLAIM_NOT_FOUND', { no: String(claimNo) });
      return { ...hit, state: parseClaim(hit.row) };
    },
    commands: (hit) => [build({ actor, at: now.toISOString() }, hit.state)],
    context: () => undefined,
    authorize: (_hit, commands) => commands.forEach((c) => requireStep(deps.config.staff, actor, c.type)),
    // A refusal is audited (who tried what, and why) before it reaches the person.
    refused: (hit, commands, err) => ({ actor, action: 'claim_refused', caseNo: String(hit.row.claim_no), details: `${stepName(commands)}: ${refusalWords(err)}` }),
    save: (hit, decided) => {
      const saved = { ...hit.row, ...projectClaim(decided.state, deps.config, now) };
      table.update([{ rowNumber: hit.rowNumber, row: saved }]);
      return saved;
    },
    audit: (_hit, _decided, saved, commands) => ({ actor, action: 'claim_transition', caseNo: String(saved.claim_no), details: stepName(commands) }),
  });
  return { claimNo: String(row.claim_no), status: claimStatusLabel(state.status), state, row, rowNumber: loaded.rowNumber };
}

/** The investigation committee (CP-2) and its members as the staff tab lists them; roles by position as in committee minutes. */
export function investigationCommittee(config: RegisterConfig): { name: string; members: Array<CommitteeMember & { email: string }> } {
  const committee = config.profile.committees.find((c) => c.purpose === 'investigation');
  if (!committee) throw refusal('NO_COMMITTEE');
  return { name: committee.nameAr, members: committeeMembers(config.staff, committee) };
}

/** Writes the minutes document as the claim now stands and links it in the claim row. */
export function writeInvestigationMinutes(deps: ClaimDeps, claim: { state: ClaimState; row: CellsOf<'claims'>; rowNumber: number }): string {
  const state = claim.state;
  if (state.status === 'initial' || !state.minutes) throw refusal('INVALID_INPUT', { field: t('col.claims.minutes_ref') });
  const model = investigationMinutesDoc({ ...state, minutes: state.minutes }, deps.config.profile);
  const date = formatDual(state.minutes.date, { digits: deps.config.profile.digits });
  // One document per minutes number: recorded, then approved member by member, it is revised in place.
  const doc = writeDoc(deps.docs, model, { title: model.title, date, number: withDigits(state.minutes.minutesRef, deps.config.profile.digits) }, `${String(claim.row.claim_no)}:${state.minutes.minutesRef}`);
  deps.register.table('claims').update([{ rowNumber: claim.rowNumber, row: { ...claim.row, minutes_url: doc.url } }]);
  return doc.url;
}

/** The organisation's investigation template when setup made one, else its committee-minutes template. */
function writeDoc(docs: DocumentWriter, model: Parameters<DocumentWriter['write']>[1], placeholders: Record<string, string>, revise: string) {
  try {
    return docs.write('investigation', model, placeholders, { revise });
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code !== 'NOT_SET_UP') throw err;
    return docs.write('minutes', model, placeholders, { revise });
  }
}

/** The member's name the minutes carry, for the current user; only listed members of the committee may approve. */
export function approvingMember(config: RegisterConfig, email: string): string {
  const committee = investigationCommittee(config);
  const me = committee.members.find((m) => m.email === email.trim().toLowerCase());
  if (!me) throw refusal('NOT_IN_COMMITTEE', { email, committee: committee.name });
  return me.name;
}
