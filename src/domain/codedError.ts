// Coded errors shared by every domain area: raise one, read its cause back, word it from the i18n catalog, check stamps.
import { t, type Lang, type MessageKey } from '../i18n';

/** Every refusal names its code; the rest of the cause is detail entry code may show. */
export interface Refusal {
  readonly code: string;
}

/** A coded error in the shape entry code expects: `error.cause.code`. */
export function refuse<C extends Refusal>(area: string, cause: C): Error {
  return new Error(`${area} refused: ${JSON.stringify(cause)}`, { cause });
}

/** The cause of a refusal with one of `codes`, or null for any other error. */
export function refusalOf<C extends Refusal>(error: unknown, codes: readonly string[]): C | null {
  if (!(error instanceof Error)) return null;
  const cause = error.cause as { code?: unknown } | undefined;
  if (!cause || typeof cause.code !== 'string') return null;
  return codes.includes(cause.code) ? (cause as C) : null;
}

/** The parameters a message template is filled from. */
export type MessageParams = Record<string, string | number>;

/** The members of a cause union whose `code` may be `K` (a member may carry several codes). */
export type CauseWithCode<C extends Refusal, K extends string> = C extends { readonly code: infer X } ? (K extends X ? C : never) : never;

/** For each code, the message parameters its cause fills in; a code missing here is a compile error. */
export type RefusalWording<C extends Refusal> = {
  readonly [K in C['code']]: (cause: CauseWithCode<C, K>, lang: Lang) => MessageParams;
};

/** For codes whose message has no placeholders. */
export const noParams = (): MessageParams => ({});

/** An area's `describeXxxError`: the user-facing sentence for its refusal, or null for any other error. */
export type RefusalDescriber = (error: unknown, lang?: Lang) => string | null;

/**
 * The describer of an area's refusals: the message under `${keyPrefix}.${code}`, filled from `wording`,
 * or null for an error that is not one of `codes` (Arabic by default).
 */
export function refusalDescriber<C extends Refusal>(
  keyPrefix: string,
  codes: readonly C['code'][],
  wording: RefusalWording<C>,
): RefusalDescriber {
  return (error, lang = 'ar') => {
    const cause = refusalOf<C>(error, codes);
    if (!cause) return null;
    const code: C['code'] = cause.code;
    const params = (wording[code] as (cause: C, lang: Lang) => MessageParams)(cause, lang);
    return t(`${keyPrefix}.${cause.code}` as MessageKey, params, lang);
  };
}

/** The label of a catalog entry named by a prefix and an id, e.g. a status or a command. */
export function labelOf(prefix: string, id: string, lang: Lang): string {
  return t(`${prefix}.${id}` as MessageKey, {}, lang);
}

/** "From X, command Y" of an illegal transition, with both named as the area's catalog names them. */
export function transitionParams(areaPrefix: string, cause: { from: string; command: string }, lang: Lang): MessageParams {
  return { from: labelOf(`${areaPrefix}.status`, cause.from, lang), command: labelOf(`${areaPrefix}.command`, cause.command, lang) };
}

/** A damaged history: the state it was in, named as the area's catalog names it, and the event that cannot follow. */
export function corruptHistoryParams(areaPrefix: string, cause: { from: string; event: string }, lang: Lang): MessageParams {
  return { from: labelOf(`${areaPrefix}.status`, cause.from, lang), event: cause.event };
}

/**
 * `state` narrowed to one of `statuses`, or the area's refusal (told the status the state is in) thrown:
 * a command the state cannot take, or a stored event that cannot follow it.
 */
export function inStatus<State extends { readonly status: string }, S extends State['status']>(
  state: State,
  statuses: readonly S[],
  refusal: (from: State['status']) => Error,
): WithStatus<State, S> {
  if (!(statuses as readonly string[]).includes(state.status)) throw refusal(state.status);
  return state as WithStatus<State, S>;
}

/** The members of a state union that may have one of `S` as status (a member may allow several statuses). */
export type WithStatus<State extends { readonly status: string }, S extends string> =
  State extends { readonly status: infer X } ? ([Extract<X, S>] extends [never] ? never : State) : never;

/** Items joined as a sentence lists them in `lang`. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'ar' ? '، ' : ', ');
}

/** Who acted and when: every command carries it, passed in by the caller (the domain never reads a clock). */
export interface ActorStamp {
  readonly actor: string;
  readonly at: string;
}

export type StampProblem = 'ACTOR_REQUIRED' | 'INVALID_INSTANT';

// An ISO 8601 instant with a time zone, as Date.toISOString() or a Sheets timestamp converted by an adapter gives.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The stamp's problem, if any: who acted and when must both be known for the audit trail. */
export function stampProblem(stamp: ActorStamp): StampProblem | null {
  if (!stamp.actor || !stamp.actor.trim()) return 'ACTOR_REQUIRED';
  if (!ISO_INSTANT.test(stamp.at) || Number.isNaN(Date.parse(stamp.at))) return 'INVALID_INSTANT';
  return null;
}

/** The stamp events record (actor trimmed); throws the area's refusal when the stamp has a problem. */
export function checkedStamp(stamp: ActorStamp, refusal: (code: StampProblem) => Error): ActorStamp {
  const problem = stampProblem(stamp);
  if (problem) throw refusal(problem);
  return { actor: stamp.actor.trim(), at: stamp.at };
}

/** Trimmed, non-blank, without repeats, in the order given. */
export function cleanList(items: readonly string[]): string[] {
  return [...new Set(items.map((item) => item.trim()).filter((item) => item.length > 0))];
}
