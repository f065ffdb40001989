/** Registers `<gate-login>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GateLogin } from './login.element.js';

defineElement('gate-login', GateLogin);

export { GateLogin };
