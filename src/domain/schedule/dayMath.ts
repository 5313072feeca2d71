// Due dates and working-day counts remembered for one run: thousands of cases share a few hundred dates.
import { dueDate, workingDaysBetween, type IsoDate, type WorkCalendar } from '../time';
import type { ScheduledKind } from './cases';
import type { ScheduleRules } from './rules';
import { DATA_REQUEST_INTERNAL_RULE } from '../privacy/dataRequest';

export interface DayMath {
  due(startedOn: IsoDate, kind: ScheduledKind): IsoDate;
  between(from: IsoDate, to: IsoDate): number;
}

export function dayMath(cal: WorkCalendar, rules: ScheduleRules): DayMath {
  const dues = new Map<string, IsoDate>();
  const counts = new Map<string, number>();
  return {
    due(startedOn, kind) {
      const key = `${kind}${startedOn}`;
      let due = dues.get(key);
      if (due === undefined) {
        due = dueDate(startedOn, kind === 'complaint' ? rules.complaintDeadline : kind === 'data_request' ? DATA_REQUEST_INTERNAL_RULE : rules.deadline, cal);
        dues.set(key, due);
      }
      return due;
    },
    between(from, to) {
      const key = `${from}${to}`;
      let n = counts.get(key);
      if (n === undefined) {
        n = workingDaysBetween(cal, from, to);
        counts.set(key, n);
      }
      return n;
    },
  };
}
