/** Registers `<gate-email-change>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GateEmailChange } from './email-change.element.js';

defineElement('gate-email-change', GateEmailChange);

export { GateEmailChange };
