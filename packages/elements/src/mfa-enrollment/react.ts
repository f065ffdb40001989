/**
 * `@gatehouse/elements/mfa-enrollment/react`: `<gate-mfa-enrollment>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/mfa-enrollment/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GateMfaEnrollment as GateMfaEnrollmentElement,
  type MfaEnrollmentOutput,
  type MfaEnrollmentView,
} from './mfa-enrollment.element.js';

/** `<gate-mfa-enrollment>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateMfaEnrollment = /* @__PURE__ */ flowComponent<
  GateMfaEnrollmentElement,
  MfaEnrollmentView,
  MfaEnrollmentOutput
>('gate-mfa-enrollment', GateMfaEnrollmentElement, 'GateMfaEnrollment');
