// Whom a complainant's answer reaches (Reply-To): the follow-up committee's secretary from the staff tab, else its
// only member, else the manager's address of the settings tab.
import { complaintReplyTo } from '../../../src/app/complaints/complaints';
import type { RegisterConfig, StaffMember } from '../../../src/app/config';
import { getProfile } from '../../../src/profiles';

const member = (email: string, committees: string[] = []): StaffMember => ({ email, name: email, role: 'committee_member', categories: [], domains: [], committees, policyAck: true });
const config = (staff: StaffMember[], managerEmail = 'manager@example.com'): RegisterConfig =>
  ({ profile: getProfile('esrar'), staff, managerEmail, settings: {}, senderName: '', calendar: {} as RegisterConfig['calendar'] });

describe('complaintReplyTo', () => {
  it('is the follow-up committee’s secretary (مقرر, its last member of three or more)', () => {
    expect(complaintReplyTo(config([member('chair@x.sa'), member('member@x.sa'), member('secretary@x.sa')]), '')).toBe('secretary@x.sa');
  });

  it('counts only the members of the committee the complaint is with', () => {
    const staff = [member('a@x.sa', ['لجنة المتابعة']), member('b@x.sa', ['لجنة المتابعة']), member('c@x.sa', ['لجنة المتابعة']), member('d@x.sa', ['لجنة التحقيق والمتابعة'])];
    expect(complaintReplyTo(config(staff), 'لجنة المتابعة')).toBe('c@x.sa');
  });

  it('is the first member where the committee has fewer than three (no secretary)', () => {
    expect(complaintReplyTo(config([member('chair@x.sa'), member('member@x.sa')]), '')).toBe('chair@x.sa');
  });

  it('is the manager’s address when the staff tab names no member, and none when that is blank too', () => {
    expect(complaintReplyTo(config([]), '')).toBe('manager@example.com');
    expect(complaintReplyTo(config([], ''), '')).toBeNull();
  });
});
