// CP on in-memory fakes of the ports: a compensation claim opened from a complaint through the one command handler,
// as its later steps are: the claim row appended, the complaint linked to it, one audit line; a refused opening
// audited under its number and writing no row; a caller refused before any claim number is drawn.
import { claimStatusLabel, openClaim, type ClaimDeps } from '../../../src/app/complaints/claims';
import { receiveComplaint } from '../../../src/app/complaints/complaints';
import { t } from '../../../src/i18n';
import { claimError } from '../../../src/domain/compensation';
import { wordsOf } from '../../../src/domain/codedError';
import { MemoryDocuments } from '../../fakes/documents';
import { organisation, OFFICER, type Organisation } from '../../fakes/ports';
import { wordsThrown } from '../../fakes/words';

function withComplaint(): { org: Organisation; deps: ClaimDeps; complaintNo: string } {
  const org = organisation();
  const { complaintNo } = receiveComplaint(org, {
    responseId: 'c-1', channel: 'form', caseNo: '1448-00002', complainant: 'سلمى العنزي', mobile: '0501234567', email: 'salma@example.com',
    replyChannel: 'email', summary: 'تأخر الرد على طلبي', actor: 'google_forms', receivedAt: org.clock.now(),
  });
  org.register.table('audit').rows.length = 0;
  return { org, deps: { ...org, docs: new MemoryDocuments() }, complaintNo };
}

const audit = (org: Organisation, action: 'claim_created' | 'claim_refused') => org.rows('audit').filter((a) => a.action === t(`audit.${action}`));

describe('CP: a claim opened from a complaint', () => {
  const { org, deps, complaintNo } = withComplaint();
  const opened = openClaim(deps, { complaintNo, description: 'تضرر المستفيد من تأخر صرف المساعدة' }, OFFICER);

  it('is numbered CP-<Hijri year>-n and recorded open, with the complaint\'s case', () => {
    expect(opened).toEqual({ claimNo: 'CP-1448-00001', status: claimStatusLabel('open') });
    expect(org.rows('claims')).toEqual([expect.objectContaining({
      claim_no: 'CP-1448-00001', complaint_no: complaintNo, case_no: '1448-00002', description: 'تضرر المستفيد من تأخر صرف المساعدة', status: claimStatusLabel('open'),
    })]);
  });

  it('links the complaint to the claim, and leaves one audit line', () => {
    expect(org.rows('complaints')[0].claim_no).toBe('CP-1448-00001');
    expect(audit(org, 'claim_created').map((a) => [a.case_no, a.details, a.actor])).toEqual([['CP-1448-00001', complaintNo, OFFICER]]);
  });
});

describe('CP: an opening refused', () => {
  it('with no description: audited as a refused claim step under its number; no claim row, the complaint as it was', () => {
    const { org, deps, complaintNo } = withComplaint();
    const complaint = { ...org.rows('complaints')[0] };
    const words = wordsThrown(() => openClaim(deps, { complaintNo, description: '  ' }, OFFICER));
    expect(words).toBe(wordsOf(claimError({ code: 'FIELD_REQUIRED', field: 'description' })));
    expect(org.rows('claims')).toEqual([]);
    expect(org.rows('complaints')[0]).toEqual(complaint);
    expect(audit(org, 'claim_refused').map((a) => [a.case_no, a.details])).toEqual([['CP-1448-00001', `${t('policy.compensation.command.OpenClaim')}: ${words}`]]);
  });

  it('for someone not on the staff tab, before a claim number is drawn', () => {
    const { org, deps, complaintNo } = withComplaint();
    expect(wordsThrown(() => openClaim(deps, { complaintNo, description: 'x' }, 'stranger@example.com'))).toBe(t('sidebar.error.NOT_STAFF'));
    expect([...org.sequences.counters.keys()].filter((k) => k.startsWith('cp_'))).toEqual([]);
    expect(org.rows('claims')).toEqual([]);
  });

  it('from a complaint that is not in the register', () => {
    const { org, deps } = withComplaint();
    expect(wordsThrown(() => openClaim(deps, { complaintNo: 'C-1448-09999', description: 'x' }, OFFICER))).toContain('C-1448-09999');
    expect(org.rows('claims')).toEqual([]);
  });
});
