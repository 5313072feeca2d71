// Rusookh (the seed with programs, PR) on in-memory fakes of the ports: the two program forms published, a program
// defined by an officer, and the answers of its registration form, for the program use-case tests.
import { createProgram, type ProgramInput } from '../../../src/app/programs/programAdmin';
import type { ProgramDeps } from '../../../src/app/programs/programDeps';
import { registerFromForm, type RegistrationOutcome } from '../../../src/app/programs/registration';
import type { PublishedForm } from '../../../src/ports/forms';
import { organisation, OFFICER, type Organisation } from '../../fakes/ports';
import { MemoryDocuments } from '../../fakes/documents';

export const FORMS: Record<'program_registration' | 'program_evaluation', PublishedForm> = {
  program_registration: { formId: 'form-reg', url: 'https://docs.google.com/forms/d/e/reg/viewform', items: { program: 1001 } },
  program_evaluation: { formId: 'form-eval', url: 'https://docs.google.com/forms/d/e/eval/viewform', items: { reg_no: 2001 } },
};

export interface Programs {
  org: Organisation;
  deps: ProgramDeps;
  docs: MemoryDocuments;
}

/** Rusookh with its forms published, the clock on Sunday 22 November 2026 at 09:00 Riyadh. */
export function programsOrganisation(): Programs {
  const org = organisation({ profile: 'rusookh' });
  const docs = new MemoryDocuments();
  return { org, docs, deps: { ...org, forms: FORMS, docs } };
}

/** A paid program for ages 15 to 25 with two seats, from Sunday 6 to Thursday 10 December 2026. */
export const COMPUTING: ProgramInput = { name: 'مهارات الحاسب للشباب', ageMin: 15, ageMax: 25, fee: 100, capacity: 2, startDate: '2026-12-06', endDate: '2026-12-10' };

export function defineProgram(p: Programs, input: Partial<ProgramInput> = {}): string {
  return createProgram(p.deps, { ...COMPUTING, ...input }, OFFICER).programId;
}

/** The registration form's answers of an adult in the age group (21 on the program's first day). */
export const registrant = (over: Record<string, string> = {}): Record<string, string> => ({
  program: 'PR-001', full_name: 'سلمان خالد الدوسري', birth_date: '2005-01-15', national_id: '1000000008', mobile: '0501234567', email: 'salman@example.com', ...over,
});

let responses = 0;

/** The form submitted now (a fresh response id unless one is given). */
export function register(p: Programs, answers: Record<string, string>, responseId = `reg-${++responses}`): RegistrationOutcome {
  return registerFromForm(p.deps, { responseId, answers, actor: 'google_forms', receivedAt: p.org.clock.now() });
}

/** The registration number of an outcome that has one. */
export function regNoOf(outcome: RegistrationOutcome): string {
  if (outcome.kind === 'blank') throw new Error('a blank submission has no registration number');
  return outcome.regNo;
}

/** The paid program (100 riyals, two seats, 6–10 December) with three registered: Salman, Reem, Fahad. */
export function paidProgram(): { p: Programs; salman: string; reem: string; fahad: string } {
  const p = programsOrganisation();
  defineProgram(p);
  const [salman, reem, fahad] = [
    register(p, registrant()),
    register(p, registrant({ full_name: 'ريم العتيبي', national_id: '1000000016', email: 'reem@example.com' })),
    register(p, registrant({ full_name: 'فهد الثالث', national_id: '1000000024', email: 'fahad@example.com' })),
  ].map(regNoOf);
  return { p, salman, reem, fahad };
}
