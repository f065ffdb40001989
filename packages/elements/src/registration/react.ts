/**
 * `@gatehouse/elements/registration/react`: `<gate-registration>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/registration/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GateRegistration as GateRegistrationElement,
  type RegistrationOutput,
  type RegistrationView,
} from './registration.element.js';

/** `<gate-registration>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateRegistration = /* @__PURE__ */ flowComponent<
  GateRegistrationElement,
  RegistrationView,
  RegistrationOutput
>('gate-registration', GateRegistrationElement, 'GateRegistration');
