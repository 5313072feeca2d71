// The acknowledgement of a submission (SR-2, SR-5) on the agreed channel: the case number and deadline, or what
// is still missing and where to complete it; and its recovery on a replay that finds it was never queued.
import type { CellsOf, RowOf } from '../../ports';
import type { OutboxEntry } from '../notify/outbox';
import { policyPromise } from '../notify/policyWords';
import { toBeneficiary } from '../notify/caseMessages';
import { reachOfBeneficiary } from '../notify/channels';
import { evaluateRequest, type Evaluation } from '../../domain/intake/evaluate';
import { formatDual, riyadhDate, type IsoDate } from '../../domain/time';
import { parseState } from '../register/caseRecord';
import { replyDeadline } from '../cases/caseActions';
import { describeMissing } from './missing';
import { t } from '../../i18n';
import type { IntakeDeps, IntakeRequest } from './request';

export interface AcknowledgedCase {
  caseNo: string;
  ev: Evaluation;
  officerEmail: string | null;
  due: IsoDate | null;
  /** A second submission completing (or adding to) an incomplete case. */
  completing: boolean;
  /** The beneficiary's row (their channels and opt-out), when known. */
  person: CellsOf<'beneficiaries'> | null;
}

/** The acknowledgement's outbox entry (its message id `<caseNo>:ack…` is the outbox's guard against a second). */
export function acknowledgement(deps: Pick<IntakeDeps, 'config' | 'formUrl' | 'statusUrl'>, c: AcknowledgedCase): OutboxEntry {
  const { profile } = deps.config;
  const service = c.ev.service?.nameAr ?? '—';
  const facts: Array<[string, string]> = [
    [t('mail.fact.caseNo'), c.caseNo],
    [t('mail.fact.service'), service],
  ];
  let paragraphs: string[];
  let list: string[] = [];
  if (c.due) {
    facts.push([t('mail.fact.due'), formatDual(c.due, { digits: profile.digits })]);
    // The deadline clause is cited; quoted only where it promises the reader (Rusookh's is a staff instruction).
    const promise = policyPromise(profile, profile.deadline.clauseAr, 'SR-5');
    paragraphs = [
      t('mail.ack.received', { service, caseNo: c.caseNo }),
      t('mail.ack.next'),
      promise.quote ? t('mail.ack.promiseQuoted', { quote: promise.quote, cite: promise.cite }) : t('mail.ack.promise', { cite: promise.cite }),
      t('mail.ack.whom'),
    ];
  } else {
    paragraphs = [t('mail.ack.received', { service, caseNo: c.caseNo }), t('mail.ack.incomplete')];
    list = c.ev.missing.map(describeMissing);
  }
  const model = {
    subject: t('mail.ack.subject', { caseNo: c.caseNo, org: profile.name.ar }),
    paragraphs,
    facts,
    list,
    after: [...(c.due ? [] : [t('mail.ack.howToComplete', { formUrl: deps.formUrl })]), ...(deps.statusUrl ? [t('mail.ack.status', { url: deps.statusUrl })] : [])],
  };
  const reach = reachOfBeneficiary(profile, c.person, c.ev.replyChannel);
  const org = profile.name.ar;
  const missing = c.ev.missing.map(describeMissing);
  const dueText = c.due ? formatDual(c.due, { digits: profile.digits }) : '';
  return toBeneficiary(
    profile,
    { caseNo: c.caseNo, name: c.ev.identity.fullName || '—', email: c.ev.identity.email, replyChannel: c.ev.replyChannel, officerEmail: c.officerEmail, ...reach, mobile: c.ev.identity.mobile ?? reach.mobile },
    c.completing ? `ack-complete-${c.due ? 'done' : 'still'}` : 'ack',
    model,
    deps.config.managerEmail,
    c.due
      ? { sms: t('sms.ack', { org, caseNo: c.caseNo, due: dueText }), whatsapp: { kind: 'acknowledgement', params: [c.ev.identity.fullName || '—', c.caseNo, dueText] } }
      : { sms: t('sms.missing', { org, caseNo: c.caseNo, missing: missing.join('، ') }), tail: deps.formUrl, maxParts: 3, whatsapp: { kind: 'missing', params: [c.ev.identity.fullName || '—', c.caseNo, missing.join('، ')] } },
    deps.config.settings,
  );
}

/** A replay of a recorded submission whose execution died after the case was written and before its
 *  acknowledgement was queued: the acknowledgement is queued now, so the beneficiary still hears from us. */
export function acknowledgeIfNeverQueued(deps: IntakeDeps, req: IntakeRequest, row: RowOf<'cases'>): void {
  const caseNo = String(row.case_no);
  if (deps.register.table('outbox').findBy('message_id', `${caseNo}:ack`, 'contains')) return;
  const ev = evaluateRequest(req.answers, deps.config.profile, riyadhDate(req.receivedAt));
  const due = replyDeadline(deps.config, parseState(row)).due;
  const person = row.beneficiary_id ? deps.register.table('beneficiaries').findBy('beneficiary_id', String(row.beneficiary_id))?.row ?? null : null;
  deps.outbox.queueAndSend([acknowledgement(deps, { caseNo, ev, officerEmail: row.officer ? String(row.officer) : null, due, completing: false, person })]);
  deps.audit.record({ actor: req.actor, action: 'case_transition', caseNo, details: t('intake.audit.ackRecovered') });
  deps.audit.flush();
}
