// Staff steps on a case (SR-5, EL, RB) through the one command handler, on in-memory fakes of the ports:
// the row written back, the audit line, the decision letter, and refusals that change nothing.
import { transition, type CaseDeps } from '../../../src/app/cases/caseActions';
import { parseState, statusLabel } from '../../../src/app/register/caseRecord';
import type { CaseCommand } from '../../../src/domain/case';
import { t } from '../../../src/i18n';
import { OFFICER, type Organisation } from '../../fakes/ports';
import { CHAIR, withCases } from './withCases';
import { wordsThrown } from '../../fakes/words';

/** An organisation holding one complete case, received on Sunday 22 Nov 2026. */
function withCase(): { org: Organisation; deps: CaseDeps; caseNo: string } {
  const { org, deps, caseNos } = withCases();
  return { org, deps, caseNo: caseNos[0] };
}

const at = (org: Organisation) => org.clock.now().toISOString();
const study = (org: Organisation): CaseCommand => ({ type: 'StartStudy', data: { unit: 'لجنة البحث الاجتماعي', actor: OFFICER, at: at(org) } });
const verify = (org: Organisation): CaseCommand => ({ type: 'RecordVerification', data: { method: 'field_visit', outcome: 'confirmed', notes: 'زيارة منزلية', actor: OFFICER, at: at(org) } });
const decide = (org: Organisation): CaseCommand => ({
  type: 'Decide', data: { decision: 'accepted', reasons: ['استوفى الشروط'], committee: 'لجنة البحث', verificationRequired: true, actor: CHAIR, at: at(org) },
});

describe('SR-5, EL: a case through study, verification and the committee\'s decision', () => {
  const { org, deps, caseNo } = withCase();
  transition(deps, caseNo, OFFICER, () => [study(org)]);
  transition(deps, caseNo, OFFICER, () => [verify(org)]);
  const decided = transition(deps, caseNo, CHAIR, () => [decide(org)]);

  it('writes each new state back to the case row, with the decision and its reasons', () => {
    expect(decided.state.status).toBe('decided');
    const [row] = org.rows('cases');
    expect(parseState(row).status).toBe('decided');
    expect(row).toMatchObject({ status: statusLabel('decided'), reasons: 'استوفى الشروط', committee: 'لجنة البحث' });
  });

  it('audits every step by name, with the status it left and the one it reached', () => {
    const details = org.rows('audit').map((a) => String(a.details));
    expect(details).toHaveLength(3);
    expect(details[0]).toContain(t('case.command.StartStudy'));
    expect(details[0]).toContain(`${statusLabel('complete')} → ${statusLabel('under_study')}`);
    expect(details[1]).toContain(`${t('case.command.RecordVerification')}: ${statusLabel('under_study')} → ${statusLabel('under_study')}`);
    expect(details[2]).toContain(`${statusLabel('under_study')} → ${statusLabel('decided')}`);
  });

  it('tells the beneficiary nothing yet: the decision letter goes out with the committee\'s minutes (EL-4)', () => {
    expect(org.mailer.delivered).toEqual([]);
    expect(org.rows('outbox').map((r) => r.message_id)).toEqual([`${caseNo}:ack`]);
  });
});

describe('EL: a refused step changes nothing', () => {
  it('a decision with no conclusive verification is refused: the row, the audit and the mailbox stay as they were', () => {
    const { org, deps, caseNo } = withCase();
    transition(deps, caseNo, OFFICER, () => [study(org)]);
    const before = { ...org.rows('cases')[0] };
    const audited = org.rows('audit').length;
    expect(() => transition(deps, caseNo, CHAIR, () => [decide(org)])).toThrow();
    expect(org.rows('cases')[0]).toEqual(before);
    expect(org.rows('audit')).toHaveLength(audited);
    expect(org.mailer.delivered).toEqual([]);
  });

  it('a person not in the staff tab is refused before anything is decided', () => {
    const { org, deps, caseNo } = withCase();
    expect(wordsThrown(() => transition(deps, caseNo, 'stranger@example.com', () => [study(org)]))).toBe(t('sidebar.error.NOT_STAFF'));
    expect(parseState(org.rows('cases')[0]).status).toBe('complete');
  });

  it('an officer may not take the committee\'s decision', () => {
    const { org, deps, caseNo } = withCase();
    transition(deps, caseNo, OFFICER, () => [study(org)]);
    transition(deps, caseNo, OFFICER, () => [verify(org)]);
    expect(wordsThrown(() => transition(deps, caseNo, OFFICER, () => [decide(org)]))).toMatch(/لا يسمح دورك/);
    expect(parseState(org.rows('cases')[0]).status).toBe('under_study');
  });

  it('a case number that is not in the register is refused', () => {
    const { deps } = withCase();
    expect(wordsThrown(() => transition(deps, '1448-09999', OFFICER, () => []))).toBe(t('register.error.caseNotFound', { caseNo: '1448-09999' }));
  });
});
