// Messages to a program registrant on the channel agreed with them: the consent they gave on the
// beneficiaries tab (found by national ID or mobile) when they are known there, else e-mail when they gave
// one, else a task for the programs manager to call them (the registrant has no contact officer of their own).
import type { OutboxEntry } from '../notify/outbox';
import type { CellsOf, ColumnOf, Register } from '../../ports';
import type { RegisterConfig } from '../config';
import { toBeneficiary } from '../notify/caseMessages';
import { knownPerson, reachOfRegistrant } from '../notify/channels';
import { listIdOf } from '../register/lists';
import { t } from '../../i18n';

export interface Registrant {
  regNo: string;
  name: string;
  email: string | null;
  nationalId?: string | null;
  mobile?: string | null;
}

/** What a short channel carries: the notice in a few words (SMS and the WhatsApp template's {{3}}), and a
 *  link kept whole after it. */
export interface ProgramNotice {
  notice: string;
  link?: string;
}

export function toRegistrant(
  deps: { config: RegisterConfig; register: Register },
  who: Registrant,
  kind: string,
  mail: { subject: string; paragraphs: string[]; facts?: Array<[string, string]> },
  short: ProgramNotice,
): OutboxEntry {
  const { profile } = deps.config;
  const person = knownPerson(deps.register.table('beneficiaries'), { nationalId: who.nationalId, mobile: who.mobile });
  // The reply channel agreed on their latest request (SR-5) is the one agreed with them.
  const latest = person?.beneficiary_id ? deps.register.table('cases').findAllBy('beneficiary_id', String(person.beneficiary_id)).at(-1)?.row ?? null : null;
  const agreed = latest ? listIdOf('replyChannel', latest.reply_channel, profile) : null;
  const reach = reachOfRegistrant(profile, person, who.email, agreed);
  const name = who.name || '—';
  return toBeneficiary(
    profile,
    { caseNo: who.regNo, name, email: who.email, replyChannel: reach.preferred, officerEmail: null, mobile: who.mobile ?? reach.mobile, accepted: reach.accepted, optedOut: reach.optedOut },
    kind,
    { ...mail, facts: [[t('programs.fact.regNo'), who.regNo], ...(mail.facts ?? [])] },
    deps.config.managerEmail,
    {
      // The number (and a link) after the words, never cut; a long program name is cut at a word instead.
      sms: t('sms.program', { org: profile.name.ar, notice: short.notice }),
      tail: [t('sms.program.ref', { regNo: who.regNo }), short.link ?? ''].filter(Boolean).join(' '),
      ...(short.link ? { maxParts: 4 } : {}),
      whatsapp: { kind: 'program', params: [name, who.regNo, short.link ? `${short.notice}: ${short.link}` : short.notice] },
    },
    deps.config.settings,
  );
}

/** The registrant of a registrations row. */
export function registrantOf(regNo: string, row: CellsOf<'registrations'>): Registrant {
  const text = (key: ColumnOf<'registrations'>) => (row[key] ? String(row[key]) : null);
  return { regNo, name: String(row.full_name ?? ''), email: text('email'), nationalId: text('national_id'), mobile: text('mobile') };
}
