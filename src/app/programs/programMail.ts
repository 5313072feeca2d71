// Messages to a program registrant: by email when they gave one, otherwise a task for the programs
// manager to call them (the registrant has no contact officer of their own).
import type { OutboxEntry } from '../notify/outbox';
import type { RegisterConfig } from '../config';
import { toBeneficiary } from '../notify/caseMessages';
import { t } from '../../i18n';

export interface Registrant {
  regNo: string;
  name: string;
  email: string | null;
}

export function toRegistrant(
  config: RegisterConfig,
  who: Registrant,
  kind: string,
  mail: { subject: string; paragraphs: string[]; facts?: Array<[string, string]> },
): OutboxEntry {
  return toBeneficiary(
    config.profile,
    { caseNo: who.regNo, name: who.name || '—', email: who.email, replyChannel: who.email ? 'email' : 'phone', officerEmail: null },
    kind,
    { ...mail, facts: [[t('programs.fact.regNo'), who.regNo], ...(mail.facts ?? [])] },
    config.managerEmail,
  );
}
