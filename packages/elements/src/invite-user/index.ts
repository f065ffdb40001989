/** `<gate-invite-user>` without registering it. */
export { GateInviteUser, withRoleChoices } from './invite-user.element.js';
export { inviteUserTexts } from './invite-user.texts.js';
