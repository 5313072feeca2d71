// A complete service request as Esrar's form takes it: the answers both the use-case and the end-to-end tests submit.
import { esrar } from '../../src/profiles/esrar';
import { t } from '../../src/i18n';
import { attestationWords } from '../../src/app/notify/policyWords';

/** Every answer the request form asks, valid, with the attestation and the consent ticked. */
export const sampleAnswers = (): Record<string, string | string[]> => ({
  full_name: 'فاطمة أحمد الزهراني',
  national_id: '1000000008',
  id_expiry: '2030-01-01',
  mobile: '0501234567',
  email: 'fatimah@example.com',
  beneficiary_type: 'أسرة',
  category: 'الأسر المنتجة',
  domain: 'التدريب والتأهيل',
  service: 'الالتحاق بدورة تدريبية',
  cond_course_name: 'الخياطة والتطريز',
  cond_birth_date: '1990-05-01',
  reply_channel: 'البريد الإلكتروني',
  attestation: [attestationWords(esrar)],
  consent: [t('form.sr.consent.text')],
});
