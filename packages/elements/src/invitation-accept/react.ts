/**
 * `@gatehouse/elements/invitation-accept/react`: `<gate-invitation-accept>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/invitation-accept/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import {
  GateInvitationAccept as GateInvitationAcceptElement,
  type InvitationAcceptOutput,
  type InvitationAcceptView,
} from './invitation-accept.element.js';

/** `<gate-invitation-accept>` as a React component (`ports` or `endpoint`; `onGateStep`, `onGateComplete`, `onGateError`). */
export const GateInvitationAccept = /* @__PURE__ */ flowComponent<
  GateInvitationAcceptElement,
  InvitationAcceptView,
  InvitationAcceptOutput
>('gate-invitation-accept', GateInvitationAcceptElement, 'GateInvitationAccept');
