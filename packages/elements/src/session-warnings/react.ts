/**
 * `@gatehouse/elements/session-warnings/react`: `<gate-session-warnings>` as a React component, alone; register the
 * tag with `@gatehouse/elements/session-warnings/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import { GateSessionWarnings as GateSessionWarningsElement } from './session-warnings.element.js';

/** `<gate-session-warnings>` as a React component (a signed-in page's banner for the session's warnings). */
export const GateSessionWarnings = /* @__PURE__ */ flowComponent(
  'gate-session-warnings',
  GateSessionWarningsElement,
  'GateSessionWarnings',
);
