/**
 * The `gate-*` DOM events every element emits. All bubble and are composed, so a host listens on any
 * ancestor (or `document`) even though the elements render in shadow roots.
 */

/** One problem with user data, as the forms engine reports it (`path` is a JSON Pointer). */
export interface GateIssue {
  path: string;
  code: string;
  params?: Record<string, unknown>;
  message?: string;
}

/** `gate-submit`: a `<gate-form>` passed validation; `value` is the cleaned data (hidden fields omitted). */
export interface GateSubmitDetail {
  value: Record<string, unknown>;
}

/** `gate-change`: a field of a `<gate-form>` changed; `missing` lists the required fields still empty. */
export interface GateChangeDetail {
  pointer: string;
  value: Record<string, unknown>;
  missing: string[];
}

/**
 * `gate-step`: a flow element moved to another step. Route on `view`: the element's public step, one of its
 * documented list (`LoginView`, `RegistrationView`, …), stable across releases. `step` is the machine's state path
 * (dotted when nested, e.g. `mfaChallenge.awaitingCode`): finer, and tied to the machine's internals.
 */
export interface GateStepDetail<V extends string = string> {
  flow: string;
  view: V;
  step: string;
  previous: string | null;
}

/** `gate-form-step`: a multi-step `<gate-form>` showed another step (`index` from 0 of `count`). */
export interface GateFormStepDetail {
  step: string;
  index: number;
  count: number;
}

/** `gate-complete`: a flow reached a final state; `output` is the element's documented result (`LoginOutput`, …). */
export interface GateCompleteDetail<O = unknown> {
  flow: string;
  step: string;
  output: O;
}

/** `gate-error`: a port failed or the element was misconfigured; `code` is stable kebab-case. */
export interface GateErrorDetail {
  flow: string;
  code: string;
  message: string;
}

/** `gate-form-submitted`: the server stored a submit of a published form (`<gate-form form-id endpoint>`). */
export interface GateFormSubmittedDetail {
  /** The stored submission's id. */
  id: string;
  formId: string;
  /** The published version the data was filled in and validated with. */
  version: number;
  submittedAt: string;
}

/** Every Gatehouse event by name, for typed listeners. */
export interface GateEventMap {
  'gate-submit': CustomEvent<GateSubmitDetail>;
  'gate-change': CustomEvent<GateChangeDetail>;
  'gate-step': CustomEvent<GateStepDetail>;
  'gate-form-step': CustomEvent<GateFormStepDetail>;
  'gate-complete': CustomEvent<GateCompleteDetail>;
  'gate-error': CustomEvent<GateErrorDetail>;
  'gate-form-submitted': CustomEvent<GateFormSubmittedDetail>;
}

declare global {
  interface HTMLElementEventMap extends GateEventMap {}
}

/** Dispatches a bubbling, composed `gate-*` event from `target`; returns false when a listener cancelled it. */
export function emit<K extends keyof GateEventMap>(
  target: EventTarget,
  type: K,
  detail: GateEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }),
  );
}
