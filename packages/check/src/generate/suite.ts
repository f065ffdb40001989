/**
 * The data a generated browser suite runs: test paths over the explored graph, each step saying what
 * happens (an event the page performs, a timer, or a port answering) and which state the page must show
 * next. Plain JSON, written by `gatehouse-check generate` and read by the browser runner.
 */

/** An event as JSON: errors inside it are written as `{ "$error": { name, message, … } }`. */
export interface GeneratedEvent {
  type: string;
  [key: string]: unknown;
}

/** One step of a generated path. */
export interface GeneratedStep {
  event: GeneratedEvent;
  /** The state the machine is in after the step, dotted (`mfaChallenge.awaitingCode`). */
  state: string;
  /** `timer`: a delayed event fires on the page's clock; `actor`: a port answers; absent: the page acts. */
  via?: 'timer' | 'actor' | string;
  /** For `via: 'actor'`: the port (invoke `src`) that answers. */
  port?: string;
  /** Set when the machine is no longer `active` (`done`). */
  status?: string;
}

/** One generated test: a unique readable name and its steps (the first is `xstate.init`). */
export interface GeneratedPath {
  name: string;
  steps: GeneratedStep[];
}

/** A whole generated suite. */
export interface GeneratedSuite {
  /** The model's name. */
  model: string;
  /** The cover criterion the paths were chosen for. */
  cover: string;
  /** The machine's input in the model (the page must start the flow with the same). */
  input?: unknown;
  /** Every port (invoke `src`) of the machine: the page gets a recording port for each. */
  ports: string[];
  /** What the paths cover, and what no path reaches. */
  covered: number;
  missed: string[];
  paths: GeneratedPath[];
}
