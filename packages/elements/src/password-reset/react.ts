/**
 * `@gatehouse/elements/password-reset/react`: `<gate-password-reset>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/password-reset/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GatePasswordReset as GatePasswordResetElement,
  type PasswordResetOutput,
  type PasswordResetView,
} from './password-reset.element.js';

/** `<gate-password-reset>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GatePasswordReset = /* @__PURE__ */ flowComponent<
  GatePasswordResetElement,
  PasswordResetView,
  PasswordResetOutput
>('gate-password-reset', GatePasswordResetElement, 'GatePasswordReset');
