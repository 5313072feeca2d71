// Committee minutes (EL-4, SR-5): one document per meeting listing the cases decided and not yet
// minuted, with decisions, reasons, members and roles, both calendars and the policy's approval;
// its link goes into each case, and each beneficiary is then told the decision on the agreed channel: each case's
// step through the one command handler, the batch written once and its letters sent once.
import type { DocBlock, DocumentWriter, KeyValueStore, Sequences } from '../../ports';
import { formatDual, riyadhDate, toHijri, withDigits } from '../../domain/time';
import { CaseBatch, caseStep, replyChannelOf, stamp, type CaseDeps } from './caseActions';
import { completeBatch, handleCommand } from '../commandHandler';
import { parseState } from '../register/caseRecord';
import { t } from '../../i18n';
import { roleLabel, staffMemberOf } from '../access';
import { committeeMembers, committeeSecretary, type RegisterConfig } from '../config';
import { codeOf, failure } from '../../domain/codedError';
import { minutesNotices } from './minutesNotice';
import { lettersQueued, markUnsent, queueUnsentLetters } from './minutesLetters';

export interface MinutesOutcome {
  url: string | null;
  caseNos: string[];
}

/** Room for a signature on each member's row, in points. */
const SIGNATURE_ROW_POINTS = 42;

/** One row per member to sign: name, role, attendance (ticked by hand at the meeting) and signature. */
function signaturesTable(members: Array<{ name: string; role: string }>): DocBlock {
  return {
    kind: 'table',
    header: [t('minutes.col.member'), t('minutes.col.role'), t('minutes.col.attendance'), t('minutes.col.signature')],
    rows: members.map((m) => [m.name, m.role, t('minutes.attendance.choices'), '']),
    rowHeight: SIGNATURE_ROW_POINTS,
  };
}

/** The meeting's time of day on Riyadh's clock, «10:30» in the organisation's digits. */
function riyadhTime(at: Date, digits: 'latn' | 'arab'): string {
  const riyadh = new Date(at.getTime() + 3 * 3600_000);
  const hhmm = `${String(riyadh.getUTCHours()).padStart(2, '0')}:${String(riyadh.getUTCMinutes()).padStart(2, '0')}`;
  return withDigits(hhmm, digits);
}

/** Minutes are the committee's: its members, managers and admins prepare them and tell its decisions. */
function requireMinutesTaker(staff: RegisterConfig['staff'], actor: string): void {
  const member = staffMemberOf(staff, actor);
  if (member.role === 'officer') throw failure('FORBIDDEN', 'sidebar.error.FORBIDDEN', { role: roleLabel(member.role) });
}

export function prepareMinutes(deps: CaseDeps & { docs: DocumentWriter; sequences: Sequences; store: KeyValueStore }, committeeId: string, actor: string): MinutesOutcome {
  const { profile } = deps.config;
  // Checked before anything is read; each case's step checks it again as the handler's authorisation.
  requireMinutesTaker(deps.config.staff, actor);
  const committee = profile.committees.find((c) => c.id === committeeId || c.nameAr === committeeId);
  if (!committee) throw failure('UNKNOWN_COMMITTEE', 'register.error.caseNotFound', { caseNo: committeeId });
  // A minutes whose batch stopped after its rows (they carry its link, so the search below skips them) has its
  // letters queued first, those no outbox row holds (src/app/cases/minutesLetters.ts); nothing is read when none is named.
  queueUnsentLetters(deps, actor);
  const table = deps.register.table('cases');
  const pending = table
    .readAll()
    .filter(({ row }) => row.state && !row.minutes_url)
    .map((r) => ({ ...r, state: parseState(r.row) }))
    .filter((c) => c.state.status === 'decided' && c.state.committee === committee.nameAr);
  if (pending.length === 0) return { url: null, caseNos: [] };

  // Each case's decision told (decided → notified) through the one command handler, before anything is written:
  // the rows and letters gathered for the batch, the audit lines kept for its one append.
  const batch = new CaseBatch(deps);
  for (const c of pending) {
    handleCommand(deps.audit, caseStep(deps, actor, () => c, (loaded) => [{ type: 'NotifyBeneficiary', data: { channel: replyChannelOf(deps.config, loaded.row), ...stamp(deps, actor) } }], {
      authorize: () => requireMinutesTaker(deps.config.staff, actor),
      output: batch,
    }), { flush: false });
  }

  const now = deps.clock.now();
  const today = riyadhDate(now);
  const date = formatDual(today, { digits: profile.digits });
  const time = riyadhTime(now, profile.digits);
  // Numbered per committee and Hijri year («3/1448»), never reused.
  const year = toHijri(today).year;
  const number = withDigits(`${deps.sequences.next(`minutes_${committee.id}_${year}`)}/${year}`, profile.digits);
  const place = t('minutes.place.default', { org: profile.name.ar, city: profile.city || '—' });
  const members = committeeMembers(deps.config.staff, committee);
  const quorum = Math.floor(members.length / 2) + 1;
  const title = t('minutes.title', { committee: committee.nameAr, number, date });
  // The policy's own words of its approval (AP) when the seed has them, else the approving body, else that none is on file.
  const cite = profile.clauses.AP
    ? t('minutes.approval', { approval: profile.clauses.AP })
    : profile.approval.body
      ? t('minutes.approval.body', { body: profile.approval.body })
      : t('minutes.approval.none');
  const blocks: DocBlock[] = [
    {
      kind: 'table',
      header: [t('minutes.facts.item'), t('minutes.facts.value')],
      rows: [
        [t('minutes.facts.number'), number],
        [t('minutes.facts.date'), date],
        [t('minutes.facts.time'), time],
        [t('minutes.facts.place'), place],
        [t('minutes.facts.committee'), committee.nameAr],
        [t('minutes.facts.quorum'), t('minutes.quorum', { members: withDigits(String(members.length), profile.digits), quorum: withDigits(String(quorum), profile.digits) })],
      ],
    },
    { kind: 'paragraph', text: t('minutes.intro', { committee: committee.nameAr, date }) },
    { kind: 'heading', level: 2, text: t('minutes.agenda') },
    ...pending.map(({ row }, i): DocBlock => ({
      kind: 'paragraph',
      text: t('minutes.agenda.item', { n: withDigits(String(i + 1), profile.digits), caseNo: withDigits(String(row.case_no), profile.digits), service: String(row.service ?? '—') }),
    })),
    { kind: 'heading', level: 2, text: t('minutes.decisions') },
    {
      kind: 'table',
      header: [t('minutes.col.caseNo'), t('minutes.col.beneficiary'), t('minutes.col.service'), t('minutes.col.verification'), t('minutes.col.decision'), t('minutes.col.reasons')],
      rows: pending.map(({ row }) => [withDigits(String(row.case_no), profile.digits), String(row.beneficiary_name ?? ''), String(row.service ?? ''), String(row.verification ?? ''), String(row.decision ?? ''), String(row.reasons ?? '')]),
    },
    { kind: 'heading', level: 2, text: t('minutes.members') },
    { kind: 'paragraph', text: t('minutes.signatures.note') },
    signaturesTable(members),
    { kind: 'paragraph', text: cite },
  ];
  // The template's letterhead fields (docs/what-people-see.md lists them); the heading is the template's title line.
  const doc = deps.docs.write('minutes', { title, blocks }, {
    org: profile.name.ar, title: t('minutes.heading', { committee: committee.nameAr, number }), date, time, place, number, committee: committee.nameAr,
  });

  // Named before the rows carry its link, until its letters are queued: a failure (or a stopped execution) in
  // between leaves it for the next run to mend.
  markUnsent(deps.store, { committee: committee.id, url: doc.url, number, date });
  // Every case's row with the minutes linked, in one batched write; the letters from one read of the beneficiaries.
  table.update(batch.rows.map(({ rowNumber, row }) => ({ rowNumber, row: { ...row, minutes_url: doc.url } })));
  deps.audit.record({ actor, action: 'minutes_created', details: `${committee.nameAr}: ${doc.url}` });
  // From here the rows are written: should the letters fail, the cases told and the minutes are still audited,
  // with a line saying the batch stopped (its error's code only: a message may hold what someone typed).
  completeBatch(deps.audit, () => {
    const letters = batch.letters();
    // Each member is asked to sign the minutes; answers reach the committee's secretary.
    const notices = minutesNotices(profile, {
      committee, number, date, url: doc.url, cases: batch.rows.length, quorum, members, secretary: committeeSecretary(deps.config.staff, committee),
    });
    // The letters go out together with the members' notices: the outbox written once, the audit flushed once.
    deps.outbox.queueAndSend([...letters, ...notices]);
    lettersQueued(deps.store, [doc.url]);
  }, (error) => ({
    actor, action: 'batch_incomplete', details: t('minutes.audit.incomplete', { committee: committee.nameAr, url: doc.url, code: codeOf(error) ?? 'UNEXPECTED' }),
  }));
  return { url: doc.url, caseNos: batch.rows.map((u) => String(u.row.case_no)) };
}
