// A status or decision typed into the register's cases tab (SR-5, EL) goes through the one command handler as the
// panel's step does: the same authorisation, row and audit line; an illegal edit is refused with the Arabic reason
// (the entry puts the old value back); a legal one is recorded once, and the trigger firing again changes nothing.
import { applyRegisterEdit, type EditOutcome } from '../../../src/app/cases/registerEdit';
import { stamp, transition } from '../../../src/app/cases/caseActions';
import { decisionLabel, parseState, statusLabel } from '../../../src/app/register/caseRecord';
import type { CaseStatus } from '../../../src/domain/case';
import type { StaffRole } from '../../../src/ports';
import { roleLabel } from '../../../src/app/access';
import { t } from '../../../src/i18n';
import { defaultCommittee } from '../../../src/app/sidebar/steps';
import { esrar } from '../../../src/profiles/esrar';
import { OFFICER, type Organisation } from '../../fakes/ports';
import { CHAIR, withCases } from './withCases';

/** A person types `value` into the first case's cell: Sheets holds the new value when the trigger runs. */
function typeInto(org: Organisation, column: 'status' | 'decision' | 'reasons', value: string, actor: string): EditOutcome {
  const table = org.register.table('cases');
  const oldValue = table.rows[0][column];
  table.rows[0] = { ...table.rows[0], [column]: value };
  return applyRegisterEdit(org, { rowNumber: 2, column, oldValue, newValue: value, actor });
}

const status = (org: Organisation): CaseStatus => parseState(org.rows('cases')[0]).status;
const transitions = (org: Organisation) => org.rows('audit').filter((a) => a.action === t('audit.case_transition'));
const auditAppends = (org: Organisation) => org.register.table('audit').ops.filter((op) => op === 'append').length;
const forbidden = (role: StaffRole) => t('sidebar.error.FORBIDDEN', { role: roleLabel(role) });

describe('SR-5: a legal status typed by the officer is the panel\'s step', () => {
  const { org } = withCases();
  const typed = typeInto(org, 'status', statusLabel('under_study'), OFFICER);
  const twin = withCases();
  transition(twin.deps, twin.caseNos[0], OFFICER, () => [{ type: 'StartStudy', data: { unit: defaultCommittee(esrar)!.nameAr, ...stamp(twin.deps, OFFICER) } }]);

  it('runs the transition and writes the row, the unit named as the sidebar would', () => {
    expect(typed).toEqual({ kind: 'applied', status: 'under_study' });
    expect(status(org)).toBe('under_study');
    expect(org.rows('cases')[0]).toMatchObject({ status: statusLabel('under_study'), unit: defaultCommittee(esrar)!.nameAr });
  });

  it('is recorded once, in one append, in the very words the panel\'s step leaves', () => {
    expect(auditAppends(org)).toBe(1);
    const strip = ({ at: _at, ...line }: Record<string, unknown>) => line;
    expect(transitions(org).map(strip)).toEqual(transitions(twin.org).map(strip));
    expect(transitions(org)).toHaveLength(1);
    expect(String(transitions(org)[0].details)).toBe(`${t('case.command.StartStudy')}: ${statusLabel('complete')} → ${statusLabel('under_study')}`);
  });

  it('the trigger firing again for the same edit changes nothing and records nothing', () => {
    const before = { ...org.rows('cases')[0] };
    expect(typeInto(org, 'status', statusLabel('under_study'), OFFICER)).toEqual({ kind: 'ignored' });
    expect(org.rows('cases')[0]).toEqual(before);
    expect(transitions(org)).toHaveLength(1);
    expect(auditAppends(org)).toBe(1);
  });
});

describe('SR-5, EL: an edit the handler refuses changes nothing', () => {
  it('a role that may not take the step: the committee chair may not start a study', () => {
    const { org } = withCases();
    expect(typeInto(org, 'status', statusLabel('under_study'), CHAIR)).toMatchObject({ kind: 'refused', reason: forbidden('committee_member') });
    expect(status(org)).toBe('complete');
    expect(org.rows('audit')).toEqual([]);
  });

  it('someone not on the staff tab', () => {
    const { org } = withCases();
    expect(typeInto(org, 'status', statusLabel('under_study'), 'stranger@example.com')).toMatchObject({ kind: 'refused', reason: t('sidebar.error.NOT_STAFF') });
    expect(status(org)).toBe('complete');
  });

  it('an editor Google did not identify takes no step, never in the owner\'s name', () => {
    const { org, caseNos } = withCases();
    expect(typeInto(org, 'status', statusLabel('under_study'), '')).toEqual({ kind: 'refused', reason: t('register.edit.unidentified'), caseNo: caseNos[0] });
    expect(status(org)).toBe('complete');
  });

  it('a status a cell cannot reach (a decision needs its reasons and committee): use the menu', () => {
    const { org } = withCases();
    expect(typeInto(org, 'status', statusLabel('decided'), OFFICER)).toMatchObject({ kind: 'refused', reason: t('register.edit.useMenu', { action: t('case.status.decided') }) });
    expect(status(org)).toBe('complete');
  });

  it('an officer may not type the committee\'s decision', () => {
    const { org } = withCases();
    typeInto(org, 'status', statusLabel('under_study'), OFFICER);
    typeInto(org, 'reasons', 'استوفت شروط الدورة', OFFICER);
    expect(typeInto(org, 'decision', decisionLabel('accepted'), OFFICER)).toMatchObject({ kind: 'refused', reason: forbidden('officer') });
    expect(status(org)).toBe('under_study');
    expect(transitions(org)).toHaveLength(1);
  });
});

describe('SR-5: a referral returns to where the case came from', () => {
  const { org } = withCases();
  const referred = typeInto(org, 'status', statusLabel('referred'), OFFICER);
  const elsewhere = typeInto(org, 'status', statusLabel('under_study'), OFFICER);

  it('typed back to another status, the outcome is refused before anything is saved', () => {
    expect(referred).toEqual({ kind: 'applied', status: 'referred' });
    expect(elsewhere).toMatchObject({ kind: 'refused', reason: t('register.edit.useMenu', { action: statusLabel('under_study') }) });
    expect(status(org)).toBe('referred');
    expect(transitions(org)).toHaveLength(1);
  });

  it('typed back to the status it came from, it returns', () => {
    expect(typeInto(org, 'status', statusLabel('complete'), OFFICER)).toEqual({ kind: 'applied', status: 'complete' });
    expect(transitions(org).map((a) => String(a.details))).toEqual([
      `${t('case.command.ReferToOfficer')}: ${statusLabel('complete')} → ${statusLabel('referred')}`,
      `${t('case.command.ReturnFromReferral')}: ${statusLabel('referred')} → ${statusLabel('complete')}`,
    ]);
  });
});

describe('EL: the committee chair types the decision', () => {
  const { org } = withCases();
  typeInto(org, 'status', statusLabel('under_study'), OFFICER);
  typeInto(org, 'reasons', 'استوفت شروط الدورة', CHAIR);
  const decided = typeInto(org, 'decision', decisionLabel('accepted'), CHAIR);

  it('is decided with the reasons in the row, audited in the chair\'s name; no letter until the minutes (EL-4)', () => {
    expect(decided).toEqual({ kind: 'applied', status: 'decided' });
    expect(parseState(org.rows('cases')[0])).toMatchObject({ status: 'decided', decision: 'accepted', reasons: ['استوفت شروط الدورة'] });
    expect(transitions(org).map((a) => a.actor)).toEqual([OFFICER, CHAIR]);
    expect(org.mailer.delivered).toEqual([]);
  });
});
