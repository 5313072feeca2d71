// Register rows and configuration for the scheduled-job tests, built the way issue 5 stores a case.
import type { Row } from '../../../src/ports';
import type { CaseState } from '../../../src/domain/case';
import { projectState } from '../../../src/app/register/caseRecord';
import { getProfile, type Profile } from '../../../src/profiles';
import { defaultSaudiHolidays, workCalendar } from '../../../src/domain/time';
import type { ScheduleConfig } from '../../../src/app/schedule';

export const MANAGER = 'manager@org.sa';
export const OFFICER = 'officer@org.sa';

export function config(profile: Profile = getProfile('esrar')): ScheduleConfig {
  return {
    profile,
    calendar: workCalendar({ holidays: defaultSaudiHolidays() }),
    staff: [
      { email: OFFICER, name: 'سارة العتيبي', role: 'officer' },
      { email: 'officer2@org.sa', name: 'خالد الدوسري', role: 'officer' },
      { email: MANAGER, name: 'مدير الجمعية', role: 'manager' },
    ],
    managerEmail: '',
  };
}

const at = (day: string) => `${day}T09:00:00+03:00`;

/** A request under study since `completedOn`, or already notified on `notifiedOn`. */
export function requestRow(caseNo: string, completedOn: string, opts: { officer?: string; notifiedOn?: string; receivedOn?: string; replyChannel?: string } = {}): Row {
  const file = { caseId: caseNo, channel: 'google_forms', serviceId: 'aid', receivedAt: at(opts.receivedOn ?? completedOn), receivedBy: 'system' };
  const study = { ...file, completedAt: at(completedOn), unit: 'لجنة البحث', verifications: [] };
  const state: CaseState = opts.notifiedOn
    ? {
        ...study, status: 'notified', decision: 'accepted', reasons: [], committee: 'لجنة البحث', decidedAt: at(opts.notifiedOn),
        notification: { channel: 'email', at: at(opts.notifiedOn) },
      }
    : { ...study, status: 'under_study' };
  return {
    case_no: caseNo,
    officer: opts.officer ?? OFFICER,
    beneficiary_id: `B-${caseNo}`,
    beneficiary_name: 'محمد عبدالله القحطاني',
    national_id_masked: '1******789',
    reply_channel: opts.replyChannel ?? 'email',
    ...projectState(state),
  };
}
