// What the register shows of an evaluated request (RB-2, IN-3, PDPL art. 25): the coded answers in staff's words,
// the beneficiary's answered fields, the case row's request columns, and fresh consent lifting an opt-out.
import { answerLabels, beneficiaryAnswers, requestColumns } from '../../../src/domain/intake/columns';
import { evaluateRequest } from '../../../src/domain/intake/evaluate';
import { liftsOptOut } from '../../../src/domain/intake/merge';
import { esrar } from '../../../src/profiles/esrar';
import { parseIsoDate } from '../../../src/domain/time';
import { t } from '../../../src/i18n';
import { sampleAnswers } from '../../fakes/answers';

const evaluated = (over: Record<string, string> = {}) => evaluateRequest({ ...sampleAnswers(), ...over }, esrar, parseIsoDate('2026-11-22'));

describe('the coded answers as staff read them', () => {
  it('are the profile\'s names and the catalog\'s kind of ID, never the ids', () => {
    expect(answerLabels(esrar, evaluated())).toEqual({
      id_kind: t('intake.idKind.citizen'), beneficiary_type: 'أسرة', category: 'الأسر المنتجة', domain: 'التدريب والتأهيل',
    });
  });

  it('are empty where the answer named nothing the profile knows', () => {
    expect(answerLabels(esrar, evaluated({ category: 'غير معروفة', national_id: '' }))).toMatchObject({ id_kind: null, category: null });
  });
});

describe('the beneficiary\'s answered fields', () => {
  it('carry the identity as evaluated (the phone in international form) and a blank answer as null, for the merge rule', () => {
    expect(beneficiaryAnswers(esrar, evaluated({ email: '' }))).toMatchObject({
      full_name: 'فاطمة أحمد الزهراني', national_id: '1000000008', mobile: '+966501234567', email: null, beneficiary_type: 'أسرة',
    });
  });
});

describe('the request\'s columns on its case row', () => {
  const columns = requestColumns(esrar, evaluated());

  it('mask the national ID (RB-2) and name the service', () => {
    expect(columns).toMatchObject({ beneficiary_name: 'فاطمة أحمد الزهراني', national_id_masked: '1••••••008', service: 'الالتحاق بدورة تدريبية' });
    expect(JSON.stringify(columns)).not.toContain('1000000008');
  });

  it('list the service\'s conditions by their labels, each with its answer', () => {
    const labels = esrar.services.find((s) => s.id === 'training_course')!.conditions.map((c) => c.labelAr);
    expect(columns.conditions.split('؛ ').map((part) => part.split(': ')[0])).toEqual(labels);
    expect(columns.conditions).toContain('الخياطة والتطريز');
  });
});

describe('PDPL art. 25: consent given again', () => {
  it('ticking a channel again lifts an opt-out', () => expect(liftsOptOut(true, ['email'])).toBe(true));
  it('ticking none, or a form that did not ask, keeps it', () => {
    expect(liftsOptOut(true, [])).toBe(false);
    expect(liftsOptOut(true, null)).toBe(false);
  });
  it('there is nothing to lift for one who never opted out', () => expect(liftsOptOut(false, ['email'])).toBe(false));
});
