// The committee minutes whose rows were written but whose letters may not have been queued (issue 13): a marker in
// script properties names them until their letters are in the outbox; the next minutes run queues once each decision
// letter and member notice that no outbox row holds (one read of the outbox's message ids), and audits it.
import type { KeyValueStore, Row } from '../../ports';
import type { OutboxEntry } from '../notify/outbox';
import { decisionLetter, type CaseDeps } from './caseActions';
import { parseState } from '../register/caseRecord';
import { committeeMembers, committeeSecretary } from '../config';
import { minutesNotices } from './minutesNotice';
import { t } from '../../i18n';

/** The minutes written whose letters are not known to be queued (a JSON list); absent or empty when none. */
export const MINUTES_UNSENT_KEY = 'MINUTES_LETTERS_UNSENT';

/** What the minutes' letters are rebuilt from: its committee, link, number and date as the document shows them. */
export interface UnsentMinutes {
  committee: string;
  url: string;
  number: string;
  date: string;
}

export function unsentMinutes(store: KeyValueStore): UnsentMinutes[] {
  const raw = store.get(MINUTES_UNSENT_KEY);
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as UnsentMinutes[];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Names the minutes before its rows are written: until `letterQueued`, a failure anywhere after leaves it named. */
export function markUnsent(store: KeyValueStore, minutes: UnsentMinutes): void {
  store.set(MINUTES_UNSENT_KEY, JSON.stringify([...unsentMinutes(store).filter((m) => m.url !== minutes.url), minutes]));
}

/** Its letters are in the outbox: the minutes is no longer named. */
export function lettersQueued(store: KeyValueStore, urls: readonly string[]): void {
  const left = unsentMinutes(store).filter((m) => !urls.includes(m.url));
  store.set(MINUTES_UNSENT_KEY, left.length ? JSON.stringify(left) : '');
}

/** The letters of one named minutes: each case it links that is told (notified), and each member's notice. */
function lettersOf(deps: CaseDeps, minutes: UnsentMinutes, people: () => Map<string, Row>): OutboxEntry[] {
  const committee = deps.config.profile.committees.find((c) => c.id === minutes.committee);
  if (!committee) return [];
  const cases = deps.register.table('cases').findAllBy('minutes_url', minutes.url);
  if (cases.length === 0) return [];
  const letters = cases.flatMap(({ row }) => decisionLetter(deps, row, parseState(row), people().get(String(row.beneficiary_id ?? '')) ?? null) ?? []);
  const members = committeeMembers(deps.config.staff, committee);
  const notices = minutesNotices(deps.config.profile, {
    committee, number: minutes.number, date: minutes.date, url: minutes.url, cases: cases.length,
    quorum: Math.floor(members.length / 2) + 1, members, secretary: committeeSecretary(deps.config.staff, committee),
  });
  return [...letters, ...notices];
}

/**
 * Queues the letters of every named minutes that no outbox row holds (by message id: one read of that column),
 * through the outbox's one path, with an audit line per minutes mended; then clears the names. Reads nothing
 * when no minutes is named. Returns how many letters it queued.
 */
export function queueUnsentLetters(deps: CaseDeps & { store: KeyValueStore }, actor: string): number {
  const named = unsentMinutes(deps.store);
  if (named.length === 0) return 0;
  let people: Map<string, Row> | null = null;
  const beneficiaries = () => (people ??= new Map(deps.register.table('beneficiaries').readAll().map(({ row }) => [String(row.beneficiary_id), row])));
  const perMinutes = named.map((minutes) => ({ minutes, letters: lettersOf(deps, minutes, beneficiaries) }));
  let queued = 0;
  if (perMinutes.some((m) => m.letters.length > 0)) {
    const held = new Set(deps.register.table('outbox').columnValues('message_id'));
    const missing = perMinutes.map(({ minutes, letters }) => ({ minutes, letters: letters.filter((l) => !held.has(l.messageId)) })).filter((m) => m.letters.length > 0);
    deps.outbox.queueAndSend(missing.flatMap((m) => m.letters));
    for (const { minutes, letters } of missing) {
      const committee = deps.config.profile.committees.find((c) => c.id === minutes.committee);
      deps.audit.record({ actor, action: 'minutes_letters_queued', details: t('minutes.audit.lettersQueued', { committee: committee?.nameAr ?? minutes.committee, url: minutes.url, count: letters.length }) });
      queued += letters.length;
    }
    deps.audit.flush();
  }
  lettersQueued(deps.store, named.map((m) => m.url));
  return queued;
}
