/** `<gate-invite-user>` without registering it. */
export {
  GateInviteUser,
  type InviteUserOutput,
  type InviteUserView,
  withRoleChoices,
} from './invite-user.element.js';
export { inviteUserTexts } from './invite-user.texts.js';
