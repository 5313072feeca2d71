// Public API of the privacy domain: who looked, and the breach clock.
export { UNUSUAL_LOOKS_PER_WEEK, auditableQuery, unusualLooks, type CaseLook } from './looks';
export { NOTIFY_WITHIN_HOURS, BREACH_REMINDERS, type BreachMark, notifyBy, parseMarks, dueReminder, hoursLeft, riyadhInstant } from './breach';
export { type ReportPeriod, quarterPeriod, yearPeriod, quarterOf, parsePeriod, endedPeriods } from './period';
export { DATA_REQUEST_KINDS, type DataRequestKind, DATA_REQUEST_DAYS, DATA_REQUEST_MARGIN_DAYS, DATA_REQUEST_INTERNAL_RULE, dataRequestDeadline } from './dataRequest';
