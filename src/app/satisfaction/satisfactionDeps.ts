// What the satisfaction use cases need, and the survey log's kinds as the register shows them.
import type { CellsOf, Clock, KeyValueStore, Register } from '../../ports';
import type { RegisterConfig } from '../config';
import type { AuditTrail } from '../audit';
import type { Outbox } from '../notify/outbox';
import type { PublishedForm } from '../../ports/forms';
import type { SentSurvey, SurveyKind } from '../../domain/satisfaction';
import type { IsoDate } from '../../domain/time';
import { t } from '../../i18n';

export interface SatisfactionDeps {
  register: Register;
  clock: Clock;
  audit: AuditTrail;
  outbox: Outbox;
  config: RegisterConfig;
  form: PublishedForm | undefined;
  /** Where the survey run keeps the last day it finished (so it looks back only from there); without it,
   *  every delivered case is looked at. */
  store?: KeyValueStore;
}

/** A logged row is a survey sent (after a service, or periodic) or a response that came without a known reference. */
export type LogKind = SurveyKind | 'response_only';

export const kindLabel = (kind: LogKind): string => t(`satisfaction.kind.${kind}`);

export function kindOf(row: CellsOf<'surveys'>): LogKind | null {
  const label = String(row.kind ?? '');
  return (['after_service', 'periodic', 'response_only'] as const).find((k) => k === label || kindLabel(k) === label) ?? null;
}

/** The survey log as the domain's plan reads it. */
export function sentSurveys(rows: Array<{ row: CellsOf<'surveys'> }>): SentSurvey[] {
  const sent: SentSurvey[] = [];
  for (const { row } of rows) {
    const kind = kindOf(row);
    if (kind === 'after_service' || kind === 'periodic') {
      sent.push({ kind, caseId: row.case_no ? String(row.case_no) : undefined, sentOn: String(row.sent_on) as IsoDate });
    }
  }
  return sent;
}
