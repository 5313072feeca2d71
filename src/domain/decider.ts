// The shape every lifecycle of the policy shares (Dudycz's Decider: decide → events, evolve → state), and the one
// way commands run through one: each command decided on the state the ones before it left.

/** A lifecycle: what a command produces from a state, and what an event makes of a state. `Context` is what a
 *  decider must know beyond the state (a registration decides against its program); most need none. */
export interface Decider<Command, Event, State, Context = undefined> {
  decide(command: Command, state: State, context: Context): readonly Event[];
  evolve(state: State, event: Event): State;
  readonly initialState: State;
}

/** The state the commands led to and the events they produced, in order. */
export interface Decided<Event, State> {
  readonly state: State;
  readonly events: readonly Event[];
}

/** Runs the commands in order; a refused command throws the decider's error and nothing is decided. */
export function runCommands<Command, Event, State, Context>(
  decider: Decider<Command, Event, State, Context>,
  state: State,
  commands: readonly Command[],
  context: Context,
): Decided<Event, State> {
  const events: Event[] = [];
  let current = state;
  for (const command of commands) {
    const produced = decider.decide(command, current, context);
    events.push(...produced);
    current = produced.reduce((s, e) => decider.evolve(s, e), current);
  }
  return { state: current, events };
}
