// EL-4, SR-5: the committee's minutes on in-memory fakes of the ports: each case's decision told through the one
// command handler (the same authorisation check on every case, the same audit line as a panel step), the batch
// kept whole (the rows written in one update, the beneficiaries read once, the letters sent in one batch, the audit
// in one append), a refusal that writes nothing, and a second run that finds nothing left to minute.
import { prepareMinutes } from '../../../src/app/cases/committeeMinutes';
import { MINUTES_UNSENT_KEY } from '../../../src/app/cases/minutesLetters';
import { stamp, transition, type CaseDeps } from '../../../src/app/cases/caseActions';
import { parseState, statusLabel } from '../../../src/app/register/caseRecord';
import { roleLabel } from '../../../src/app/access';
import { t } from '../../../src/i18n';
import { esrar } from '../../../src/profiles/esrar';
import { MemoryDocuments } from '../../fakes/documents';
import { OFFICER, type Organisation } from '../../fakes/ports';
import { wordsThrown } from '../../fakes/words';
import { CHAIR, otherBeneficiary, withCases } from './withCases';

const COMMITTEE = esrar.committees.find((c) => c.id === 'competent_committee')!;

/** Two cases studied by the officer and decided by the chair for the competent committee, one accepted, one not. */
function decidedCases(): { org: Organisation; deps: CaseDeps & { docs: MemoryDocuments; sequences: Organisation['sequences']; store: Organisation['store'] }; caseNos: string[] } {
  const { org, deps, caseNos } = withCases({}, otherBeneficiary);
  caseNos.forEach((caseNo, i) => {
    transition(deps, caseNo, OFFICER, () => [{ type: 'StartStudy', data: { unit: COMMITTEE.nameAr, ...stamp(deps, OFFICER) } }]);
    transition(deps, caseNo, CHAIR, () => [{
      type: 'Decide', data: { decision: i === 0 ? 'accepted' : 'rejected', reasons: [i === 0 ? 'استوفت شروط الدورة' : 'الدورة مكتملة العدد'], committee: COMMITTEE.nameAr, verificationRequired: false, ...stamp(deps, CHAIR) },
    }]);
  });
  org.register.table('audit').rows.length = 0;
  for (const table of org.register.tables.values()) table.ops.length = 0;
  return { org, deps: { ...deps, docs: new MemoryDocuments(), sequences: org.sequences, store: org.store }, caseNos };
}

const ops = (org: Organisation, tab: 'audit' | 'beneficiaries' | 'outbox' | 'cases') => org.register.table(tab).ops;

describe('EL-4: the chair prepares the competent committee\'s minutes', () => {
  const { org, deps, caseNos } = decidedCases();
  const minutes = prepareMinutes(deps, COMMITTEE.id, CHAIR);

  it('one document lists both cases; each case is notified and linked to it', () => {
    expect(deps.docs.documents).toHaveLength(1);
    expect(minutes).toEqual({ url: deps.docs.documents[0].url, caseNos });
    for (const row of org.rows('cases')) {
      expect(parseState(row).status).toBe('notified');
      expect(row).toMatchObject({ status: statusLabel('notified'), minutes_url: minutes.url });
    }
  });

  it('each case\'s step leaves the panel\'s audit line; the batch\'s lines are written in one append', () => {
    expect(ops(org, 'audit').filter((op) => op === 'append')).toHaveLength(1);
    const lines = org.rows('audit');
    expect(lines.filter((a) => a.action === t('audit.case_transition')).map((a) => [a.case_no, a.details, a.actor])).toEqual(caseNos.map((caseNo) => [
      caseNo, `${t('case.command.NotifyBeneficiary')}: ${statusLabel('decided')} → ${statusLabel('notified')}`, CHAIR,
    ]));
    expect(lines.filter((a) => a.action === t('audit.minutes_created'))).toHaveLength(1);
  });

  it('the rows are written in one update, the beneficiaries read once, the outbox written once', () => {
    expect(ops(org, 'cases').filter((op) => op === 'updateBlock')).toHaveLength(1);
    expect(ops(org, 'beneficiaries')).toEqual(['readAll']);
    expect(ops(org, 'outbox').filter((op) => op === 'append')).toHaveLength(1);
  });

  it('each beneficiary is sent the decision once, on the agreed channel (e-mail)', () => {
    const letters = org.rows('outbox').filter((r) => String(r.message_id).endsWith(':decision'));
    expect(letters.map((r) => r.message_id)).toEqual(caseNos.map((c) => `${c}:decision`));
    const toBeneficiaries = org.mailer.delivered.filter((m) => caseNos.some((caseNo) => m.subject.includes(caseNo)));
    expect(toBeneficiaries.map((m) => m.to)).toEqual(['fatimah@example.com', 'muneera@example.com']);
  });

  it('run again, it finds nothing left to minute and writes nothing', () => {
    const before = { cases: org.rows('cases').map((r) => ({ ...r })), audit: org.rows('audit').length, outbox: org.rows('outbox').length };
    const counters = new Map(org.sequences.counters);
    expect(prepareMinutes(deps, COMMITTEE.id, CHAIR)).toEqual({ url: null, caseNos: [] });
    expect(deps.docs.documents).toHaveLength(1);
    expect(org.rows('cases')).toEqual(before.cases);
    expect([org.rows('audit').length, org.rows('outbox').length]).toEqual([before.audit, before.outbox]);
    expect(org.sequences.counters).toEqual(counters);
  });
});

describe('EL-4: minutes are the committee\'s', () => {
  it('an officer is refused before anything is read or written: no document, no number, no letter, no audit', () => {
    const { org, deps } = decidedCases();
    expect(wordsThrown(() => prepareMinutes(deps, COMMITTEE.id, OFFICER))).toBe(t('sidebar.error.FORBIDDEN', { role: roleLabel('officer') }));
    expect(deps.docs.documents).toEqual([]);
    expect(org.rows('cases').map((r) => parseState(r).status)).toEqual(['decided', 'decided']);
    expect(ops(org, 'cases')).toEqual([]);
    expect([...org.sequences.counters.keys()].some((k) => k.startsWith('minutes_'))).toBe(false);
    expect(org.rows('audit')).toEqual([]);
    expect(org.mailer.delivered).toEqual([]);
  });

  it('someone not on the staff tab is refused the same way', () => {
    const { org, deps } = decidedCases();
    expect(wordsThrown(() => prepareMinutes(deps, COMMITTEE.id, 'stranger@example.com'))).toBe(t('sidebar.error.NOT_STAFF'));
    expect(deps.docs.documents).toEqual([]);
    expect(org.rows('audit')).toEqual([]);
  });
});

describe('issue 13: a minutes batch whose letters could not be queued after its rows were written', () => {
  const { org, deps, caseNos } = decidedCases();
  const outbox = org.register.table('outbox');
  // The outbox's append is refused after its first row landed (the first decision letter): the rows are written.
  outbox.failNextAppendAfter = 1;
  const failed = (() => {
    try {
      prepareMinutes(deps, COMMITTEE.id, CHAIR);
      return null;
    } catch (error) {
      return error;
    }
  })();
  const afterFailure = { outbox: org.rows('outbox').map((r) => String(r.message_id)).filter((id) => !id.endsWith(':ack')), marker: org.store.get(MINUTES_UNSENT_KEY) };
  for (const table of org.register.tables.values()) table.ops.length = 0;
  const rerun = prepareMinutes(deps, COMMITTEE.id, CHAIR);
  const rerunOutboxOps = [...ops(org, 'outbox')];
  const decisions = () => org.rows('outbox').filter((r) => String(r.message_id).endsWith(':decision')).map((r) => String(r.message_id));

  it('fails with the cases told and linked, one letter in the outbox, and the minutes named for the next run', () => {
    expect(failed).toBeInstanceOf(Error);
    expect(org.rows('cases').map((r) => parseState(r).status)).toEqual(['notified', 'notified']);
    expect(afterFailure.outbox).toEqual([`${caseNos[0]}:decision`]);
    expect(afterFailure.marker).toContain(deps.docs.documents[0].url);
  });

  it('the rerun queues each missing letter and member notice once, from one read of the outbox\'s message ids, and audits it', () => {
    expect(rerun).toEqual({ url: null, caseNos: [] });
    expect(decisions()).toEqual(caseNos.map((c) => `${c}:decision`));
    const notices = org.rows('outbox').filter((r) => String(r.message_id).startsWith('minutes:'));
    expect(notices.length).toBeGreaterThan(0);
    expect(new Set(org.rows('outbox').map((r) => r.message_id)).size).toBe(org.rows('outbox').length);
    expect(rerunOutboxOps.filter((op) => op === 'readColumn')).toHaveLength(1);
    expect(rerunOutboxOps.filter((op) => op === 'readAll')).toHaveLength(0);
    const mended = org.rows('audit').filter((a) => a.action === t('audit.minutes_letters_queued'));
    expect(mended).toHaveLength(1);
    expect(String(mended[0].details)).toContain(deps.docs.documents[0].url);
    expect(org.store.get(MINUTES_UNSENT_KEY)).toBe('');
  });

  it('the letter queued now is sent at once; the one that had landed stays queued for the hourly sender, not queued again', () => {
    const sentTo = (caseNo: string) => org.mailer.delivered.filter((m) => m.subject.includes(caseNo));
    expect(sentTo(caseNos[1])).toHaveLength(1);
    expect(sentTo(caseNos[0])).toHaveLength(0);
    expect(org.rows('outbox').filter((r) => r.message_id === `${caseNos[0]}:decision`).map((r) => r.status)).toEqual(['queued']);
  });

  it('a third run reads nothing of the outbox and queues nothing twice', () => {
    const before = org.rows('outbox').length;
    for (const table of org.register.tables.values()) table.ops.length = 0;
    expect(prepareMinutes(deps, COMMITTEE.id, CHAIR)).toEqual({ url: null, caseNos: [] });
    expect(ops(org, 'outbox')).toEqual([]);
    expect(org.rows('outbox')).toHaveLength(before);
  });
});
