/**
 * `@gatehouse/elements/login/react`: `<gate-login>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/login/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import { GateLogin as GateLoginElement, type LoginOutput, type LoginView } from './login.element.js';

/** `<gate-login>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateLogin = /* @__PURE__ */ flowComponent<GateLoginElement, LoginView, LoginOutput>(
  'gate-login',
  GateLoginElement,
  'GateLogin',
);
