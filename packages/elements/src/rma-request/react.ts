/**
 * `@gatehouse/elements/rma-request/react`: `<gate-rma-request>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/rma-request/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GateRmaRequest as GateRmaRequestElement,
  type RmaRequestOutput,
  type RmaRequestView,
} from './rma-request.element.js';

/** `<gate-rma-request>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateRmaRequest = /* @__PURE__ */ flowComponent<
  GateRmaRequestElement,
  RmaRequestView,
  RmaRequestOutput
>('gate-rma-request', GateRmaRequestElement, 'GateRmaRequest');
