/**
 * Registers `<gate-registration>` (and the `<gate-form>` it renders its form with). Side effect: defines the tags,
 * tolerantly (a second load is a no-op).
 */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GateRegistration } from './registration.element.js';

defineElement('gate-registration', GateRegistration);

export { GateRegistration };
