/**
 * `@gatehouse/elements/password-change/react`: `<gate-password-change>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/password-change/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GatePasswordChange as GatePasswordChangeElement,
  type PasswordChangeOutput,
  type PasswordChangeView,
} from './password-change.element.js';

/** `<gate-password-change>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GatePasswordChange = /* @__PURE__ */ flowComponent<
  GatePasswordChangeElement,
  PasswordChangeView,
  PasswordChangeOutput
>('gate-password-change', GatePasswordChangeElement, 'GatePasswordChange');
