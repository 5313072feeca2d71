// What the program use cases need: the register, counters, clock, audit, outbox, configuration and forms.
import type { Clock, DocumentWriter, Register, Sequences } from '../../ports';
import type { RegisterConfig } from '../config';
import type { AuditTrail } from '../audit';
import type { Outbox } from '../notify/outbox';
import type { PublishedForm } from '../../ports/forms';
import { t } from '../../i18n';

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
    throw new Error(t('programs.error.featureOff'), { cause: { code: 'FEATURE_OFF' } });
  }
}

export function requireForm(deps: ProgramDeps, key: 'program_registration' | 'program_evaluation'): PublishedForm {
  const form = deps.forms[key];
  if (!form) throw new Error(t('programs.error.formMissing'), { cause: { code: 'NOT_SET_UP' } });
  return form;
}
