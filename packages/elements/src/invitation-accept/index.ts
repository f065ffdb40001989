/** `<gate-invitation-accept>` without registering it. */
export { GateInvitationAccept } from './invitation-accept.element.js';
export { invitationAcceptTexts } from './invitation-accept.texts.js';
