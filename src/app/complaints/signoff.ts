// Staff sign-off (RS): the current user acknowledges the approved policy in the staff tab, and a daily run
// reminds those who have not (working days only, once a day), then tells the manager (HR) after the last reminder.
import type { CellsOf, KeyValueStore } from '../../ports';
import { citeClauses } from '../notify/policyWords';
import type { OutboxEntry } from '../notify/outbox';
import { renderMail } from '../notify/mailTemplate';
import { policyVersion, signoffReminderPlan, type SignoffReminder, type StaffMember } from '../../domain/staff';
import { riyadhDate, type IsoDate } from '../../domain/time';
import { splitList } from '../../domain/text';
import type { PolicyDeps } from './complaints';
import { refusal, requireFeature } from './errors';
import { t } from '../../i18n';
import { listLabel } from '../register/lists';

/** The ack_date cell holds the day and the version signed, so a new board approval asks again. */
const SEPARATOR = ' — ';
/** The day the product started asking for signatures and the last day the reminder run ran. The reminders
 *  themselves are kept on each person's row of the staff tab (signoff_reminders, signoff_escalated): a
 *  script property holds 9 KB, too little for every reminder to a large staff. */
const LOG_KEY = 'SIGNOFF_LOG';

interface SignoffLog {
  since: IsoDate;
  lastRun: IsoDate | null;
}

function readLog(store: KeyValueStore, today: IsoDate): SignoffLog {
  const raw = store.get(LOG_KEY);
  const log = raw ? (JSON.parse(raw) as Partial<SignoffLog>) : {};
  return { since: log.since ?? today, lastRun: log.lastRun ?? null };
}

function signedVersion(row: CellsOf<'staff'>, current: string): string | null {
  if (String(row.policy_ack ?? '') !== listLabel('ack', 'yes')) return null;
  const cell = String(row.ack_date ?? '');
  const at = cell.indexOf(SEPARATOR);
  // Marked "yes" by hand without a version: taken as this version, which is what the person saw.
  return at < 0 ? current : cell.slice(at + SEPARATOR.length);
}

export function acknowledgePolicy(deps: PolicyDeps & { store: KeyValueStore }, email: string): { version: string; date: IsoDate; already: boolean } {
  const { profile } = deps.config;
  requireFeature(profile.features.staffSignoff);
  const version = policyVersion(profile.approval);
  const table = deps.register.table('staff');
  const me = table.readAll().find(({ row }) => String(row.email ?? '').trim().toLowerCase() === email.trim().toLowerCase());
  if (!me) throw refusal('NOT_STAFF', { email });
  const today = riyadhDate(deps.clock.now());
  if (signedVersion(me.row, version) === version && String(me.row.ack_date ?? '').includes(SEPARATOR)) return { version, date: today, already: true };
  // A signature ends the reminders; a later version starts them afresh.
  table.update([{ rowNumber: me.rowNumber, row: { policy_ack: listLabel('ack', 'yes'), ack_date: `${today}${SEPARATOR}${version}`, signoff_reminders: '', signoff_escalated: '' } }]);
  deps.audit.record({ actor: email, action: 'policy_acknowledged', details: version });
  deps.audit.flush();
  return { version, date: today, already: false };
}

/** The daily reminder run; a second run on the same day sends nothing. */
export function sendSignoffReminders(deps: PolicyDeps & { store: KeyValueStore }): { reminded: string[]; escalated: string[] } {
  const { profile, calendar, managerEmail } = deps.config;
  if (!profile.features.staffSignoff) return { reminded: [], escalated: [] };
  const today = riyadhDate(deps.clock.now());
  const log = readLog(deps.store, today);
  if (log.lastRun === today) return { reminded: [], escalated: [] };
  const version = policyVersion(profile.approval);
  const table = deps.register.table('staff');
  const rows = table.readAll().filter(({ row }) => row.email);
  const emailOf = (row: CellsOf<'staff'>) => String(row.email).trim().toLowerCase();
  const staff: StaffMember[] = rows.map(({ row }) => ({
    email: emailOf(row),
    name: String(row.name ?? ''),
    active: true,
    startedOn: log.since,
    acknowledgedVersion: signedVersion(row, version),
    acknowledgedOn: null,
  }));
  const sent: SignoffReminder[] = rows.flatMap(({ row }) => splitList(row.signoff_reminders).map((sentOn) => ({ email: emailOf(row), sentOn: sentOn as IsoDate })));
  const plan = signoffReminderPlan(staff, version, log.since, sent, today, calendar);
  const org = profile.name.ar;
  const entries: OutboxEntry[] = plan.remind.map(({ email, nth }) => ({
    messageId: `signoff:${email}:${today}`,
    caseNo: '',
    channel: 'email',
    recipient: email,
    mail: renderMail({
      to: email, subject: t('rs.mail.subject', { org }), greeting: t('mail.greetingStaff'),
      paragraphs: [t('rs.mail.body', { version }), t('rs.mail.nth', { nth })], footer: profile.mailFooterAr, digits: profile.digits,
    }),
  }));
  const escalatedBefore = new Set(rows.filter(({ row }) => String(row.signoff_escalated ?? '') !== '').map(({ row }) => emailOf(row)));
  const newlyEscalated = plan.escalate.filter((e) => !escalatedBefore.has(e));
  if (newlyEscalated.length > 0 && managerEmail) {
    entries.push({
      messageId: `signoff-hr:${today}`, caseNo: '', channel: 'email', recipient: managerEmail,
      mail: renderMail({
        to: managerEmail, subject: t('rs.hr.subject', { org }), greeting: t('mail.greetingStaff'),
        paragraphs: [t('rs.hr.bodyManager')], list: newlyEscalated.map((e) => staff.find((s) => s.email === e)?.name || e),
        after: [t('rs.hr.next', { menu: t('menu.acknowledge'), cite: citeClauses(profile, ['RS', 'RS-0'].filter((id) => profile.clauses[id])) })],
        footer: profile.mailFooterAr,
        digits: profile.digits,
      }),
    });
  }
  deps.outbox.queueAndSend(entries);
  for (const r of plan.remind) deps.audit.record({ actor: 'system', action: 'signoff_reminder', details: `${r.email} (${r.nth})` });
  deps.audit.flush();
  // Each reminded or escalated person's row, written in one batch.
  const reminded = new Set(plan.remind.map((r) => r.email));
  const escalated = new Set(newlyEscalated);
  table.update(rows
    .filter(({ row }) => reminded.has(emailOf(row)) || escalated.has(emailOf(row)))
    .map(({ rowNumber, row }) => ({
      rowNumber,
      row: reminded.has(emailOf(row))
        ? { signoff_reminders: [...splitList(row.signoff_reminders), today].join('، ') }
        : { signoff_escalated: today },
    })));
  deps.store.set(LOG_KEY, JSON.stringify({ since: log.since, lastRun: today } satisfies SignoffLog));
  return { reminded: plan.remind.map((r) => r.email), escalated: newlyEscalated };
}
