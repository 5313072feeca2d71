// Daily: the after-service survey for each delivered case once its delay has passed (one per case), and
// the periodic survey to every beneficiary with an email; nothing goes out on a Friday or Saturday.
import type { CellsOf } from '../../ports';
import type { OutboxEntry } from '../notify/outbox';
import { reachOfBeneficiary } from '../notify/channels';
import { toBeneficiary } from '../notify/caseMessages';
import { replyChannelOf } from '../cases/caseActions';
import { prefilledUrl } from '../forms/prefill';
import { isoOfCell } from '../register/dates';
import { afterServiceSurvey, afterServiceSurveyDate, periodicSurvey, surveyForm, type SentSurvey, type SurveyKind } from '../../domain/satisfaction';
import { rowsWhere, rowsWithValues } from '../register/rowsWhere';
import { addDays, compareIsoDate, isIsoDate, riyadhDate, weekday, type IsoDate } from '../../domain/time';
import { SURVEY_REF_KEY } from './satisfactionForm';
import { kindLabel, type SatisfactionDeps } from './satisfactionDeps';
import { t } from '../../i18n';
import { failure } from '../../domain/codedError';

const WEEKEND = [5, 6];
/** Script property: the last day a survey run finished. */
export const SURVEYS_DONE_KEY = 'SURVEYS_DONE_ON';
/** A case whose survey fell due this many days before the last finished run is still looked at. */
export const LOOK_BACK_DAYS = 7;

export interface SurveyRun {
  weekend: boolean;
  afterService: string[];
  periodic: number;
}

/** A date cell read as text (a column read) as its day in Riyadh; null when blank or not a date. */
function dayOfText(cell: string): IsoDate | null {
  const ms = cell.trim() === '' ? NaN : Date.parse(cell);
  return Number.isNaN(ms) ? null : riyadhDate(new Date(ms));
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
  if (!form) throw failure('NOT_SET_UP', 'satisfaction.error.formMissing');
  const { profile } = deps.config;
  const log = deps.register.table('surveys');
  // The log's references alone: an after-service survey's is its case number, a periodic one's `P-<day>-<id>`.
  const refs = new Set(log.columnValues('survey_ref').map((r) => r.trim()).filter(Boolean));
  const sent: SentSurvey[] = [...refs].flatMap((ref): SentSurvey[] => {
    const periodic = /^P-(\d{4}-\d{2}-\d{2})-/.exec(ref);
    return periodic ? [{ kind: 'periodic', sentOn: periodic[1] as IsoDate }] : [{ kind: 'after_service', caseId: ref, sentOn: today }];
  });
  const beneficiaries = deps.register.table('beneficiaries');
  const now = deps.clock.now();
  const logRows: Array<CellsOf<'surveys'>> = [];
  const entries: OutboxEntry[] = [];
  const logRow = (kind: SurveyKind, ref: string, caseNo: string | null, beneficiaryId: string, recipient: string): CellsOf<'surveys'> => ({
    survey_ref: ref, kind: kindLabel(kind), case_no: caseNo, beneficiary_id: beneficiaryId, recipient, sent_on: today, sent_at: now,
  });

  const afterService: string[] = [];
  const delay = profile.satisfaction.afterServiceDelayDays;
  // Only the cases whose survey fell due since the last finished run (less a week, for runs that failed
  // or days off): the delivered_at column read, then those rows; the log's references keep it once a case.
  const lastDone = deps.store?.get(SURVEYS_DONE_KEY) ?? null;
  const lookFrom = lastDone && isIsoDate(lastDone) ? addDays(lastDone, -LOOK_BACK_DAYS) : null;
  const dueRows = rowsWhere(deps.register.table('cases'), 'delivered_at', (cell) => {
    const delivered = dayOfText(cell);
    if (!delivered) return false;
    const on = afterServiceSurveyDate(delivered, delay);
    return compareIsoDate(on, today) <= 0 && (lookFrom === null || compareIsoDate(on, lookFrom) >= 0);
  });
  const due = dueRows.filter(({ row }) => row.case_no && !refs.has(String(row.case_no).trim()));
  const people = new Map(rowsWithValues(beneficiaries, 'beneficiary_id', due.map(({ row }) => String(row.beneficiary_id ?? ''))).map(({ row }) => [String(row.beneficiary_id), row]));
  for (const { row } of due) {
    const caseNo = String(row.case_no ?? '');
    const deliveredOn: IsoDate | null = isoOfCell(row.delivered_at);
    if (!caseNo || !deliveredOn) continue;
    if (afterServiceSurvey({ caseId: caseNo, deliveredOn }, sent, delay, today).action !== 'send') continue;
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
  // The register's first beneficiary marks its start: the first periodic survey is one period later
  // (their created_at column is read only until a periodic survey has gone; then the log's last one counts).
  const periodicSent = sent.some((x) => x.kind === 'periodic');
  const registered = periodicSent ? [today] : beneficiaries.columnValues('created_at').map(dayOfText).filter((d): d is IsoDate => d !== null).sort();
  if (registered.length && periodicSurvey(sent, profile.satisfaction.periodicMonths, today, registered[0]).action === 'send') {
    // The periodic survey goes to everyone with an email: the one read of the whole tab, twice a year.
    for (const [beneficiaryId, person] of beneficiaries.readAll().map(({ row }) => [String(row.beneficiary_id), row] as const)) {
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
  deps.store?.set(SURVEYS_DONE_KEY, today);
  return { weekend: false, afterService, periodic };
}
