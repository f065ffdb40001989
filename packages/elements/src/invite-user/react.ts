/**
 * `@gatehouse/elements/invite-user/react`: `<gate-invite-user>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/invite-user/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GateInviteUser as GateInviteUserElement,
  type InviteUserOutput,
  type InviteUserView,
} from './invite-user.element.js';

/** `<gate-invite-user>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateInviteUser = /* @__PURE__ */ flowComponent<
  GateInviteUserElement,
  InviteUserView,
  InviteUserOutput
>('gate-invite-user', GateInviteUserElement, 'GateInviteUser');
