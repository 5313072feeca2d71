// The register's tabs by key: what the register port and the schema both name (one file, so neither imports the other).
export type TabKey = 'cases' | 'beneficiaries' | 'settings' | 'holidays' | 'staff' | 'audit' | 'outbox'
  // Programs, attendance and evaluations (PR); satisfaction surveys and field activities (SAT)
  | 'programs' | 'registrations' | 'attendance' | 'evaluations' | 'surveys' | 'field_activities'
  // Complaints, compensation claims and beneficiary data updates (issue 7: CM, CP, IN-3)
  | 'complaints' | 'claims' | 'updates'
  // Personal data (issue 17): suspected breaches and their 72-hour clock to notify the authority; requests
  // from data subjects (access, correction, destruction) and their 30-day clock
  | 'breaches' | 'data_requests'
  // The beneficiaries' lookup index (issue 13): a system tab, hidden
  | 'lookup';
