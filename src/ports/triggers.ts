// The triggers the product needs, as data: setup installs them, repairs missing ones, lists them.
import type { Profile } from '../profiles';
import type { TabKey } from './register';

/** A trigger may depend on a profile switch (a workflow the organisation's policy does not have). */
type Enabled = { enabled?: (profile: Profile) => boolean };

export type TriggerSpec = Enabled & (
  /** `tab` records the form's responses by id (its response_id column): the catch-up compares the two. */
  | { handler: string; kind: 'formSubmit'; formKey: string; tab: TabKey }
  | { handler: string; kind: 'sheetEdit' }
  | { handler: string; kind: 'daily'; hour: number }
  | { handler: string; kind: 'hourly'; hours: number }
  | { handler: string; kind: 'weekly'; weekday: 'SUNDAY' | 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY'; hour: number });

/** Every handler here must be a top-level function of the bundle (test/build checks `handler:`). */
export const TRIGGERS: readonly TriggerSpec[] = [
  { handler: 'onServiceRequestSubmit', kind: 'formSubmit', formKey: 'service_request', tab: 'cases' },
  { handler: 'onRegisterEdit', kind: 'sheetEdit' },
  // Programs (PR) and satisfaction surveys (SAT-1): form responses, and the daily senders.
  { handler: 'onProgramRegistrationSubmit', kind: 'formSubmit', formKey: 'program_registration', tab: 'registrations', enabled: (p) => p.features.programs },
  { handler: 'onProgramEvaluationSubmit', kind: 'formSubmit', formKey: 'program_evaluation', tab: 'evaluations', enabled: (p) => p.features.programs },
  { handler: 'sendProgramEvaluations', kind: 'daily', hour: 9, enabled: (p) => p.features.programs },
  { handler: 'onSatisfactionSubmit', kind: 'formSubmit', formKey: 'satisfaction', tab: 'surveys' },
  { handler: 'sendSatisfactionSurveys', kind: 'daily', hour: 10 },
  // Scheduled work (issue 6): the deadline sweep and digests, the outbox sender, the manager summary.
  { handler: 'dailySweep', kind: 'daily', hour: 6 },
  { handler: 'sendOutbox', kind: 'hourly', hours: 1 },
  { handler: 'weeklySummary', kind: 'weekly', weekday: 'SUNDAY', hour: 7 },
  // Complaints (CM), staff sign-off (RS) and data updates (IN-3)
  { handler: 'onComplaintSubmit', kind: 'formSubmit', formKey: 'complaint', tab: 'complaints', enabled: (p) => p.features.complaints },
  { handler: 'staffSignoffReminders', kind: 'daily', hour: 8, enabled: (p) => p.features.staffSignoff },
  { handler: 'onDataUpdateSubmit', kind: 'formSubmit', formKey: 'data_update', tab: 'updates', enabled: (p) => Boolean(p.clauses['IN-3']) },
];
