/**
 * `@gatehouse/elements/sessions/react`: `<gate-sessions>` as a React component, alone. A lazy route that imports it
 * loads this element and nothing of the others; register the tag with `@gatehouse/elements/sessions/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GateSessions as GateSessionsElement,
  type SessionsOutput,
  type SessionsView,
} from './sessions.element.js';

/** `<gate-sessions>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateSessions = /* @__PURE__ */ flowComponent<GateSessionsElement, SessionsView, SessionsOutput>(
  'gate-sessions',
  GateSessionsElement,
  'GateSessions',
);
