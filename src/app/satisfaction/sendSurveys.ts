// Daily: the after-service survey for each delivered case once its delay has passed (one per case), and
// the periodic survey to every beneficiary with an email; nothing goes out on a Friday or Saturday.
import type { Row } from '../../ports';
import type { OutboxEntry } from '../notify/outbox';
import { reachOfBeneficiary } from '../notify/channels';
import { toBeneficiary } from '../notify/caseMessages';
import { replyChannelOf } from '../cases/caseActions';
import { prefilledUrl } from '../forms/prefill';
import { isoOfCell } from '../register/dates';
import { afterServiceSurvey, periodicSurvey, surveyForm, type SurveyKind } from '../../domain/satisfaction';
import { riyadhDate, weekday, type IsoDate } from '../../domain/time';
import { SURVEY_REF_KEY } from './satisfactionForm';
import { kindLabel, sentSurveys, type SatisfactionDeps } from './satisfactionDeps';
import { t } from '../../i18n';

const WEEKEND = [5, 6];

export interface SurveyRun {
  weekend: boolean;
  afterService: string[];
  periodic: number;
}

function surveyMail(deps: SatisfactionDeps, kind: SurveyKind, ref: string, link: string) {
  const survey = surveyForm(deps.config.profile, kind);
  return {
    subject: survey.title,
    paragraphs: [t(`satisfaction.mail.body.${kind}`, { caseNo: ref }), t('policy.satisfaction.right'), t('policy.satisfaction.noSignIn'), link],
  };
}

export function sendSatisfactionSurveys(deps: SatisfactionDeps): SurveyRun {
  const today = riyadhDate(deps.clock.now());
  if (WEEKEND.includes(weekday(today))) return { weekend: true, afterService: [], periodic: 0 };
  const form = deps.form;
  if (!form) throw new Error(t('satisfaction.error.formMissing'), { cause: { code: 'NOT_SET_UP' } });
  const { profile } = deps.config;
  const log = deps.register.table('surveys');
  const sent = sentSurveys(log.readAll());
  const people = new Map(deps.register.table('beneficiaries').readAll().map(({ row }) => [String(row.beneficiary_id), row]));
  const now = deps.clock.now();
  const logRows: Row[] = [];
  const entries: OutboxEntry[] = [];
  const logRow = (kind: SurveyKind, ref: string, caseNo: string | null, beneficiaryId: string, recipient: string): Row => ({
    survey_ref: ref, kind: kindLabel(kind), case_no: caseNo, beneficiary_id: beneficiaryId, recipient, sent_on: today, sent_at: now,
  });

  const afterService: string[] = [];
  for (const { row } of deps.register.table('cases').readAll()) {
    const caseNo = String(row.case_no ?? '');
    const deliveredOn: IsoDate | null = isoOfCell(row.delivered_at);
    if (!caseNo || !deliveredOn) continue;
    if (afterServiceSurvey({ caseId: caseNo, deliveredOn }, sent, profile.satisfaction.afterServiceDelayDays, today).action !== 'send') continue;
    const person = people.get(String(row.beneficiary_id ?? ''));
    const email = person?.email ? String(person.email) : null;
    const replyChannel = replyChannelOf(deps.config, row);
    const name = String(person?.full_name ?? row.beneficiary_name ?? '—');
    const link = prefilledUrl(form, SURVEY_REF_KEY, caseNo);
    const entry = toBeneficiary(
      profile,
      { caseNo, name, email, replyChannel, officerEmail: row.officer ? String(row.officer) : null, ...reachOfBeneficiary(profile, person ?? null, replyChannel) },
      'survey',
      surveyMail(deps, 'after_service', caseNo, link),
      deps.config.managerEmail,
      { sms: t('sms.survey', { org: profile.name.ar, caseNo }), tail: link, maxParts: 4, whatsapp: { kind: 'survey', params: [name, link] } },
      deps.config.settings,
    );
    entries.push(entry);
    logRows.push(logRow('after_service', caseNo, caseNo, String(row.beneficiary_id ?? ''), entry.recipient));
    afterService.push(caseNo);
  }

  let periodic = 0;
  // The register's first beneficiary marks its start: the first periodic survey is one period later.
  const registered = [...people.values()].map((p) => isoOfCell(p.created_at)).filter((d): d is IsoDate => d !== null).sort();
  if (registered.length && periodicSurvey(sent, profile.satisfaction.periodicMonths, today, registered[0]).action === 'send') {
    for (const [beneficiaryId, person] of people) {
      // Opted out (PDPL art. 25): a survey is not something the law requires.
      if (!person.email || person.opted_out_at) continue;
      const ref = `P-${today}-${beneficiaryId}`;
      const entry = toBeneficiary(
        profile,
        { caseNo: ref, name: String(person.full_name ?? '—'), email: String(person.email), replyChannel: 'email', officerEmail: null },
        'survey',
        surveyMail(deps, 'periodic', ref, prefilledUrl(form, SURVEY_REF_KEY, ref)),
        deps.config.managerEmail,
      );
      entries.push(entry);
      logRows.push(logRow('periodic', ref, null, beneficiaryId, entry.recipient));
      periodic += 1;
    }
  }

  // The log is written before sending: a run that stops after this point never sends a case's survey twice.
  log.append(logRows);
  deps.outbox.queueAndSend(entries);
  if (logRows.length) deps.audit.record({ actor: 'system', action: 'survey_sent', details: t('satisfaction.audit.sent', { afterService: afterService.length, periodic }) });
  deps.audit.flush();
  return { weekend: false, afterService, periodic };
}
