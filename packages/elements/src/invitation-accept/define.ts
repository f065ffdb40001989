/** Registers `<gate-invitation-accept>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GateInvitationAccept } from './invitation-accept.element.js';

defineElement('gate-invitation-accept', GateInvitationAccept);

export { GateInvitationAccept };
