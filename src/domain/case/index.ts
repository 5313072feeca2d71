// The case lifecycle's public surface: states, commands, events, the decider and its errors.
export * from './state';
export * from './commands';
export * from './events';
export { allowedCommands, decide, evolve, replay, caseDecider, OPEN_STATUSES } from './decider';
export { commandForStatusChange } from './statusEdits';
export {
  CASE_ERROR_CODES,
  caseError,
  caseErrorCause,
  type CaseErrorCode,
  type CaseErrorCause,
  type CaseField,
} from './errors';
