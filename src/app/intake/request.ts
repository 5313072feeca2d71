// The intake's ports, a submission as it arrives (the form's or a staff entry's), and what became of it.
import type { Clock, Register, ResponseLedger, Sequences } from '../../ports';
import type { RegisterConfig } from '../config';
import type { AuditTrail } from '../audit';
import type { Outbox } from '../notify/outbox';
import type { RequestAnswers } from '../../domain/intake/evaluate';
import type { CaseStatus } from '../../domain/case';
import type { IsoDate } from '../../domain/time';
import type { BeneficiaryIndex } from './beneficiaryIndex';

export interface IntakeDeps {
  register: Register;
  sequences: Sequences;
  clock: Clock;
  outbox: Outbox;
  audit: AuditTrail;
  config: RegisterConfig;
  /** The service request form's public link, for "complete your request here". */
  formUrl: string;
  /** The status page's link (the web app, once deployed), which the acknowledgement carries. */
  statusUrl?: string | null;
  /** The responses begun: without it, every form response is searched for in the register first. */
  ledger?: ResponseLedger;
  /** The beneficiaries' lookup index (the hidden lookup tab): without it, the columns are searched whole. */
  index?: BeneficiaryIndex;
}

export interface IntakeRequest {
  /** The form response id (idempotency key); null for a staff entry. */
  responseId: string | null;
  channel: string;
  answers: RequestAnswers;
  actor: string;
  receivedAt: Date;
}

export type IntakeOutcome =
  | { kind: 'already_recorded'; caseNo: string }
  | { kind: 'blank' }
  | { kind: 'created' | 'updated'; caseNo: string; status: CaseStatus; missing: string[]; dueDate: IsoDate | null };
