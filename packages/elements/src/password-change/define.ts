/** Registers `<gate-password-change>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GatePasswordChange } from './password-change.element.js';

defineElement('gate-password-change', GatePasswordChange);

export { GatePasswordChange };
