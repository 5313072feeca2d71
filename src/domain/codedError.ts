// Coded errors shared by every layer: thrown with a catalog key and typed parameters, worded where they are read.
import {
  fill, knownLabel, knownMessage, type Lang, type LabelKey, type MessageKey, type ParamsOf, type ParamValue, type PlaceholderOf,
} from '../i18n';

/** Every refusal names its code; the rest of the cause is detail code may read (`refusalOf`). */
export interface Refusal {
  readonly code: string;
}

/** A parameter of a coded error: a value, a label worded in the reader's language, or a list of them. */
export type ErrorParam = ParamValue | { readonly label: LabelKey } | { readonly list: readonly ErrorParam[]; readonly semicolons?: true };

/** The parameters of `K`'s message, as a coded error carries them: every placeholder, each an `ErrorParam`. */
export type ErrorParams<K extends MessageKey> = ParamsOf<K, ErrorParam>;

/** A key with placeholders needs its parameters; a key with none needs nothing. */
export type ErrorArgs<K extends MessageKey> = [PlaceholderOf<K>] extends [never] ? [params?: ErrorParams<K>] : [params: ErrorParams<K>];

/** One sentence a person is told: a catalog key and its parameters, typed where it is made, worded where it is read. */
export interface Wording {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, ErrorParam>>;
}

/** The sentence under `key`, its placeholders (checked by the compiler) filled from `params`. */
export function wording<K extends MessageKey>(key: K, ...[params]: ErrorArgs<K>): Wording {
  return { key, params: params ?? {} };
}

/** A label worded in the reader's language, as an error's parameter. */
export const label = (key: LabelKey): ErrorParam => ({ label: key });

/**
 * The one error app and domain code throws for a person to read: a code for code (`error.cause.code`, with any
 * detail beside it) and the sentences to tell, by catalog key. Its `message` is for engineers (code and key, no
 * personal data); the entry's `describeError` words it in the person's language.
 */
export class CodedError extends Error {
  readonly code: string;
  readonly wording: readonly Wording[];

  constructor(code: string, wording: Wording | readonly Wording[], detail: object = {}) {
    const sentences: readonly Wording[] = Array.isArray(wording) ? wording : [wording as Wording];
    super(`${code} (${sentences.map((w) => w.key).join(', ')})`, { cause: { ...detail, code } });
    this.name = 'CodedError';
    this.code = code;
    this.wording = sentences;
  }
}

/** The code an error carries in its cause (a coded error's; Google's own errors carry none), or null. */
export function codeOf(error: unknown): string | null {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : null;
}

/** A coded error with one sentence: `code` for code, the message under `key` for the person. */
export function failure<K extends MessageKey>(code: string, key: K, ...params: ErrorArgs<K>): CodedError {
  return new CodedError(code, wording(key, ...params));
}

function paramText(param: ErrorParam, lang: Lang): string {
  if (typeof param === 'string' || typeof param === 'number') return String(param);
  if ('label' in param) return fill(param.label, {}, lang);
  const items = param.list.map((item) => paramText(item, lang));
  return param.semicolons ? items.join(lang === 'ar' ? '؛ ' : '; ') : joinList(items, lang);
}

/** A sentence in `lang`, its labels and lists worded in that language too. */
export function sentence(w: Wording, lang: Lang = 'ar'): string {
  const params = Object.fromEntries(Object.entries(w.params).map(([name, param]) => [name, paramText(param, lang)]));
  return fill(w.key, params, lang);
}

/** What a coded error tells a person, in `lang` (Arabic by default); null for any other error. */
export function wordsOf(error: unknown, lang: Lang = 'ar'): string | null {
  return error instanceof CodedError ? error.wording.map((w) => sentence(w, lang)).join(' ') : null;
}

/** The cause of a refusal with one of `codes`, or null for any other error. */
export function refusalOf<C extends Refusal>(error: unknown, codes: readonly string[]): C | null {
  if (!(error instanceof Error)) return null;
  const cause = error.cause as { code?: unknown } | undefined;
  if (!cause || typeof cause.code !== 'string') return null;
  return codes.includes(cause.code) ? (cause as C) : null;
}

/** The members of a cause union whose `code` may be `K` (a member may carry several codes). */
export type CauseWithCode<C extends Refusal, K extends string> = C extends { readonly code: infer X } ? (K extends X ? C : never) : never;

/** For each code, the parameters of the message `${P}.${code}` its cause fills in; a code missing here is a compile error. */
export type RefusalWording<C extends Refusal, P extends string> = {
  readonly [K in C['code']]: (cause: CauseWithCode<C, K>) => ErrorParams<Extract<`${P}.${K}`, MessageKey>>;
};

/** For codes whose message has no placeholders. */
export const noParams = (): Record<never, never> => ({});

/** The codes of `C` with no message under `${P}.${code}`: never, or the compiler names them. */
type Unworded<C extends Refusal, P extends string> = Exclude<`${P}.${C['code']}`, MessageKey>;

/**
 * An area's refusal: a coded error whose sentence is the message under `${prefix}.${code}`, filled from `wording`;
 * the cause stays on it for code that reads the detail. A code without a message is a compile error.
 */
export function refusals<C extends Refusal, P extends string>(
  area: string,
  prefix: P,
  wording: RefusalWording<C, P>,
  ..._allWorded: [Unworded<C, P>] extends [never] ? [] : [missing: Unworded<C, P>]
): (cause: C) => CodedError {
  return (cause) => {
    // Each code's wording takes its own member of the cause union, read here by the code the cause carries
    // (TypeScript cannot follow that correlation: the table's type, checked above, is what holds it).
    const params = (wording[cause.code as C['code']] as unknown as (cause: C) => Readonly<Record<string, ErrorParam>>)(cause);
    const error = new CodedError(cause.code, { key: knownMessage(`${prefix}.${cause.code}`), params }, cause);
    error.message = `${area} refused: ${error.message}`;
    return error;
  };
}

/** The label of a catalog entry named by a prefix and an id from data, e.g. a status or a command. */
export function labelOf(prefix: string, id: string): ErrorParam {
  return label(knownLabel(`${prefix}.${id}`));
}

/** "From X, command Y" of an illegal transition, with both named as the area's catalog names them. */
export function transitionParams(areaPrefix: string, cause: { from: string; command: string }): { from: ErrorParam; command: ErrorParam } {
  return { from: labelOf(`${areaPrefix}.status`, cause.from), command: labelOf(`${areaPrefix}.command`, cause.command) };
}

/** A damaged history: the state it was in, named as the area's catalog names it, and the event that cannot follow. */
export function corruptHistoryParams(areaPrefix: string, cause: { from: string; event: string }): { from: ErrorParam; event: ErrorParam } {
  return { from: labelOf(`${areaPrefix}.status`, cause.from), event: cause.event };
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
