// What the program use cases need: the register, counters, clock, audit, outbox, configuration and forms.
import type { Clock, DocumentWriter, Register, Sequences } from '../../ports';
import type { RegisterConfig } from '../config';
import type { AuditTrail } from '../audit';
import type { Outbox } from '../notify/outbox';
import type { PublishedForm } from '../../ports/forms';
import { failure } from '../../domain/codedError';

export interface ProgramDeps {
  register: Register;
  sequences: Sequences;
  clock: Clock;
  audit: AuditTrail;
  outbox: Outbox;
  config: RegisterConfig;
  forms: Record<string, PublishedForm>;
  docs: DocumentWriter;
}

/** Programs are part of the policy only where the profile says so (Rusookh, PR). */
export function requireProgramsFeature(deps: ProgramDeps): void {
  if (!deps.config.profile.features.programs) {
    throw failure('FEATURE_OFF', 'programs.error.featureOff');
  }
}

export function requireForm(deps: ProgramDeps, key: 'program_registration' | 'program_evaluation'): PublishedForm {
  const form = deps.forms[key];
  if (!form) throw failure('NOT_SET_UP', 'programs.error.formMissing');
  return form;
}
