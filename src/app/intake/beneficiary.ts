// The beneficiary a submission is about: found through the lookup index or column lookups and matched by the
// domain's rule (read only), then written when the case step saves: merged into the known row or registered
// anew, the index told of the write, and the audit lines (an opt-out lifted by fresh consent among them).
import type { CellsOf, ColumnsOnly, RowOf, TableOf } from '../../ports';
import type { Evaluation, RequestAnswers } from '../../domain/intake/evaluate';
import { matchBeneficiary, type BeneficiaryMatch } from '../../domain/intake/match';
import { liftsOptOut, mergeKnown } from '../../domain/intake/merge';
import { beneficiaryAnswers } from '../../domain/intake/columns';
import { collectionRecord } from '../privacy/notice';
import { listLabel } from '../register/lists';
import { t } from '../../i18n';
import type { BeneficiaryHit, BeneficiaryIndex, IndexedColumn } from './beneficiaryIndex';
import type { IntakeDeps, IntakeRequest } from './request';

/** Who the submission is from, as found before anything is written: a known beneficiary (their row), or a new
 *  one (and the bearer of the same name, a possible duplicate). */
export type FoundBeneficiary =
  | { kind: 'same'; beneficiaryId: string; existing: BeneficiaryHit }
  | { kind: 'new'; possibleDuplicateOf: string | null };

/** The beneficiary as written: their ID and row (for the case row and the acknowledgement's channels). */
export interface RecordedBeneficiary {
  beneficiaryId: string;
  person: CellsOf<'beneficiaries'>;
}

/** The rows whose column holds the value: through the index when it can answer; else the column searched once
 *  and the index rebuilt (missing, emptied, sorted or edited by hand). Null without an index. */
function lookedUp(table: TableOf<'beneficiaries'>, index: BeneficiaryIndex | undefined, column: IndexedColumn, value: string): BeneficiaryHit[] | null {
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
function beneficiaryCandidates(table: TableOf<'beneficiaries'>, identity: Evaluation['identity'], index?: BeneficiaryIndex): BeneficiaryHit[] {
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

/** The beneficiary the submission belongs to (by ID, or by mobile and name), or a new one: read, never written. */
export function findBeneficiary(deps: IntakeDeps, ev: Evaluation): FoundBeneficiary {
  const known = beneficiaryCandidates(deps.register.table('beneficiaries'), ev.identity, deps.index);
  const match: BeneficiaryMatch = matchBeneficiary(
    known.map(({ row }) => ({
      beneficiaryId: String(row.beneficiary_id),
      nationalId: row.national_id ? String(row.national_id) : null,
      mobile: row.mobile ? String(row.mobile) : null,
      nameKey: String(row.name_key ?? ''),
    })),
    ev.identity,
  );
  if (match.kind === 'new') return match;
  return { kind: 'same', beneficiaryId: match.beneficiaryId, existing: known.find(({ row }) => row.beneficiary_id === match.beneficiaryId)! };
}

/** The channels the person accepted, as the register shows them (Arabic labels), and when; nothing when the
 *  form did not ask. */
function consentColumns(ev: Evaluation, now: Date): Partial<Pick<RowOf<'beneficiaries'>, 'channels_accepted' | 'channels_consent_at'>> {
  if (!ev.channelsAccepted) return {};
  return { channels_accepted: ev.channelsAccepted.map((id) => listLabel('outboxChannel', id)).join('، '), channels_consent_at: now };
}

/** The beneficiary's columns this submission answers; the domain names them without the schema, so a key the
 *  beneficiaries tab lacks is a compile error here. */
type Answered = ReturnType<typeof beneficiaryAnswers>;
const answered = (deps: IntakeDeps, ev: Evaluation): ColumnsOnly<'beneficiaries', Answered> => beneficiaryAnswers(deps.config.profile, ev);

/** A new beneficiary's row. */
function beneficiaryRow(deps: IntakeDeps, ev: Evaluation, answers: RequestAnswers, beneficiaryId: string, now: Date, duplicateOf: string | null): CellsOf<'beneficiaries'> {
  const { profile } = deps.config;
  return {
    beneficiary_id: beneficiaryId,
    ...answered(deps, ev),
    possible_duplicate_of: duplicateOf,
    ...consentColumns(ev, now),
    created_at: now,
    updated_at: now,
    ...collectionRecord(answers, profile),
  };
}

/** The known beneficiary's row after this submission: the domain's merge rule (newer replaces older, a blank or
 *  invalid answer never erases what is known) over the register's columns; a new answer to the consent question
 *  replaces the old one, and fresh consent lifts an opt-out. */
function mergedRow(deps: IntakeDeps, row: RowOf<'beneficiaries'>, ev: Evaluation, answers: RequestAnswers, now: Date): RowOf<'beneficiaries'> {
  const { profile } = deps.config;
  return {
    ...row,
    ...mergeKnown<keyof Answered>(row, answered(deps, ev)),
    ...consentColumns(ev, now),
    ...(liftsOptOut(!!row.opted_out_at, ev.channelsAccepted) ? { opted_out_at: null } : {}),
    updated_at: now,
    ...collectionRecord(answers, profile),
  };
}

/** Writes the beneficiary found: the known row merged (only its row updated), or a new one numbered and
 *  appended; the lookup index told; the audit lines recorded (written with the step's). */
export function recordBeneficiary(deps: IntakeDeps, req: IntakeRequest, ev: Evaluation, found: FoundBeneficiary, now: Date): RecordedBeneficiary {
  const { audit } = deps;
  const beneficiaries = deps.register.table('beneficiaries');
  if (found.kind === 'same') {
    const { beneficiaryId, existing } = found;
    const person = mergedRow(deps, existing.row, ev, req.answers, now);
    beneficiaries.update([{ rowNumber: existing.rowNumber, row: person }]);
    deps.index?.noteWritten(existing.rowNumber, existing.row, person);
    audit.record({ actor: req.actor, action: 'beneficiary_updated', details: beneficiaryId });
    if (existing.row.opted_out_at && !person.opted_out_at) {
      audit.record({ actor: req.actor, action: 'beneficiary_opted_in', details: t('optin.audit', { beneficiaryId, channels: String(person.channels_accepted ?? '') }) });
    }
    return { beneficiaryId, person };
  }
  const beneficiaryId = `B-${String(deps.sequences.next('beneficiary', req.responseId)).padStart(6, '0')}`;
  const person = beneficiaryRow(deps, ev, req.answers, beneficiaryId, now, found.possibleDuplicateOf);
  const [rowNumber] = beneficiaries.append([person]);
  deps.index?.noteWritten(rowNumber, null, person);
  audit.record({ actor: req.actor, action: 'beneficiary_created', details: beneficiaryId });
  return { beneficiaryId, person };
}
