// Every form the product publishes, with the profile switch that turns it on. Setup publishes the
// enabled ones and records them (MUSTAFID_FORMS); workflows add their form here.
import type { Profile } from '../../profiles';
import type { FormKey, FormSpec } from '../../ports/forms';
import { serviceRequestForm } from '../intake/serviceRequestForm';
import { programRegistrationForm, programEvaluationForm } from '../programs/programForms';
import { satisfactionForm } from '../satisfaction/satisfactionForm';
import { complaintForm, dataUpdateForm } from '../complaints/forms';
// Every form opens with the organisation's privacy notice (issue 17).
import { withPrivacyNotice } from '../privacy/notice';

export interface FormEntry {
  key: FormKey;
  enabled(profile: Profile): boolean;
  build(profile: Profile): FormSpec;
}

export const FORM_CATALOG: FormEntry[] = [
  { key: 'service_request', enabled: () => true, build: withPrivacyNotice(serviceRequestForm) },
  // The satisfaction survey is in every policy (G5); programs only where the profile has them (PR).
  { key: 'satisfaction', enabled: () => true, build: withPrivacyNotice(satisfactionForm) },
  { key: 'program_registration', enabled: (p) => p.features.programs, build: withPrivacyNotice(programRegistrationForm) },
  { key: 'program_evaluation', enabled: (p) => p.features.programs, build: withPrivacyNotice(programEvaluationForm) },
  // Complaints where the policy has them (CM); contact-data updates where it has IN-3.
  { key: 'complaint', enabled: (p) => p.features.complaints, build: withPrivacyNotice(complaintForm) },
  { key: 'data_update', enabled: (p) => Boolean(p.clauses['IN-3']), build: withPrivacyNotice(dataUpdateForm) },
];
