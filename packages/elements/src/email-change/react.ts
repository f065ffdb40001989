/**
 * `@gatehouse/elements/email-change/react`: `<gate-email-change>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/email-change/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  type EmailChangeOutput,
  type EmailChangeView,
  GateEmailChange as GateEmailChangeElement,
} from './email-change.element.js';

/** `<gate-email-change>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateEmailChange = /* @__PURE__ */ flowComponent<
  GateEmailChangeElement,
  EmailChangeView,
  EmailChangeOutput
>('gate-email-change', GateEmailChangeElement, 'GateEmailChange');
