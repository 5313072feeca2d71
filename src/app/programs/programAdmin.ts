// Staff define a program (PR) and get its announcement (PR-1) with the registration link and conditions.
import { announcementText, checkProgram, type Program } from '../../domain/program';
import type { IsoDate } from '../../domain/time';
import { prefilledUrl } from '../forms/prefill';
import { requireForm, requireProgramsFeature, type ProgramDeps } from './programDeps';
import { loadProgram, programRow } from './programRecords';
import { requireStep } from '../access';

export interface ProgramInput {
  name: string;
  ageMin: number;
  ageMax: number;
  /** Riyals; 0 or absent for a free program. */
  fee?: number;
  capacity: number;
  startDate: string;
  endDate: string;
  needsInterview?: boolean;
  /** Extra conditions in the organisation's words: a list, or one per line. */
  conditions?: string[] | string;
}

export function createProgram(deps: ProgramDeps, input: ProgramInput, actor: string): { programId: string; registrationUrl: string; announcement: string } {
  requireProgramsFeature(deps);
  requireStep(deps.config.staff, actor, 'CreateProgram');
  const form = requireForm(deps, 'program_registration');
  const programId = `PR-${String(deps.sequences.next('program')).padStart(3, '0')}`;
  const conditions = Array.isArray(input.conditions) ? input.conditions : String(input.conditions ?? '').split('\n');
  const program: Program = checkProgram({
    id: programId,
    nameAr: String(input.name ?? '').trim(),
    targetAge: { min: Number(input.ageMin), max: Number(input.ageMax) },
    fee: Number(input.fee ?? 0),
    capacity: Number(input.capacity),
    startDate: String(input.startDate ?? '').trim() as IsoDate,
    endDate: String(input.endDate ?? '').trim() as IsoDate,
    needsInterview: !!input.needsInterview,
    // The announcement's link opens the form with the program already chosen.
    registrationUrl: prefilledUrl(form, 'program', programId),
    conditions: conditions.map((c) => c.trim()).filter(Boolean),
  });
  const announcement = announcementText(program, deps.config.profile.name.ar, deps.config.profile.digits);
  deps.register.table('programs').append([{ ...programRow(program), announcement, created_by: actor, created_at: deps.clock.now() }]);
  deps.audit.record({ actor, action: 'program_created', details: `${programId}: ${program.nameAr}` });
  deps.audit.flush();
  return { programId, registrationUrl: program.registrationUrl, announcement };
}

/** The announcement to publish on the website and social media (PR-1), rebuilt from the program as it now stands. */
export function programAnnouncement(deps: ProgramDeps, programId: string, actor: string): string {
  requireStep(deps.config.staff, actor, 'Announcement');
  const { program } = loadProgram(deps.register, programId);
  return announcementText(program, deps.config.profile.name.ar, deps.config.profile.digits);
}
