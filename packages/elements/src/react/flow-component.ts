/**
 * What every React wrapper shares: the flow events as `onGate…` props and the factory around `@lit/react`'s
 * `createComponent`. Each element's wrapper lives beside the element (`<element>/react.ts`) and imports only this
 * and its own element, so a bundler that splits a lazy route keeps the other elements out of that route.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { GateCompleteDetail, GateErrorDetail, GateStepDetail } from '../common/events.js';

/** The events of a flow element as React props, typed with its public steps `V` and its output `O`. */
export type FlowEvents<V extends string, O> = {
  onGateStep: EventName<CustomEvent<GateStepDetail<V>>>;
  onGateComplete: EventName<CustomEvent<GateCompleteDetail<O>>>;
  onGateError: EventName<CustomEvent<GateErrorDetail>>;
};

/** The events of every flow element, as React props (`onGateStep`, `onGateComplete`, `onGateError`). */
const flowEvents = {
  onGateStep: 'gate-step',
  onGateComplete: 'gate-complete',
  onGateError: 'gate-error',
};

/** A flow element as a React component: its properties, and the flow events as `onGate…` props. */
export function flowComponent<I extends HTMLElement, V extends string = string, O = unknown>(
  tagName: string,
  elementClass: new () => I,
  displayName: string,
) {
  return createComponent({
    react: React,
    tagName,
    elementClass,
    displayName,
    events: flowEvents as FlowEvents<V, O>,
  });
}
