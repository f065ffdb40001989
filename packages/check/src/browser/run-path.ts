import type { AnyActorLogic, EventObject } from 'xstate';
import { fromJsonValue } from '../generate/json-value.js';
import { stepText } from '../generate/step-text.js';
import type { GeneratedPath, GeneratedStep, GeneratedSuite } from '../generate/suite.js';
import { type RecordingPorts, recordingPorts } from './recording-ports.js';

/** What a state assertion and an action get besides the page. */
export interface StepContext {
  step: GeneratedStep;
  /** The step's index in the path (0 is the initial state). */
  index: number;
  path: GeneratedPath;
  /** Every port call the page made so far (their inputs can be asserted). */
  ports: RecordingPorts;
}

/**
 * How a generated suite drives one page: how to mount it, how to perform each event of the model, and
 * what must hold in each state. The runner retries a state's assertion until it holds (or `timeout`), so
 * an assertion must tell the state apart from its neighbours (e.g. "the form is busy" for a port call).
 */
export interface PageAdapter<TPage = unknown> {
  /** Mounts the page with the recording ports and the model's input; returns what actions receive. */
  mount(setup: { ports: Record<string, AnyActorLogic>; input: unknown }): TPage | Promise<TPage>;
  /** Removes the page after a path (pass or fail). */
  unmount?(page: TPage): unknown;
  /** Per event type of the model: performs the event on the page (a click, typing, a property). */
  events?: Record<string, (page: TPage, event: EventObject, context: StepContext) => unknown>;
  /** Per delay name: makes a timer fire; without one the runner waits for the page's own clock. */
  timers?: Record<string, (page: TPage, event: EventObject, context: StepContext) => unknown>;
  /**
   * Per dotted state name (`mfaChallenge.awaitingCode`): throws unless the page shows that state. A
   * parent's name covers its children; `*` covers every state without its own entry.
   */
  states: Record<string, (page: TPage, context: StepContext) => unknown>;
  /** How long a state's assertion may keep failing before the path fails (default 3000 ms). */
  timeout?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The assertion for a state: its own, else the nearest parent's, else `*`. */
function assertionFor<TPage>(adapter: PageAdapter<TPage>, state: string) {
  for (let name = state; name; name = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '') {
    const assertion = adapter.states[name];
    if (assertion) return assertion;
  }
  const any = adapter.states['*'];
  if (any) return any;
  throw new Error(`the adapter has no assertion for state "${state}" (add states["${state}"] or a parent's)`);
}

/** Retries `attempt` until it passes or `ms` passed; then throws its last error. */
async function eventually(attempt: () => unknown, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await attempt();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await sleep(15);
    }
  }
}

async function perform<TPage>(
  adapter: PageAdapter<TPage>,
  page: TPage,
  context: StepContext,
  timeout: number,
): Promise<void> {
  const { step, ports } = context;
  const event = fromJsonValue(step.event) as EventObject & { output?: unknown; error?: unknown };
  if (step.via === 'actor') {
    const port = step.port as string;
    await eventually(() => {
      if (!ports.waiting(port)) throw new Error(`the page never called the port "${port}"`);
    }, timeout);
    const call = ports.waiting(port) as NonNullable<ReturnType<RecordingPorts['waiting']>>;
    call.answered = true;
    if (event.type.startsWith('xstate.error.actor.')) call.reject(event.error);
    else call.resolve(event.output);
    return;
  }
  if (step.via === 'timer') {
    const delay = event.type.replace(/^xstate\.after\./, '').split('.')[0] as string;
    await adapter.timers?.[delay]?.(page, event, context);
    return;
  }
  const action = adapter.events?.[event.type];
  if (!action)
    throw new Error(`the adapter has no action for event "${event.type}" (add events["${event.type}"])`);
  await action(page, event, context);
}

/**
 * Runs one generated path on a fresh page: mounts it with recording ports, checks the initial state, then
 * for every step performs it (the page acts, a port answers, or a timer fires) and waits until the page
 * shows the step's state. Rejects with the step number, what was done and what did not hold.
 */
export async function runPath<TPage>(
  adapter: PageAdapter<TPage>,
  suite: GeneratedSuite,
  path: GeneratedPath,
): Promise<void> {
  const timeout = adapter.timeout ?? 3000;
  const ports = recordingPorts(suite.ports);
  const page = await adapter.mount({ ports: ports.logic, input: fromJsonValue(suite.input) });
  try {
    for (const [index, step] of path.steps.entries()) {
      const context: StepContext = { step, index, path, ports };
      const assertion = assertionFor(adapter, step.state);
      try {
        if (index > 0) await perform(adapter, page, context, timeout);
        await eventually(() => assertion(page, context), timeout);
      } catch (error) {
        const did = index === 0 ? 'at the start' : `after ${stepText(step)}`;
        const message = `step ${index} of "${path.name}": ${did}, expected state "${step.state}": ${(error as Error).message}`;
        throw Object.assign(new Error(message, { cause: error }), { step: index, state: step.state });
      }
    }
  } finally {
    await adapter.unmount?.(page);
  }
}
