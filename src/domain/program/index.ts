// Programs and activities (PR) public surface: program, announcement, registration decider, attendance, evaluation, report.
export { type Program, checkProgram, ageOn, announcementText, receiptText } from './program';
export * from './registration';
export {
  type AttendanceRecord, MIN_DAYS_ATTENDED, dailyAttendance, daysAttended, evaluationRecipients, evaluationDue,
} from './attendance';
export { PROGRAM_EVALUATION_ITEMS, programReportDoc } from './report';
export {
  PROGRAM_ERROR_CODES, programError, programErrorCause, type ProgramErrorCode, type ProgramErrorCause,
} from './errors';
