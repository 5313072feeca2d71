// In-memory fakes of the ports a use case runs on (register, sequences, clock, store, mailer), and one
// organisation wired over them with the real outbox and audit trail: what a middle-layer test starts from.
import type { Register, Row, Sequences, TabKey } from '../../src/ports';
import type { RegisterConfig, StaffMember } from '../../src/app/config';
import { AuditTrail } from '../../src/app/audit';
import { Outbox } from '../../src/app/notify/outbox';
import { workCalendar, type Holiday } from '../../src/domain/time';
import { PROFILES } from '../../src/profiles';
import { FakeClock, FakeMailer, MemoryRegister, MemoryStore, MemoryTable } from '../app/schedule/fakes';

export { FakeClock, FakeMailer, MemoryRegister, MemoryStore, MemoryTable };

/** Never-reused counters; a number asked again with the same key (a replayed response) is the same. */
export class MemorySequences implements Sequences {
  readonly counters = new Map<string, number>();
  readonly reserved = new Map<string, number>();
  next(name: string, key?: string | null): number {
    const slot = key ? `${name}:${key}` : null;
    if (slot && this.reserved.has(slot)) return this.reserved.get(slot)!;
    const n = (this.counters.get(name) ?? 0) + 1;
    this.counters.set(name, n);
    if (slot) this.reserved.set(slot, n);
    return n;
  }
}

export const OFFICER = 'officer.noura@gmail.com';
export const MANAGER = 'manager.abdullah@gmail.com';
export const FOLLOW = 'followup.muna@gmail.com';

export const member = (email: string, name: string, role: StaffMember['role'], more: Partial<StaffMember> = {}): StaffMember => ({
  email, name, role, categories: [], domains: [], committees: [], policyAck: true, ...more,
});

/** The staff of the use-case tests: an officer, a follow-up committee member, a manager. */
export const STAFF: StaffMember[] = [
  member(OFFICER, 'نورة العتيبي', 'officer'),
  member(FOLLOW, 'منى الشهري', 'committee_member', { committees: ['follow_up'] }),
  member(MANAGER, 'عبدالله المطيري', 'manager'),
];

export interface Organisation {
  register: MemoryRegister;
  sequences: MemorySequences;
  clock: FakeClock;
  store: MemoryStore;
  mailer: FakeMailer;
  outbox: Outbox;
  audit: AuditTrail;
  config: RegisterConfig;
  /** The rows of a tab as stored. */
  rows(tab: TabKey): Row[];
}

/** An organisation on a profile, its register empty, the clock at 09:00 Riyadh on `day` (a Sunday by default). */
export function organisation(
  options: { profile?: string; day?: string; staff?: StaffMember[]; holidays?: Holiday[]; settings?: Record<string, string> } = {},
): Organisation {
  const register = new MemoryRegister();
  const clock = FakeClock.at(options.day ?? '2026-11-22', 9);
  const store = new MemoryStore();
  const mailer = new FakeMailer(100);
  const profile = PROFILES[options.profile ?? 'esrar'];
  return {
    register,
    sequences: new MemorySequences(),
    clock,
    store,
    mailer,
    outbox: new Outbox(register.table('outbox'), mailer, clock, store),
    audit: new AuditTrail(register as Register, clock),
    config: {
      profile,
      staff: options.staff ?? STAFF,
      calendar: workCalendar({ holidays: options.holidays ?? [] }),
      settings: options.settings ?? {},
      managerEmail: MANAGER,
      senderName: profile.name.ar,
    },
    rows: (tab) => register.table(tab).rows,
  };
}
