// Programs and registrations as the register stores them: a program row read back as the domain's
// Program, and a registration's state (JSON in a hidden column) with the columns staff read.
import type { Cell, CellsOf, Register, RowOf, TableOf } from '../../ports';
import type { Program, RegistrationState } from '../../domain/program';
import type { IsoDate } from '../../domain/time';
import { splitList } from '../../domain/text';
import { t } from '../../i18n';
import { failure } from '../../domain/codedError';

export type RegistrationStatus = RegistrationState['status'] | 'refused';

export function registrationStatusLabel(status: RegistrationStatus): string {
  return status === 'refused' ? t('programs.status.refused') : t(`policy.program.status.${status}`);
}

const yes = () => t('form.yes');
const listOf = (v: Cell | undefined): string[] => splitList(v, { commas: false });

export function programFromRow(row: RowOf<'programs'>): Program {
  return {
    id: String(row.program_id ?? ''),
    nameAr: String(row.name ?? ''),
    targetAge: { min: Number(row.target_age_min), max: Number(row.target_age_max) },
    fee: Number(row.fee ?? 0),
    capacity: Number(row.capacity),
    startDate: String(row.start_date ?? '') as IsoDate,
    endDate: String(row.end_date ?? '') as IsoDate,
    needsInterview: String(row.needs_interview ?? '') === yes(),
    registrationUrl: String(row.registration_url ?? ''),
    conditions: listOf(row.conditions),
  };
}

export function programRow(program: Program): CellsOf<'programs'> {
  return {
    program_id: program.id,
    name: program.nameAr,
    target_age_min: program.targetAge.min,
    target_age_max: program.targetAge.max,
    fee: program.fee,
    capacity: program.capacity,
    start_date: program.startDate,
    end_date: program.endDate,
    needs_interview: program.needsInterview ? yes() : t('form.no'),
    conditions: program.conditions.join('\n'),
    registration_url: program.registrationUrl,
  };
}

export interface LoadedProgram {
  rowNumber: number;
  row: RowOf<'programs'>;
  program: Program;
}

/** A program by its id (or, as a person may type it, by its exact name). */
export function findProgram(register: Register, idOrName: string): LoadedProgram | null {
  const table = register.table('programs');
  const key = idOrName.trim();
  if (!key) return null;
  const hit = table.findBy('program_id', key) ?? table.findBy('name', key);
  return hit ? { ...hit, program: programFromRow(hit.row) } : null;
}

export function loadProgram(register: Register, programId: string): LoadedProgram {
  const found = findProgram(register, programId);
  if (!found) throw failure('PROGRAM_NOT_FOUND', 'programs.error.programNotFound', { programId });
  return found;
}

export interface LoadedRegistration {
  rowNumber: number;
  row: RowOf<'registrations'>;
  state: RegistrationState;
}

/** The state of a registrations row (any of its cells: a row as read, or as a record dialog loaded it). */
export function registrationState(row: CellsOf<'registrations'>): RegistrationState {
  const raw = String(row.state ?? '');
  return raw ? (JSON.parse(raw) as RegistrationState) : { status: 'initial' };
}

export function loadRegistration(table: TableOf<'registrations'>, regNo: string): LoadedRegistration {
  const hit = table.findBy('reg_no', regNo.trim());
  if (!hit) throw failure('REGISTRATION_NOT_FOUND', 'programs.error.registrationNotFound', { regNo });
  return { ...hit, state: registrationState(hit.row) };
}

/** The columns that follow from a registration's state. */
export function projectRegistration(state: RegistrationState): CellsOf<'registrations'> {
  const row: CellsOf<'registrations'> = { status: registrationStatusLabel(state.status), state: JSON.stringify(state) };
  if (state.status === 'initial') return row;
  row.age_at_start = state.ageAtStart;
  if (state.payment) {
    row.payment_amount = state.payment.amount;
    row.receipt_no = state.payment.receiptNo;
  }
  if ('interviewNotes' in state) row.interview_notes = state.interviewNotes;
  return row;
}

export const isEnrolled = (row: CellsOf<'registrations'>): boolean => registrationState(row).status === 'enrolled';
