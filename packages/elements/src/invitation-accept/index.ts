/** `<gate-invitation-accept>` without registering it. */
export {
  GateInvitationAccept,
  type InvitationAcceptOutput,
  type InvitationAcceptView,
} from './invitation-accept.element.js';
export { invitationAcceptTexts } from './invitation-accept.texts.js';
