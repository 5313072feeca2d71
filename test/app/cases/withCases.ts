// Esrar on in-memory fakes of the ports with complete cases received through intake, for the case use-case tests;
// the staff: an officer, a committee chair and a manager.
import { submitRequest } from '../../../src/app/intake/submitRequest';
import type { CaseDeps } from '../../../src/app/cases/caseActions';
import { organisation, member, MANAGER, OFFICER, type Organisation } from '../../fakes/ports';
import { sampleAnswers } from '../../fakes/answers';

export const CHAIR = 'chair.khalid@gmail.com';
export const CASE_STAFF = [member(OFFICER, 'نورة العتيبي', 'officer'), member(CHAIR, 'خالد الحربي', 'committee_member'), member(MANAGER, 'عبدالله المطيري', 'manager')];

/** Another beneficiary's request: her own name, national ID and address. */
export const otherBeneficiary = { full_name: 'منيرة سالم القحطاني', national_id: '1000000016', email: 'muneera@example.com' };

/** An organisation holding one complete case per set of answers, received on Sunday 22 Nov 2026; the mailbox and
 *  the audit emptied and the tables' round trips forgotten, so a test sees only what its step did. */
export function withCases(...beneficiaries: Array<Record<string, string>>): { org: Organisation; deps: CaseDeps; caseNos: string[] } {
  const org = organisation({ staff: CASE_STAFF });
  const caseNos = (beneficiaries.length ? beneficiaries : [{}]).map((over, i) => {
    const outcome = submitRequest({ ...org, formUrl: 'https://forms.example/x' }, {
      responseId: `r-${i + 1}`, channel: 'google_forms', actor: 'google_forms', receivedAt: org.clock.now(), answers: { ...sampleAnswers(), ...over },
    });
    if (outcome.kind !== 'created') throw new Error(`expected a new case, got ${outcome.kind}`);
    return outcome.caseNo;
  });
  org.mailer.delivered.length = 0;
  org.register.table('audit').rows.length = 0;
  for (const table of org.register.tables.values()) table.ops.length = 0;
  return { org, deps: org, caseNos };
}
