// Public API of the scheduler's domain: marks, the day's plan, digests and the weekly summary numbers.
export { type ScheduledCase, type ScheduledKind, clockRuns } from './cases';
export {
  type ScheduleMarks, NO_MARKS, reminderMark, DUE_MARK, ESCALATION_MARK, STUDY_NOTE_MARK, parseMarks, serializeMarks,
} from './marks';
export { type ScheduleRules, type ScheduleProfileExtras, DEFAULT_RE_ESCALATION_WORKING_DAYS, scheduleRules } from './rules';
export { caseDueDate, markCase, planMarks } from './plan';
export { type DayMath, dayMath } from './dayMath';
export { type DigestLine, type DigestLineKind, type Digest, type StudyNote, type SweepMessages, sweepMessages } from './digest';
export { type WeekRange, type SatisfactionInput, type WeeklyStats, lastFullWeek, percentile, weeklyStats } from './summary';
