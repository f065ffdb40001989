/** Registers `<gate-invite-user>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GateInviteUser } from './invite-user.element.js';

defineElement('gate-invite-user', GateInviteUser);

export { GateInviteUser };
