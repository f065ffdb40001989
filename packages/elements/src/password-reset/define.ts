/** Registers `<gate-password-reset>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GatePasswordReset } from './password-reset.element.js';

defineElement('gate-password-reset', GatePasswordReset);

export { GatePasswordReset };
