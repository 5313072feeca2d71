// Retention (issue 17, item 3): once a Hijri year, the people whose every case closed longer ago than the
// profile's `anonymiseClosedAfterDays`, with nothing open and no activity since, are anonymised by the same
// anonymiser as a destruction request; audited, and safe to run twice (the second run finds them erased).
import type { KeyValueStore, Row } from '../../ports';
import type { AuditTrail } from '../audit';
import type { TimeBudget } from '../schedule';
import { anonymisePerson, erasedMarker, type AnonymiseDeps } from './anonymise';
import { findPerson, heldOn } from './personData';
import { retentionHolds } from './dataRequests';
import { parseState } from '../register/caseRecord';
import { riyadhDate, toHijri } from '../../domain/time';
import { t } from '../../i18n';

/** The Hijri year the retention run last finished. */
export const RETENTION_YEAR_KEY = 'RETENTION_YEAR';
const DAY_MS = 86_400_000;
const RESERVE_MS = 60_000;

const at = (v: Row[string] | undefined): number => (v && typeof v === 'object' ? (v as Date).getTime() : NaN);

export function retentionDue(store: KeyValueStore, now: Date): boolean {
  return store.get(RETENTION_YEAR_KEY) !== String(toHijri(riyadhDate(now)).year);
}

/** Anonymises everyone past the period; marks the year done only once no one is left, so a run stopped by the
 *  time budget carries on the next day. */
export function runRetention(deps: AnonymiseDeps & { store: KeyValueStore; audit: AuditTrail; budget: TimeBudget }): { anonymised: number; done: boolean } {
  const cutoff = deps.now.getTime() - deps.profile.retention.anonymiseClosedAfterDays * DAY_MS;
  const marker = erasedMarker();
  const latest = new Map<string, number>();
  const open = new Set<string>();
  for (const { row } of deps.register.table('cases').readAll()) {
    const id = String(row.beneficiary_id ?? '');
    if (!id || id === marker) continue;
    let status = '';
    try { status = parseState(row).status; } catch { status = ''; }
    if (status !== 'closed' && status !== 'withdrawn') open.add(id);
    latest.set(id, Math.max(latest.get(id) ?? 0, at(row.closed_at) || at(row.updated_at) || 0));
  }
  let anonymised = 0;
  for (const { row } of deps.register.table('beneficiaries').readAll()) {
    const id = String(row.beneficiary_id ?? '');
    const nationalId = String(row.national_id ?? '');
    if (!id || id === marker || !/^\d{10}$/.test(nationalId) || open.has(id)) continue;
    const lastSeen = Math.max(latest.get(id) ?? 0, at(row.updated_at) || at(row.created_at) || 0);
    if (!(lastSeen > 0 && lastSeen < cutoff)) continue;
    if (deps.budget.remainingMs() < RESERVE_MS) return { anonymised, done: false };
    const person = findPerson(deps.register, nationalId);
    if (!person) continue;
    const held = heldOn(deps.register, deps.profile, person);
    if (retentionHolds(held.rows).length) continue;
    const report = anonymisePerson(deps, person, held);
    anonymised += 1;
    deps.audit.record({ actor: 'system', action: 'data_anonymised', details: t('retention.audit', { days: deps.profile.retention.anonymiseClosedAfterDays, rows: report.rows }) });
  }
  deps.audit.flush();
  deps.store.set(RETENTION_YEAR_KEY, String(toHijri(riyadhDate(deps.now)).year));
  return { anonymised, done: true };
}
