// A program registration form arrives (PR-2, PR-3): checked for completeness and age group through the one
// command handler, recorded as a registrations row (a refusal keeps its Arabic reason in the row), and the registrant is told.
import type { CellsOf } from '../../ports';
import type { Answers } from '../../ports/forms';
import { wordsOf } from '../../domain/codedError';
import { ageOn, registrationDecider, type Program, type RegistrationCommand } from '../../domain/program';
import { handleCommand } from '../commandHandler';
import type { AuditEntry } from '../audit';
import { isIsoDate, riyadhDate, type IsoDate } from '../../domain/time';
import { maskNationalId, toLatinDigits, validateEmail, validateMobile, validateNationalId } from '../../domain/text';
import { findProgram, projectRegistration, registrationStatusLabel } from './programRecords';
import { toRegistrant } from './programMail';
import type { ProgramDeps } from './programDeps';
import { t, type LabelUnder } from '../../i18n';

/** Below this age on the program's first day the registrant is a minor and a guardian must be named. */
export const ADULT_AGE = 18;

export interface RegistrationRequest {
  responseId: string | null;
  answers: Answers;
  actor: string;
  receivedAt: Date;
}

export type RegistrationOutcome =
  | { kind: 'already_recorded' | 'registered' | 'refused'; regNo: string; reason?: string }
  | { kind: 'blank' };

const text = (answers: Answers, key: string): string => {
  const v = answers[key];
  return (Array.isArray(v) ? v.join(', ') : String(v ?? '')).trim();
};

interface Checked {
  name: string;
  birthDate: string;
  nationalId: string | null;
  mobile: string | null;
  email: string | null;
  guardianName: string;
  guardianMobile: string | null;
  missing: string[];
}

/** PR-2: what the form must hold; invalid identifiers count as missing, with the reason. */
function checkAnswers(answers: Answers, program: Program | null): Checked {
  const missing: string[] = [];
  const label = (key: LabelUnder<'programs.form.reg.'>) => t(`programs.form.reg.${key}`);
  const name = text(answers, 'full_name');
  const birthDate = toLatinDigits(text(answers, 'birth_date'));
  const id = validateNationalId(text(answers, 'national_id'));
  const mobile = validateMobile(text(answers, 'mobile'));
  const emailText = text(answers, 'email');
  const email = emailText ? validateEmail(emailText) : null;
  if (!name) missing.push(label('full_name'));
  if (!birthDate) missing.push(label('birth_date'));
  if (!id.ok) missing.push(text(answers, 'national_id') ? t('programs.missing.invalid', { field: label('national_id') }) : label('national_id'));
  if (!mobile.ok) missing.push(text(answers, 'mobile') ? t('programs.missing.invalid', { field: label('mobile') }) : label('mobile'));
  if (email && !email.ok) missing.push(t('programs.missing.invalid', { field: label('email') }));
  const guardianName = text(answers, 'guardian_name');
  const guardianMobileRaw = text(answers, 'guardian_mobile');
  const guardianMobile = guardianMobileRaw ? validateMobile(guardianMobileRaw) : null;
  const minor = program !== null && isIsoDate(birthDate) && ageOn(birthDate as IsoDate, program.startDate) < ADULT_AGE;
  if (minor && !guardianName) missing.push(label('guardian_name'));
  if (minor && !guardianMobile?.ok) missing.push(label('guardian_mobile'));
  return {
    name,
    birthDate,
    nationalId: id.ok ? id.value : null,
    mobile: mobile.ok ? mobile.value : null,
    email: email?.ok ? email.value : null,
    guardianName,
    guardianMobile: guardianMobile?.ok ? guardianMobile.value : null,
    missing,
  };
}

export function registerFromForm(deps: ProgramDeps, req: RegistrationRequest): RegistrationOutcome {
  const table = deps.register.table('registrations');
  if (req.responseId) {
    const seen = table.findBy('response_id', req.responseId);
    if (seen) return { kind: 'already_recorded', regNo: String(seen.row.reg_no) };
  }
  // Google has been seen to fire a submit trigger a second time with every answer blank.
  if (Object.values(req.answers).every((v) => (Array.isArray(v) ? v.length === 0 : String(v ?? '').trim() === ''))) {
    deps.audit.record({ actor: req.actor, action: 'edit_refused', details: `${t('intake.flag.blankSubmission')} (${req.responseId ?? '-'})` });
    deps.audit.flush();
    return { kind: 'blank' };
  }

  const found = findProgram(deps.register, text(req.answers, 'program'));
  const program = found?.program ?? null;
  const checked = checkAnswers(req.answers, program);
  const regNo = `REG-${String(deps.sequences.next('registration', req.responseId)).padStart(5, '0')}`;
  const at = req.receivedAt.toISOString();
  const row: CellsOf<'registrations'> = {
    reg_no: regNo,
    program_id: program?.id ?? null,
    program_name: program?.nameAr ?? text(req.answers, 'program'),
    full_name: checked.name,
    birth_date: checked.birthDate,
    national_id: checked.nationalId ?? text(req.answers, 'national_id'),
    mobile: checked.mobile ?? text(req.answers, 'mobile'),
    email: checked.email ?? text(req.answers, 'email'),
    guardian_name: checked.guardianName || null,
    guardian_mobile: checked.guardianMobile ?? (text(req.answers, 'guardian_mobile') || null),
    registered_at: req.receivedAt,
    updated_at: deps.clock.now(),
    response_id: req.responseId,
  };

  const idNote = checked.nationalId ? maskNationalId(checked.nationalId) : '-';
  const audited = (stored: CellsOf<'registrations'>): AuditEntry => ({ actor: req.actor, action: 'program_registration', details: `${regNo} — ${String(stored.program_name)} — ${String(stored.status)} — ${idNote}` });
  const who = { regNo, name: checked.name, email: checked.email, nationalId: checked.nationalId, mobile: checked.mobile };
  const programName = String(row.program_name || '—');

  let refusal: string | null = null;
  if (!program) refusal = t('programs.refusal.unknownProgram', { program: text(req.answers, 'program') || '—' });
  else if (riyadhDate(req.receivedAt) > program.endDate) refusal = t('programs.refusal.ended', { program: program.nameAr });
  else {
    const register: RegistrationCommand = {
      type: 'Register', data: { registrationId: regNo, name: checked.name, birthDate: checked.birthDate, missing: checked.missing, actor: req.actor, at },
    };
    let stored = false;
    try {
      // The registration's first step through the one command handler: nothing to read but its program.
      handleCommand(deps.audit, {
        decider: registrationDecider,
        load: () => ({ state: registrationDecider.initialState, program }),
        commands: () => [register],
        context: (loaded) => loaded.program,
        save: (_loaded, decided) => {
          const registered: CellsOf<'registrations'> = { ...row, ...projectRegistration(decided.state) };
          table.append([registered]);
          stored = true;
          return registered;
        },
        audit: (_loaded, _decided, registered) => audited(registered),
        after: () => deps.outbox.queueAndSend([
          toRegistrant(deps, who, 'registered', {
            subject: t('programs.mail.registered.subject', { program: programName, org: deps.config.profile.name.ar }),
            paragraphs: [
              t('programs.mail.registered.body', { program: programName }),
              t(program.needsInterview ? 'programs.mail.registered.interview' : program.fee > 0 ? 'programs.mail.registered.fee' : 'programs.mail.registered.next', { fee: program.fee }),
            ],
          }, { notice: t('notice.program.registered', { program: programName }) }),
        ]),
      });
      return { kind: 'registered', regNo };
    } catch (err) {
      // The decider's refusal (PR-2 incomplete, PR-3 outside the age group) is worded; anything after the row
      // was stored, or any other error, is not a refusal.
      refusal = stored ? null : wordsOf(err);
      if (refusal === null) throw err;
    }
  }

  // A refused registration is kept too, with its Arabic reason, and the registrant told why (PR-2, PR-3).
  const refused: CellsOf<'registrations'> = { ...row, status: registrationStatusLabel('refused'), refusal };
  table.append([refused]);
  deps.audit.record(audited(refused));
  deps.outbox.queueAndSend([
    toRegistrant(deps, who, 'refused', {
      subject: t('programs.mail.refused.subject', { program: programName, org: deps.config.profile.name.ar }),
      paragraphs: [t('programs.mail.refused.body', { program: programName }), refusal, t('programs.mail.refused.again', { url: deps.forms.program_registration?.url ?? '' })],
    }, { notice: t('notice.program.refused', { program: programName, reason: refusal }) }),
  ]);
  deps.audit.flush();
  return { kind: 'refused', regNo, reason: refusal };
}
