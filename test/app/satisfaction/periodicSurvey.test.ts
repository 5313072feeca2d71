// SAT-1's periodic survey on in-memory ports, run every day as its daily trigger runs it: the register's first
// beneficiary marks the start, the survey goes one period later on the first working day, once, to everyone with an
// email who has not opted out; every day of the half year before, the run sends none. (The bundle's run in the week
// it falls due: test/e2e/satisfaction.test.ts.)
import { sendSatisfactionSurveys } from '../../../src/app/satisfaction/sendSurveys';
import type { SatisfactionDeps } from '../../../src/app/satisfaction/satisfactionDeps';
import { kindLabel } from '../../../src/app/satisfaction/satisfactionDeps';
import { addDays, type IsoDate } from '../../../src/domain/time';
import { organisation } from '../../fakes/ports';

const created = (day: string) => new Date(`${day}T09:00:00+03:00`);

describe('SAT-1: the periodic survey, run every day from the register\'s first beneficiary', () => {
  const org = organisation({ day: '2026-11-22' });
  // As the sheet holds them: the first beneficiary on Sunday 22 Nov 2026; one without an email; one who opted out.
  org.register.table('beneficiaries').rows.push(
    { beneficiary_id: 'B-1', full_name: 'فاطمة', email: 'fatimah@example.com', opted_out_at: '', created_at: created('2026-11-22') },
    { beneficiary_id: 'B-2', full_name: 'سعاد', email: '', opted_out_at: '', created_at: created('2026-12-01') },
    { beneficiary_id: 'B-3', full_name: 'منيرة', email: 'muneera@example.com', opted_out_at: created('2027-01-10'), created_at: created('2027-01-05') },
    { beneficiary_id: 'B-4', full_name: 'هيا', email: 'haya@example.com', opted_out_at: '', created_at: created('2027-03-01') },
  );
  const deps: SatisfactionDeps = { ...org, form: { formId: 'F', url: 'https://forms.example/s', items: {} } };
  const sentOn: Record<string, number> = {};
  for (let day = '2026-11-22' as IsoDate; day <= '2027-06-30'; day = addDays(day, 1)) {
    org.clock.setDay(day);
    const run = sendSatisfactionSurveys(deps);
    if (run.periodic > 0) sentOn[day] = run.periodic;
  }

  it('sends it once, on Sunday 23 May 2027: six months after the first beneficiary fall on a Saturday', () => {
    expect(sentOn).toEqual({ '2027-05-23': 2 });
  });

  it('to everyone with an email who has not opted out, each logged as a periodic survey', () => {
    expect(org.mailer.delivered.map((m) => m.to).sort()).toEqual(['fatimah@example.com', 'haya@example.com']);
    expect(org.rows('surveys').map((r) => [r.kind, r.beneficiary_id])).toEqual([[kindLabel('periodic'), 'B-1'], [kindLabel('periodic'), 'B-4']]);
  });
});
