// Complaints (CM) public surface: states, commands, the decider, its refusals and the managers' summary.
export * from './types';
export { allowedComplaintCommands, decideComplaint, evolveComplaint, replayComplaint, complaintDecider, isComplaintChannel } from './decider';
export {
  COMPLAINT_ERROR_CODES, complaintError, complaintErrorCause,
  type ComplaintErrorCode, type ComplaintErrorCause, type ComplaintField,
} from './errors';
export { complaintSummary, complaintDueDate, type ComplaintSummary, type OpenComplaint } from './summary';
