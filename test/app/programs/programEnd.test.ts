// PR-6, PR-7, PR-8 on in-memory fakes of the ports: the daily attendance sheet of the enrolled, the evaluation form
// at the program's end only to those who attended and only once, their answers kept once, and the report to
// publish with counts and averages and no one named.
import { programReport, recordAttendance, sendProgramEvaluations, storeEvaluation } from '../../../src/app/programs/programEnd';
import { enrollRegistrant, recordProgramPayment } from '../../../src/app/programs/registrantSteps';
import { programError } from '../../../src/domain/program';
import { wordsOf } from '../../../src/domain/codedError';
import { t } from '../../../src/i18n';
import { roleLabel } from '../../../src/app/access';
import { FOLLOW, OFFICER } from '../../fakes/ports';
import { wordsThrown } from '../../fakes/words';
import { FORMS, paidProgram, type Programs } from './withPrograms';

/** The paid program (6–10 December) with Salman and Reem enrolled and Fahad registered but never enrolled. */
function running(): { p: Programs; salman: string; reem: string; fahad: string } {
  const { p, salman, reem, fahad } = paidProgram();
  for (const [regNo, receipt] of [[salman, 'R-1'], [reem, 'R-2']]) {
    recordProgramPayment(p.deps, regNo, 100, receipt, OFFICER);
    enrollRegistrant(p.deps, regNo, OFFICER);
  }
  return { p, salman, reem, fahad };
}

const sheet = (p: Programs) => p.org.rows('attendance');
const evaluationMails = (p: Programs) => p.org.mailer.delivered.filter((m) => m.subject.includes('قيّم برنامج'));

describe('PR-6: the daily attendance sheet', () => {
  const { p, salman, reem, fahad } = running();
  const first = recordAttendance(p.deps, 'PR-001', '2026-12-06', [salman, reem], OFFICER);
  // The first day corrected: Reem was not there after all.
  const corrected = recordAttendance(p.deps, 'PR-001', '2026-12-06', [salman], OFFICER);
  recordAttendance(p.deps, 'PR-001', '2026-12-07', [salman], OFFICER);

  it('has one row per enrolled participant per day, present or absent', () => {
    expect(first).toEqual({ present: 2, absent: 0 });
    expect(sheet(p)).toHaveLength(4);
    expect(sheet(p).map((r) => r.reg_no)).not.toContain(fahad);
  });

  it('a day recorded again is corrected in place, not added', () => {
    expect(corrected).toEqual({ present: 1, absent: 1 });
    const day1 = sheet(p).filter((r) => r.date === '2026-12-06');
    expect(day1.map((r) => [r.reg_no, r.present])).toEqual([[salman, t('form.yes')], [reem, t('form.no')]]);
  });

  it('refuses a day outside the program and someone not enrolled, writing nothing', () => {
    expect(wordsThrown(() => recordAttendance(p.deps, 'PR-001', '2026-12-20', [salman], OFFICER))).toBe(wordsOf(programError({ code: 'DATE_OUTSIDE_PROGRAM', date: '2026-12-20' })));
    expect(wordsThrown(() => recordAttendance(p.deps, 'PR-001', '2026-12-08', [fahad], OFFICER))).toBe(wordsOf(programError({ code: 'NOT_ENROLLED', registrationIds: [fahad] })));
    expect(sheet(p)).toHaveLength(4);
  });

  it('is kept by those who run programs: a committee member is refused', () => {
    expect(wordsThrown(() => recordAttendance(p.deps, 'PR-001', '2026-12-08', [salman], FOLLOW))).toBe(t('sidebar.error.FORBIDDEN', { role: roleLabel('committee_member') }));
    expect(sheet(p)).toHaveLength(4);
  });
});

describe('PR-7: at the program\'s end the evaluation form goes only to those who attended, once', () => {
  const { p, salman, reem } = running();
  recordAttendance(p.deps, 'PR-001', '2026-12-06', [salman], OFFICER);
  p.org.clock.setDay('2026-12-09');
  const beforeEnd = sendProgramEvaluations(p.deps);
  p.org.clock.setDay('2026-12-10');
  const atEnd = sendProgramEvaluations(p.deps);
  p.org.clock.setDay('2026-12-11');
  const nextDay = sendProgramEvaluations(p.deps);

  it('sends nothing while the program runs', () => {
    expect(beforeEnd).toEqual({ sent: [] });
  });

  it('from its last day, to the participant who attended, with a link that names their registration', () => {
    expect(atEnd).toEqual({ sent: [salman] });
    const mails = evaluationMails(p);
    expect(mails.map((m) => m.to)).toEqual(['salman@example.com']);
    expect(mails[0].text).toContain(`entry.${FORMS.program_evaluation.items.reg_no}=${salman}`);
  });

  it('never to an enrolled participant who did not attend, and never twice', () => {
    expect(nextDay).toEqual({ sent: [] });
    expect(evaluationMails(p)).toHaveLength(1);
    expect(p.org.rows('registrations').find((r) => r.reg_no === reem)!.evaluation_sent_at).toBeUndefined();
  });

  const scores = { content: '5', presenter: '4', organisation: '4', benefit: '5', overall: '5', comment: 'برنامج مفيد' };
  const kept = storeEvaluation(p.deps, { responseId: 'e-1', answers: { reg_no: salman, ...scores }, submittedAt: p.org.clock.now() });
  const replayed = storeEvaluation(p.deps, { responseId: 'e-1', answers: { reg_no: salman, ...scores }, submittedAt: p.org.clock.now() });
  const second = storeEvaluation(p.deps, { responseId: 'e-2', answers: { reg_no: salman, ...scores }, submittedAt: p.org.clock.now() });
  const uninvited = storeEvaluation(p.deps, { responseId: 'e-3', answers: { reg_no: reem, ...scores, overall: '1' }, submittedAt: p.org.clock.now() });

  it('keeps the answers of one who was sent the form, once, and not those of someone who was not', () => {
    expect([kept.kind, replayed.kind, second.kind, uninvited.kind]).toEqual(['stored', 'already_recorded', 'duplicate', 'not_invited']);
    expect(p.org.rows('evaluations')).toEqual([expect.objectContaining({ reg_no: salman, overall: 5, comment: 'برنامج مفيد' })]);
  });
});

describe('PR-8: the program report to publish', () => {
  const { p, salman, reem } = running();
  recordAttendance(p.deps, 'PR-001', '2026-12-06', [salman, reem], OFFICER);
  p.org.clock.setDay('2026-12-10');
  sendProgramEvaluations(p.deps);
  storeEvaluation(p.deps, { responseId: 'e-1', answers: { reg_no: salman, content: '5', presenter: '4', organisation: '4', benefit: '5', overall: '5' }, submittedAt: p.org.clock.now() });
  const { url } = programReport(p.deps, 'PR-001', OFFICER);

  it('is one document with the program\'s name and averages, naming no participant, linked in the program\'s row', () => {
    expect(p.docs.documents).toHaveLength(1);
    const text = p.docs.textOf(p.docs.documents[0]);
    expect(text).toContain('مهارات الحاسب للشباب');
    expect(text).toContain('المتوسط العام');
    expect(text).not.toContain('سلمان');
    expect(text).not.toContain('ريم');
    expect(p.org.rows('programs')[0].report_url).toBe(url);
  });
});
