// The register's configuration for one execution: the profile, staff, calendar and settings tabs.
import type { Clock, ConfigCache, KeyValueStore, Register, Row, ShippedDataSource, StaffRole } from '../ports';
import { profileById } from '../profiles/lookup';
import type { Profile } from '../profiles/schema';
import { workCalendar, type Holiday, type IsoDate, type WorkCalendar } from '../domain/time';
import { splitList } from '../domain/text';
import { listIdOf, listLabel } from './register/lists';
import { failure } from '../domain/codedError';

export interface StaffMember {
  email: string;
  name: string;
  role: StaffRole;
  categories: string[];
  domains: string[];
  committees: string[];
  policyAck: boolean;
}

export interface RegisterConfig {
  profile: Profile;
  staff: StaffMember[];
  calendar: WorkCalendar;
  settings: Record<string, string>;
  managerEmail: string;
  senderName: string;
}

export const PROFILE_ID_KEY = 'PROFILE_ID';

/** The id of the organisation's profile, chosen at setup; NOT_SET_UP before setup ran. */
export function profileIdOf(store: KeyValueStore): string {
  const id = store.get(PROFILE_ID_KEY);
  if (!id) throw failure('NOT_SET_UP', 'register.error.notSetUp');
  return id;
}

/** Role labels in the staff tab are Arabic (the dropdown); ids are accepted too. */
export function roleFromCell(value: Row[string]): StaffRole | null {
  return listIdOf('role', value);
}

interface ConfigTabs {
  settings: Record<string, string>;
  staff: StaffMember[];
  holidays: Holiday[];
}

function readConfigTabs(register: Register): ConfigTabs {
  const settings: Record<string, string> = {};
  for (const { row } of register.table('settings').readAll()) if (row.key) settings[String(row.key)] = String(row.value ?? '');
  const staff: StaffMember[] = register
    .table('staff')
    .readAll()
    .filter(({ row }) => row.email)
    .map(({ row }) => ({
      email: String(row.email).trim().toLowerCase(),
      name: String(row.name ?? ''),
      role: roleFromCell(row.role) ?? 'officer',
      categories: splitList(row.categories),
      domains: splitList(row.domains),
      committees: splitList(row.committees),
      policyAck: String(row.policy_ack ?? '') === listLabel('ack', 'yes'),
    }));
  const holidays: Holiday[] = register
    .table('holidays')
    .readAll()
    .filter(({ row }) => row.from && row.to)
    .map(({ row }) => ({ name: String(row.name ?? ''), from: String(row.from) as IsoDate, to: String(row.to) as IsoDate, source: String(row.source ?? '') }));
  return { settings, staff, holidays };
}

/** What one execution reads its configuration from. */
export interface ConfigSources {
  register: Register;
  store: KeyValueStore;
  configCache?: ConfigCache;
  shipped: ShippedDataSource;
  /** With a clock, a cached configuration older than CONFIG_REFRESH_MS is put again on a hit (see below). */
  clock?: Clock;
}

/** CacheService keeps a value six hours at most: a hit on one older than this is put again (one Cache.put, at most
 *  every three hours), so the first submission after the morning sweep's put expires does not read the three
 *  tabs again. An edit of those tabs still drops it, as before. */
export const CONFIG_REFRESH_MS = 3 * 3_600_000;

/** What the configuration cache holds: the profile (read from its data file) and the three tabs. */
interface CachedConfig {
  /** Missing in a cache written by an older version, which held the tabs alone. */
  profile?: Profile;
  tabs: ConfigTabs;
  /** When it was put (ms); missing in a cache written by an older version (then put again on a hit). */
  putAt?: number;
}

/** The configuration for this execution: from the cache when it holds it for the register's
 *  profile, else the profile from the shipped data (build/data.html) and the tabs from the register. */
export function loadConfig({ register, store, configCache, shipped, clock }: ConfigSources): RegisterConfig {
  const id = profileIdOf(store);
  const raw = configCache?.get();
  let cached = raw ? (JSON.parse(raw) as CachedConfig) : null;
  const nowMs = clock?.now().getTime();
  if (cached?.profile?.id !== id) {
    cached = { profile: profileById(shipped.read().profiles, id), tabs: readConfigTabs(register), putAt: nowMs };
    configCache?.put(JSON.stringify(cached));
  } else if (nowMs !== undefined && nowMs - (cached.putAt ?? 0) >= CONFIG_REFRESH_MS) {
    cached = { ...cached, putAt: nowMs };
    configCache?.put(JSON.stringify(cached));
  }
  const { tabs } = cached;
  const profile = cached.profile ?? profileById(shipped.read().profiles, id);
  return {
    profile,
    staff: tabs.staff,
    calendar: workCalendar({ holidays: tabs.holidays }),
    settings: tabs.settings,
    managerEmail: tabs.settings.manager_email ?? '',
    senderName: tabs.settings.reply_from_name || profile.name.ar,
  };
}

/** The officer rule lives in the domain (src/domain/intake/officer.ts); kept here for the callers of config. */
export { assignOfficer } from '../domain/intake/officer';

/** A committee's members as the staff tab lists them, with their roles on it by position: the first
 *  listed chairs, the last records (when there are three or more), the others are members. A committee
 *  member who lists no committee sits on all of them (small organisations have one). */
export function committeeMembers(staff: readonly StaffMember[], committee: { id: string; nameAr: string; memberRoles: string[] }): Array<{ name: string; email: string; role: string }> {
  const members = staff.filter(
    (s) => s.role === 'committee_member' && (s.committees.length === 0 || s.committees.includes(committee.id) || s.committees.includes(committee.nameAr)),
  );
  const roles = committee.memberRoles;
  const roleOf = (i: number) => (i === 0 ? roles[0] : i === members.length - 1 && members.length > 2 ? roles[roles.length - 1] : roles[Math.min(1, roles.length - 1)]);
  return members.map((m, i) => ({ name: m.name || m.email, email: m.email, role: roleOf(i) ?? '' }));
}

/** The committee's secretary (مقرر: the last of its roles, which its last member of three or more holds), else its
 *  first member; null when the staff tab lists none. Answers to the committee's mail reach them. */
export function committeeSecretary(staff: readonly StaffMember[], committee: { id: string; nameAr: string; memberRoles: string[] }): { name: string; email: string; role: string } | null {
  const members = committeeMembers(staff, committee);
  const secretaryRole = committee.memberRoles[committee.memberRoles.length - 1];
  return members.find((m, i) => i > 0 && m.role === secretaryRole) ?? members[0] ?? null;
}
