// ScriptApp fake: installable trigger builders (time-driven, form and spreadsheet), the 20-trigger
// limit per user, and the enums scripts read.
import { randomBytes } from 'crypto';
import type { ExecutionContext } from '../core/execution';
import { scriptError } from '../core/execution';
import { isValidTimeZone, zonedToUtc } from '../core/zone';
import {
  MAX_TRIGGERS_PER_USER, TOO_MANY_TRIGGERS, nextFiring, triggerSlot,
  type Schedule, type TriggerEventType, type TriggerModel, type TriggerSourceType,
} from '../core/triggers';
import type { Fake, Internal, ReferencedAuthorizationInfo, ReferencedService, ReferencedTrigger } from './gasShapes';

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE', ON_EVENT_UPDATED: 'ON_EVENT_UPDATED' } as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const;
export const WeekDay = { SUNDAY: 'SUNDAY', MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY' } as const;
const WEEK_DAYS = Object.keys(WeekDay);

const VALID_MINUTES = [1, 5, 10, 15, 30];
const VALID_HOURS = [1, 2, 4, 6, 8, 12];

/** Form, spreadsheet or id: the builders accept either. */
type SourceArg = string | { getId(): string };
const sourceId = (source: SourceArg) => (typeof source === 'string' ? source : source.getId());

/** The handles' shapes: Google's classes (sandbox/services/gasShapes.ts); the methods named give or take an enum by name. */
type FakeTrigger = Fake<ReferencedTrigger, 'getEventType' | 'getTriggerSource'> & Internal;
type FakeClockBuilder = Fake<GoogleAppsScript.Script.ClockTriggerBuilder, 'onWeekDay'> & Internal;
/** forForm, forSpreadsheet and forDocument give one builder each; the fake's is one of them. */
type FakeEventBuilder = Fake<GoogleAppsScript.Script.FormTriggerBuilder> & Fake<GoogleAppsScript.Script.SpreadsheetTriggerBuilder>
  & Fake<GoogleAppsScript.Script.DocumentTriggerBuilder> & Internal;
type FakeScriptApp = Fake<GoogleAppsScript.Script.ScriptApp, 'getAuthorizationInfo'> & Internal;

export function triggerHandle(model: TriggerModel): FakeTrigger {
  return {
    getHandlerFunction: () => model.handler,
    getUniqueId: () => model.uid,
    getEventType: () => model.eventType,
    getTriggerSource: () => model.source,
    getTriggerSourceId: () => model.sourceId,
  };
}

function install(ctx: ExecutionContext, draft: Omit<TriggerModel, 'uid' | 'owner' | 'createdMs' | 'nextMs'>) {
  ctx.call('TriggerBuilder.create');
  const slot = triggerSlot(ctx.world);
  if (slot.triggers.filter((t) => t.owner === ctx.user).length >= MAX_TRIGGERS_PER_USER) throw scriptError(TOO_MANY_TRIGGERS, 'TOO_MANY_TRIGGERS');
  const createdMs = ctx.now().getTime();
  const model: TriggerModel = {
    ...draft,
    uid: String(1_000_000 + slot.nextUid++),
    owner: ctx.user,
    createdMs,
    nextMs: draft.schedule ? nextFiring(draft.schedule, draft.timeZone, createdMs, createdMs) : null,
  };
  slot.triggers.push(model);
  return triggerHandle(model);
}

function clockBuilder(ctx: ExecutionContext, handler: string): FakeClockBuilder {
  let every: { unit: 'minutes' | 'hours' | 'days' | 'weeks'; n: number } | null = null;
  let hour: number | null = null;
  let minute: number | null = null;
  let weekDay: number | null = null;
  let monthDay: number | null = null;
  let onceMs: number | null = null;
  let timeZone = ctx.hooks.timeZone;
  const bad = (what: string) => scriptError(`Invalid argument: ${what}`, 'TRIGGER_ARGUMENT');
  const builder: FakeClockBuilder = {
    everyMinutes(n: number) {
      if (!VALID_MINUTES.includes(n)) throw scriptError('The value passed to everyMinutes() must be 1, 5, 10, 15 or 30.', 'TRIGGER_ARGUMENT');
      every = { unit: 'minutes', n };
      return builder;
    },
    everyHours(n: number) {
      if (!VALID_HOURS.includes(n)) throw scriptError('The value passed to everyHours() must be 1, 2, 4, 6, 8 or 12.', 'TRIGGER_ARGUMENT');
      every = { unit: 'hours', n };
      return builder;
    },
    everyDays(n: number) {
      if (!Number.isInteger(n) || n < 1) throw bad('days');
      every = { unit: 'days', n };
      return builder;
    },
    everyWeeks(n: number) {
      if (!Number.isInteger(n) || n < 1) throw bad('weeks');
      every = { unit: 'weeks', n };
      return builder;
    },
    atHour(h: number) {
      if (!Number.isInteger(h) || h < 0 || h > 23) throw bad('hour');
      hour = h;
      return builder;
    },
    nearMinute(m: number) {
      if (!Number.isInteger(m) || m < 0 || m > 59) throw bad('minute');
      // Google rounds to the nearest 15 minutes.
      minute = (Math.round(m / 15) * 15) % 60;
      return builder;
    },
    onWeekDay(day: string) {
      const index = WEEK_DAYS.indexOf(String(day));
      if (index < 0) throw bad('weekDay');
      weekDay = index;
      return builder;
    },
    onMonthDay(d: number) {
      if (!Number.isInteger(d) || d < 1 || d > 31) throw bad('day');
      monthDay = d;
      return builder;
    },
    at(date: Date) {
      onceMs = date.getTime();
      return builder;
    },
    atDate(year: number, month: number, day: number) {
      onceMs = zonedToUtc(year, month, day, 0, 0, 0, timeZone);
      return builder;
    },
    after(ms: number) {
      onceMs = ctx.now().getTime() + ms;
      return builder;
    },
    inTimezone(tz: string) {
      if (!isValidTimeZone(tz)) throw bad('timezone');
      timeZone = tz;
      return builder;
    },
    create() {
      return install(ctx, { handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: schedule(), timeZone });
    },
  };
  const schedule = (): Schedule => {
    if (onceMs !== null) return { kind: 'once', atMs: onceMs };
    const h = hour ?? 0;
    const m = minute ?? 0;
    if (monthDay !== null) return { kind: 'monthDay', day: monthDay, hour: h, minute: m };
    if (weekDay !== null) return { kind: 'weeks', every: every?.unit === 'weeks' ? every.n : 1, weekDay, hour: h, minute: m };
    if (!every) throw scriptError('Clock-based triggers must have a recurrence (everyMinutes, everyHours, everyDays, everyWeeks, onMonthDay) or a time (at, after).', 'TRIGGER_INCOMPLETE');
    switch (every.unit) {
      case 'minutes': return { kind: 'minutes', every: every.n };
      case 'hours': return { kind: 'hours', every: every.n, minute };
      case 'days': return { kind: 'days', every: every.n, hour: h, minute: m };
      case 'weeks': return { kind: 'weeks', every: every.n, weekDay: 1, hour: h, minute: m };
    }
  };
  return builder;
}

function eventBuilder(ctx: ExecutionContext, handler: string, source: TriggerSourceType, id: string, events: TriggerEventType[]): FakeEventBuilder {
  let eventType: TriggerEventType | null = null;
  const builder: FakeEventBuilder = {
    create() {
      if (!eventType) throw scriptError('The trigger has no event type: call onFormSubmit(), onEdit(), onOpen() or onChange() first.', 'TRIGGER_INCOMPLETE');
      return install(ctx, { handler, eventType, source, sourceId: id, schedule: null, timeZone: ctx.hooks.timeZone });
    },
  };
  const names: Record<TriggerEventType, string> = { ON_FORM_SUBMIT: 'onFormSubmit', ON_EDIT: 'onEdit', ON_OPEN: 'onOpen', ON_CHANGE: 'onChange', CLOCK: 'timeBased' };
  // Each builder has only its source's events (reference: script/form-trigger-builder, spreadsheet-trigger-builder...).
  for (const type of events) (builder as Record<string, unknown>)[names[type]] = () => ((eventType = type), builder);
  return builder;
}

/** ScriptApp as Google's reference has it (sandbox/services/gasShapes.ts). */
export function createScriptApp(ctx: ExecutionContext): FakeScriptApp {
  const slot = () => triggerSlot(ctx.world);
  return {
    AuthMode, EventType, TriggerSource, WeekDay,
    newTrigger(functionName: string): Fake<GoogleAppsScript.Script.TriggerBuilder> {
      ctx.call('ScriptApp.newTrigger');
      return {
        timeBased: () => clockBuilder(ctx, functionName),
        forForm: (form: SourceArg) => eventBuilder(ctx, functionName, 'FORMS', sourceId(form), ['ON_FORM_SUBMIT', 'ON_OPEN']),
        forSpreadsheet: (ss: SourceArg) => eventBuilder(ctx, functionName, 'SPREADSHEETS', sourceId(ss), ['ON_FORM_SUBMIT', 'ON_EDIT', 'ON_OPEN', 'ON_CHANGE']),
        forDocument: (doc: SourceArg) => eventBuilder(ctx, functionName, 'DOCUMENTS', sourceId(doc), ['ON_OPEN']),
      };
    },
    /** The current user's triggers in this project (Apps Script hides other users' triggers). */
    getProjectTriggers() {
      ctx.call('ScriptApp.getProjectTriggers');
      return slot().triggers.filter((t) => t.owner === ctx.user).map(triggerHandle);
    },
    getUserTriggers(source: SourceArg) {
      ctx.call('ScriptApp.getUserTriggers');
      const id = sourceId(source);
      return slot().triggers.filter((t) => t.owner === ctx.user && t.sourceId === id).map(triggerHandle);
    },
    deleteTrigger(trigger: { getUniqueId(): string }) {
      ctx.call('ScriptApp.deleteTrigger');
      const s = slot();
      s.triggers = s.triggers.filter((t) => t.uid !== trigger.getUniqueId());
    },
    getScriptId: () => ctx.hooks.scriptId,
    /** The web app's address once the owner deployed it (Deploy › New deployment), else null, as Google documents. */
    getService(): Fake<ReferencedService> {
      ctx.call('ScriptApp.getService');
      return {
        getUrl: () => {
          ctx.call('Service.getUrl');
          const id = (ctx.world.services.webapp as { deploymentId?: string } | undefined)?.deploymentId;
          return id ? `https://script.google.com/macros/s/${id}/exec` : null;
        },
        isEnabled: () => Boolean((ctx.world.services.webapp as { deploymentId?: string } | undefined)?.deploymentId),
      };
    },
    getOAuthToken: () => `ya29.sandbox-${randomBytes(24).toString('base64url')}`,
    getAuthorizationInfo: (): Fake<ReferencedAuthorizationInfo, 'getAuthorizationStatus'> => ({ getAuthorizationStatus: () => 'NOT_REQUIRED', getAuthorizationUrl: () => null }),
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
  };
}
