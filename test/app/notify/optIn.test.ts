// Opting out and back in by staff, against in-memory ports: «استئناف الرسائل لمستفيد» lifts the opt-out with
// a fresh consent time, is audited once, changes nothing when run again, and is refused to other roles;
// afterwards the person's messages are routed again instead of withheld.
import { optOutBeneficiary, resumeMessages } from '../../../src/app/notify/optOut';
import { reachOfBeneficiary } from '../../../src/app/notify/channels';
import { AuditTrail, type AuditAction } from '../../../src/app/audit';
import { workCalendar } from '../../../src/domain/time/calendar';
import { channelLabel } from '../../../src/domain/intake/channels';
import type { RegisterConfig } from '../../../src/app/config';
import { PROFILES } from '../../../src/profiles';
import { t } from '../../../src/i18n';
import { wordsThrown } from '../../fakes/words';
import { FakeClock, MemoryRegister } from '../schedule/fakes';

const OFFICER = 'officer@example.org';
const MEMBER = 'member@example.org';

function world(profileId = 'esrar') {
  const profile = PROFILES[profileId];
  const config: RegisterConfig = {
    profile, calendar: workCalendar(), settings: {}, managerEmail: 'manager@example.org', senderName: 'org',
    staff: [
      { email: OFFICER, name: 'نورة', role: 'officer', categories: [], domains: [], committees: [], policyAck: true },
      { email: MEMBER, name: 'سارة', role: 'committee_member', categories: [], domains: [], committees: ['competent_committee'], policyAck: true },
    ],
  };
  const register = new MemoryRegister();
  register.table('beneficiaries').rows.push({ beneficiary_id: 'B-000001', national_id: '1000000016', mobile: '+966551112233', channels_accepted: channelLabel(profile, 'sms'), channels_consent_at: new Date('2026-11-01T08:00:00Z') });
  const clock = FakeClock.at('2026-11-22', 9);
  const deps = { register, clock, audit: new AuditTrail(register, clock), config };
  const person = () => register.table('beneficiaries').rows[0];
  const audits = (action: AuditAction) => register.table('audit').rows.filter((r) => r.action === t(`audit.${action}`));
  return { deps, person, audits, profile, clock };
}

describe('resuming messages by staff', () => {
  test('lifts the opt-out, records the consent time and audits once; a second run changes nothing', () => {
    const w = world();
    optOutBeneficiary(w.deps, 'b-000001', OFFICER);
    expect(w.person().opted_out_at).toBeInstanceOf(Date);
    expect(reachOfBeneficiary(w.profile, w.person(), 'sms').optedOut).toBe(true);
    w.clock.ms += 86_400_000;
    const first = resumeMessages(w.deps, ' B-000001 ', OFFICER);
    expect(first.resumed).toBe(true);
    expect(first.message).toBe(t('optin.done', { beneficiaryId: 'B-000001' }));
    expect(w.person().opted_out_at).toBeNull();
    expect(w.person().channels_consent_at).toEqual(new Date(w.clock.ms));
    expect(reachOfBeneficiary(w.profile, w.person(), 'sms')).toMatchObject({ optedOut: false, accepted: ['sms'] });
    expect(w.audits('beneficiary_opted_in')).toHaveLength(1);
    const again = resumeMessages(w.deps, 'B-000001', OFFICER);
    expect(again).toEqual({ resumed: false, message: t('optin.notOptedOut', { beneficiaryId: 'B-000001' }) });
    expect(w.audits('beneficiary_opted_in')).toHaveLength(1);
  });

  test('is refused, in Arabic, to a committee member and for an unknown id', () => {
    const w = world();
    optOutBeneficiary(w.deps, 'B-000001', OFFICER);
    expect(wordsThrown(() => resumeMessages(w.deps, 'B-000001', MEMBER))).toMatch(/لا يسمح دورك/);
    expect(w.person().opted_out_at).toBeInstanceOf(Date);
    expect(wordsThrown(() => resumeMessages(w.deps, 'B-999999', OFFICER))).toBe(t('optout.notFound', { beneficiaryId: 'B-999999' }));
  });
});

describe('opting out withholds what is still queued for the person', () => {
  test('their cases\' messages, their complaints\' replies and their program notices (Rusookh has both)', () => {
    const w = world('rusookh');
    const r = w.deps.register;
    r.table('cases').rows.push({ case_no: '1448-00001', beneficiary_id: 'B-000001' });
    r.table('complaints').rows.push({ complaint_no: 'C-1448-00001', case_no: '1448-00001', mobile: '+966500000000' }, { complaint_no: 'C-1448-00002', case_no: null, mobile: '+966551112233' });
    r.table('registrations').rows.push({ reg_no: 'REG-00001', national_id: '1000000016', mobile: '+966599999999' });
    r.table('complaints').rows.push({ complaint_no: 'C-1448-00003', case_no: null, mobile: '+966577777777' });
    const queued = (ref: string, status = 'queued') => ({ message_id: `${ref}:x`, case_no: ref, status });
    r.table('outbox').rows.push(queued('1448-00001'), queued('C-1448-00001'), queued('C-1448-00002'), queued('REG-00001'), queued('C-1448-00003'), queued('REG-00001', 'sent'));
    const result = optOutBeneficiary(w.deps, 'B-000001', OFFICER);
    expect(result.withheld).toBe(4);
    expect(r.table('outbox').rows.map((row) => [row.case_no, row.status])).toEqual([
      ['1448-00001', 'withheld'], ['C-1448-00001', 'withheld'], ['C-1448-00002', 'withheld'], ['REG-00001', 'withheld'],
      // Someone else's complaint, and what was already sent, stay as they were.
      ['C-1448-00003', 'queued'], ['REG-00001', 'sent'],
    ]);
    // One read of the outbox's case_no column and one of its status column, however many references the
    // person has (a search per reference would read the tab once for each), then the withheld rows written.
    expect(r.table('outbox').ops.filter((op) => op !== 'updateBlock')).toEqual(['readColumn', 'readColumn']);
  });

  test('a status typed by hand as its Arabic label counts as queued', () => {
    const w = world();
    const r = w.deps.register;
    r.table('cases').rows.push({ case_no: '1448-00001', beneficiary_id: 'B-000001' });
    r.table('outbox').rows.push({ message_id: 'm1', case_no: '1448-00001', status: t('list.outbox.queued') });
    expect(optOutBeneficiary(w.deps, 'B-000001', OFFICER).withheld).toBe(1);
    expect(r.table('outbox').rows[0].status).toBe('withheld');
  });
});
