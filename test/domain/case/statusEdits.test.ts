// Which status-cell edits in the register stand for a legal step with default data.
import {
  CASE_STATUSES,
  commandForStatusChange,
  decide,
  replay,
  type CaseCommand,
  type CaseState,
  type CaseStatus,
  type CommandType,
} from '../../../src/domain/case';
import { ACTOR, AT, sampleCommand, sampleStates } from './fixtures';

/** The command an edit handler would build from the profile's defaults. */
function withDefaults(type: CommandType): CaseCommand {
  const stamp = { actor: ACTOR, at: AT };
  if (type === 'StartStudy') return { type, data: { unit: 'الوحدة المختصة', ...stamp } };
  if (type === 'NotifyBeneficiary') return { type, data: { channel: 'phone', ...stamp } };
  if (type === 'ReferToOfficer') return { type, data: { officer: 'responsible_officer', reason: '', ...stamp } };
  return sampleCommand(type);
}

const states = sampleStates();
const byStatus: Partial<Record<CaseStatus, CaseState>> = {
  ...Object.fromEntries(Object.values(states).map((s) => [s.status, s])),
  notified: states.notified_accepted,
};
const referredFrom = (status: CaseStatus): CaseState =>
  replay(decide(withDefaults('ReferToOfficer'), byStatus[status] as CaseState), byStatus[status] as CaseState);

describe('status edits in the register', () => {
  const pairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('given a %s case, when its status cell is set to %s, then a mapped command leads exactly there', (from, to) => {
    const type = commandForStatusChange(from, to);
    if (type === null) return;
    // Only a rejected case closes straight after notification; an accepted one is delivered first.
    const start = from === 'referred' ? referredFrom(to)
      : from === 'notified' && to === 'closed' ? states.notified_rejected as CaseState
        : byStatus[from] as CaseState;
    const after = replay(decide(withDefaults(type), start), start);
    expect(after.status).toBe(to);
  });

  it('given the register, then exactly these edits need no extra input', () => {
    const legal = pairs.filter(([from, to]) => commandForStatusChange(from, to) !== null)
      .map(([from, to]) => `${from}>${to}:${commandForStatusChange(from, to)}`);
    expect(legal.sort()).toEqual([
      'complete>referred:ReferToOfficer',
      'complete>under_study:StartStudy',
      'decided>notified:NotifyBeneficiary',
      'delivered>closed:Close',
      'incomplete>complete:Complete',
      'incomplete>referred:ReferToOfficer',
      'notified>closed:Close',
      'notified>delivered:DeliverService',
      'received>complete:Complete',
      'received>referred:ReferToOfficer',
      'referred>complete:ReturnFromReferral',
      'referred>incomplete:ReturnFromReferral',
      'referred>received:ReturnFromReferral',
      'referred>under_study:ReturnFromReferral',
      'under_study>referred:ReferToOfficer',
    ]);
  });

  it.each([
    ['received', 'incomplete'], ['under_study', 'decided'], ['received', 'withdrawn'], ['received', 'closed'], ['closed', 'received'],
  ] as const)('given a %s case, when its cell is set to %s, then the edit is not accepted from a cell', (from, to) => {
    expect(commandForStatusChange(from, to)).toBeNull();
  });
});
