// The audit trail (RB): every staff action and system step is a row; details never hold full identifiers.
import type { Clock, Register } from '../ports';
import { t, type LabelKey } from '../i18n';
import { isolateRuns } from '../domain/text/bidi';

export type AuditAction =
  | 'case_created'
  | 'case_transition'
  | 'edit_refused'
  | 'beneficiary_created'
  | 'beneficiary_updated'
  | 'setup'
  | 'minutes_created'
  | 'mail_sent'
  | 'task_created'
  | 'case_viewed'
  // Channels (issue 16): a beneficiary stopped messages (PDPL art. 25)
  | 'beneficiary_opted_out'
  | 'beneficiary_opted_in'
  // Programs and satisfaction (issue 7: PR, SAT)
  | 'program_created'
  | 'program_registration'
  | 'program_step'
  | 'attendance_recorded'
  | 'evaluation_received'
  | 'program_report'
  | 'survey_sent'
  | 'survey_response'
  | 'field_activity'
  // Complaints, compensation, staff sign-off and data updates (issue 7)
  | 'complaint_created'
  | 'complaint_transition'
  | 'claim_created'
  | 'claim_transition'
  | 'claim_refused'
  | 'policy_acknowledged'
  | 'signoff_reminder'
  | 'data_update_applied'
  | 'data_update_to_verify'
  // The yearly archive (issue 13)
  | 'archive_run'
  // Personal data (issue 17): searches, the breach log, the record of processing
  | 'search'
  | 'breach_recorded'
  | 'breach_reminder'
  | 'breach_notified'
  | 'record_of_processing'
  // The evidence pack; requests from data subjects and what answered them; retention
  | 'evidence_pack'
  | 'data_request_recorded'
  | 'data_request_extended'
  | 'data_request_answered'
  | 'data_anonymised'
  // The lookup index's daily check (issue 13): an ID edited outside the product that another beneficiary holds
  | 'possible_duplicate'
  // A case row half written by a step that failed mid-way, written again from its state (issue 13)
  | 'case_row_repaired'
  // A batch (the committee's minutes) that failed after writing its rows: what it wrote is audited, then this (issue 13)
  | 'batch_incomplete'
  // The letters of a minutes whose batch stopped before queuing them, queued by the next minutes run (issue 13)
  | 'minutes_letters_queued';

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  caseNo?: string;
  details: string;
}

/** The actors that are not people, as staff read them in the audit tab and the case's timeline. */
const MACHINE_ACTORS: Partial<Record<string, LabelKey>> = { google_forms: 'channel.google_forms', system: 'audit.actor.system' };

function actorLabel(actor: string): string {
  const key = MACHINE_ACTORS[actor];
  return key ? t(key) : actor;
}

export class AuditTrail {
  private readonly pending: AuditEntry[] = [];

  constructor(private readonly register: Register, private readonly clock: Clock) {}

  record(entry: AuditEntry): void {
    this.pending.push(entry);
  }

  /** Writes everything recorded in this execution in one append; a reference or address among the details' Arabic
   *  words is isolated, so the cell reads it in order. A line refused by a passing fault is tried again (checked, so
   *  never written twice), and each line leaves `pending` as it is written: a flush that fails part-way keeps only
   *  the lines not yet written, and a later flush (a failed batch's, see `completeBatch`) writes those alone. */
  flush(): void {
    if (this.pending.length === 0) return;
    const now = this.clock.now();
    this.register.table('audit').append(
      this.pending.map((e) => ({ at: now, actor: actorLabel(e.actor), action: t(`audit.${e.action}`), case_no: e.caseNo ?? null, details: isolateRuns(e.details) })),
      { checked: true, written: () => void this.pending.shift() },
    );
    this.pending.length = 0;
  }
}
