// The program as it runs and ends: the daily attendance sheet (PR-6), the evaluation form sent only to
// those who attended, once each (PR-7), evaluation answers kept, and the report to publish (PR-8).
import type { CellsOf, RowOf } from '../../ports';
import {
  PROGRAM_EVALUATION_ITEMS, dailyAttendance, evaluationDue, evaluationRecipients, programReportDoc, type AttendanceRecord,
} from '../../domain/program';
import { scoreAnswers } from '../../domain/satisfaction';
import { formatDual, isIsoDate, riyadhDate, type IsoDate } from '../../domain/time';
import { prefilledUrl } from '../forms/prefill';
import type { Answers } from '../../ports/forms';
import { isEnrolled, loadProgram, programFromRow } from './programRecords';
import { registrantOf, toRegistrant } from './programMail';
import { requireForm, requireProgramsFeature, type ProgramDeps } from './programDeps';
import { t } from '../../i18n';
import { requireStep } from '../access';
import { failure } from '../../domain/codedError';

/** The letterhead template setup creates (organisation name and header) serves reports as well as minutes. */
export const REPORT_TEMPLATE = 'minutes';

const yes = () => t('form.yes');

function attendanceRecords(rows: Array<{ row: RowOf<'attendance'> }>): AttendanceRecord[] {
  return rows.map(({ row }) => ({ registrationId: String(row.reg_no), date: String(row.date) as IsoDate, present: String(row.present) === yes() }));
}

/** PR-6: one day's sheet; recording the same day again corrects it rather than adding rows. */
export function recordAttendance(deps: ProgramDeps, programId: string, date: string, presentRegNos: string[], actor: string): { present: number; absent: number } {
  requireProgramsFeature(deps);
  requireStep(deps.config.staff, actor, 'RecordAttendance');
  const { program } = loadProgram(deps.register, programId);
  const day = String(date ?? '').trim();
  if (!isIsoDate(day)) throw failure('INVALID_DATE', 'programs.error.invalidDate', { date: day });
  const enrolled = deps.register.table('registrations').findAllBy('program_id', program.id).filter(({ row }) => isEnrolled(row));
  const names = new Map(enrolled.map(({ row }) => [String(row.reg_no), String(row.full_name ?? '')]));
  const records = dailyAttendance(program, [...names.keys()], day, (presentRegNos ?? []).map((r) => String(r).trim()));
  const table = deps.register.table('attendance');
  const existing = new Map(table.findAllBy('program_id', program.id).filter(({ row }) => row.date === day).map((r) => [String(r.row.reg_no), r]));
  const now = deps.clock.now();
  const rowOf = (r: AttendanceRecord): CellsOf<'attendance'> => ({
    program_id: program.id, date: day, reg_no: r.registrationId, full_name: names.get(r.registrationId) ?? '', present: r.present ? yes() : t('form.no'), recorded_by: actor, recorded_at: now,
  });
  table.update(records.filter((r) => existing.has(r.registrationId)).map((r) => ({ rowNumber: existing.get(r.registrationId)!.rowNumber, row: rowOf(r) })));
  table.append(records.filter((r) => !existing.has(r.registrationId)).map(rowOf));
  const present = records.filter((r) => r.present).length;
  deps.audit.record({ actor, action: 'attendance_recorded', details: `${program.id} ${day}: ${present}/${records.length}` });
  deps.audit.flush();
  return { present, absent: records.length - present };
}

/** Daily: for every program that has ended, the evaluation link to each participant who attended and has not had it. */
export function sendProgramEvaluations(deps: ProgramDeps): { sent: string[] } {
  if (!deps.config.profile.features.programs) return { sent: [] };
  const form = requireForm(deps, 'program_evaluation');
  const today = riyadhDate(deps.clock.now());
  const programs = deps.register.table('programs').readAll().map(({ row }) => programFromRow(row)).filter((p) => evaluationDue(p, today));
  if (programs.length === 0) return { sent: [] };
  const registrations = deps.register.table('registrations').readAll();
  const attendance = deps.register.table('attendance').readAll();
  const now = deps.clock.now();
  const updates: Array<{ rowNumber: number; row: CellsOf<'registrations'> }> = [];
  const entries = [];
  for (const program of programs) {
    const enrolled = registrations.filter(({ row }) => row.program_id === program.id && isEnrolled(row));
    const recipients = new Set(evaluationRecipients(enrolled.map(({ row }) => String(row.reg_no)), attendanceRecords(attendance.filter(({ row }) => row.program_id === program.id))));
    for (const reg of enrolled) {
      const regNo = String(reg.row.reg_no);
      if (!recipients.has(regNo) || reg.row.evaluation_sent_at) continue;
      const link = prefilledUrl(form, 'reg_no', regNo);
      entries.push(
        toRegistrant(deps, registrantOf(regNo, reg.row), 'evaluation', {
          subject: t('programs.mail.evaluation.subject', { program: program.nameAr, org: deps.config.profile.name.ar }),
          paragraphs: [t('programs.mail.evaluation.body', { program: program.nameAr }), t('policy.satisfaction.right'), link],
        }, { notice: t('notice.program.evaluation', { program: program.nameAr }), link }),
      );
      updates.push({ rowNumber: reg.rowNumber, row: { ...reg.row, evaluation_sent_at: now, updated_at: now } });
    }
  }
  // The sent mark is written before sending: a run that dies after this point never sends twice.
  deps.register.table('registrations').update(updates);
  deps.outbox.queueAndSend(entries);
  const sent = updates.map((u) => String(u.row.reg_no));
  if (sent.length) deps.audit.record({ actor: 'system', action: 'program_step', details: t('programs.audit.evaluationsSent', { count: sent.length, regNos: sent.join('، ') }) });
  deps.audit.flush();
  return { sent };
}

export type EvaluationOutcome = { kind: 'stored' | 'already_recorded' | 'not_invited' | 'duplicate' | 'invalid'; regNo: string };

/** An evaluation response: kept when it answers a form that was sent to that participant, once per participant. */
export function storeEvaluation(deps: ProgramDeps, req: { responseId: string; answers: Answers; submittedAt: Date }): EvaluationOutcome {
  const answer = (key: string) => String(req.answers[key] ?? '').trim();
  const regNo = answer('reg_no');
  const table = deps.register.table('evaluations');
  if (table.findBy('response_id', req.responseId)) return { kind: 'already_recorded', regNo };
  const refuse = (kind: EvaluationOutcome['kind'], why: string): EvaluationOutcome => {
    deps.audit.record({ actor: 'google_forms', action: 'edit_refused', details: `${t('programs.audit.evaluationIgnored', { regNo: regNo || '—' })}: ${why}` });
    deps.audit.flush();
    return { kind, regNo };
  };
  const reg = regNo ? deps.register.table('registrations').findBy('reg_no', regNo) : null;
  if (!reg || !reg.row.evaluation_sent_at) return refuse('not_invited', t('programs.audit.notInvited'));
  if (table.findBy('reg_no', regNo)) return refuse('duplicate', t('programs.audit.duplicateEvaluation'));
  try {
    scoreAnswers(PROGRAM_EVALUATION_ITEMS, [req.answers as Record<string, string>]);
  } catch {
    return refuse('invalid', t('programs.audit.invalidScores'));
  }
  table.append([{
    response_id: req.responseId, submitted_at: req.submittedAt, reg_no: regNo, program_id: String(reg.row.program_id),
    ...Object.fromEntries(PROGRAM_EVALUATION_ITEMS.map((k) => [k, answer(k) ? Number(answer(k)) : null])),
    comment: answer('comment') || null,
  }]);
  deps.audit.record({ actor: 'google_forms', action: 'evaluation_received', details: `${regNo} — ${String(reg.row.program_id)}` });
  deps.audit.flush();
  return { kind: 'stored', regNo };
}

/** PR-8: the report document (counts and averages, no names), its link kept in the program's row. */
export function programReport(deps: ProgramDeps, programId: string, actor: string): { url: string } {
  requireProgramsFeature(deps);
  requireStep(deps.config.staff, actor, 'Report');
  const loaded = loadProgram(deps.register, programId);
  const { program } = loaded;
  const enrolledIds = deps.register.table('registrations').findAllBy('program_id', program.id).filter(({ row }) => isEnrolled(row)).map(({ row }) => String(row.reg_no));
  const attendance = attendanceRecords(deps.register.table('attendance').findAllBy('program_id', program.id));
  const evaluations = deps.register.table('evaluations').findAllBy('program_id', program.id).map(({ row }) => Object.fromEntries(PROGRAM_EVALUATION_ITEMS.map((k) => [k, row[k] as number | null])));
  const model = programReportDoc(program, { enrolledIds, attendance, evaluation: scoreAnswers(PROGRAM_EVALUATION_ITEMS, evaluations) }, deps.config.profile);
  const doc = deps.docs.write(REPORT_TEMPLATE, model, { title: model.title, date: formatDual(riyadhDate(deps.clock.now()), { digits: deps.config.profile.digits }) });
  deps.register.table('programs').update([{ rowNumber: loaded.rowNumber, row: { ...loaded.row, report_url: doc.url } }]);
  deps.audit.record({ actor, action: 'program_report', details: `${program.id}: ${doc.url}` });
  deps.audit.flush();
  return { url: doc.url };
}

