// Committee minutes (EL-4, SR-5): one document per meeting listing the cases decided and not yet
// minuted, with decisions, reasons, members and roles, both calendars and the policy's approval;
// its link goes into each case, and each beneficiary is then told the decision on the agreed channel.
import type { DocBlock, DocumentWriter, Row } from '../../ports';
import type { Committee } from '../../profiles';
import { formatDual, riyadhDate, withDigits } from '../../domain/time';
import { applyCommands, replyChannelOf, decisionLetter, stamp, type CaseDeps } from './caseActions';
import type { OutboxEntry } from '../notify/outbox';
import { parseState } from '../register/caseRecord';
import { t } from '../../i18n';
import { roleLabel, staffMemberOf } from '../access';
import { committeeMembers } from '../config';

export interface MinutesOutcome {
  url: string | null;
  caseNos: string[];
}

function membersTable(deps: CaseDeps, committee: Committee): DocBlock {
  return {
    kind: 'table',
    header: [t('minutes.col.member'), t('minutes.col.role'), t('minutes.col.signature')],
    rows: committeeMembers(deps.config.staff, committee).map((m) => [m.name, m.role, '']),
  };
}

export function prepareMinutes(deps: CaseDeps & { docs: DocumentWriter }, committeeId: string, actor: string): MinutesOutcome {
  const { profile } = deps.config;
  // Minutes are the committee's: its members, managers and admins prepare them.
  const member = staffMemberOf(deps.config.staff, actor);
  if (member.role === 'officer') {
    throw new Error(t('sidebar.error.FORBIDDEN', { role: roleLabel(member.role) }), { cause: { code: 'FORBIDDEN' } });
  }
  const committee = profile.committees.find((c) => c.id === committeeId || c.nameAr === committeeId);
  if (!committee) throw new Error(t('register.error.caseNotFound', { caseNo: committeeId }), { cause: { code: 'UNKNOWN_COMMITTEE' } });
  const table = deps.register.table('cases');
  const pending = table
    .readAll()
    .filter(({ row }) => row.state && !row.minutes_url)
    .map((r) => ({ ...r, state: parseState(r.row) }))
    .filter((c) => c.state.status === 'decided' && c.state.committee === committee.nameAr);
  if (pending.length === 0) return { url: null, caseNos: [] };

  const today = riyadhDate(deps.clock.now());
  const date = formatDual(today, { digits: profile.digits });
  const title = t('minutes.title', { committee: committee.nameAr, date });
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, text: t('minutes.heading', { committee: committee.nameAr }) },
    { kind: 'paragraph', text: t('minutes.intro', { committee: committee.nameAr, date }) },
    {
      kind: 'table',
      header: [t('minutes.col.caseNo'), t('minutes.col.beneficiary'), t('minutes.col.service'), t('minutes.col.verification'), t('minutes.col.decision'), t('minutes.col.reasons')],
      rows: pending.map(({ row }) => [withDigits(String(row.case_no), profile.digits), String(row.beneficiary_name ?? ''), String(row.service ?? ''), String(row.verification ?? ''), String(row.decision ?? ''), String(row.reasons ?? '')]),
    },
    { kind: 'heading', level: 2, text: t('minutes.members') },
    membersTable(deps, committee),
    { kind: 'paragraph', text: t('minutes.approval', { approval: profile.clauses.AP || profile.approval.body }) },
  ];
  // The letterhead's line reads «{{title}} — {{date}}»: the committee's heading, then the date once.
  const doc = deps.docs.write('minutes', { title, blocks }, { title: t('minutes.heading', { committee: committee.nameAr }), date });

  // Each case: minutes linked, beneficiary notified (decided → notified), in one batched write.
  const updates = pending.map((c) => {
    const result = applyCommands(deps, c, [{ type: 'NotifyBeneficiary', data: { channel: replyChannelOf(deps.config, c.row), ...stamp(deps, actor) } }]);
    const row: Row = { ...result.row, minutes_url: doc.url };
    return { rowNumber: c.rowNumber, row, state: result.state };
  });
  table.update(updates.map(({ rowNumber, row }) => ({ rowNumber, row })));
  deps.audit.record({ actor, action: 'minutes_created', details: `${committee.nameAr}: ${doc.url}` });
  // The letters go out together: the beneficiaries are read once, the outbox written once.
  const people = new Map(deps.register.table('beneficiaries').readAll().map(({ row }) => [String(row.beneficiary_id), row]));
  const letters: OutboxEntry[] = [];
  for (const u of updates) {
    deps.audit.record({ actor, action: 'case_transition', caseNo: String(u.row.case_no), details: t('case.status.notified') });
    const letter = decisionLetter(deps, u.row, u.state, people.get(String(u.row.beneficiary_id ?? '')) ?? null);
    if (letter) letters.push(letter);
  }
  deps.outbox.queueAndSend(letters);
  deps.audit.flush();
  return { url: doc.url, caseNos: updates.map((u) => String(u.row.case_no)) };
}
