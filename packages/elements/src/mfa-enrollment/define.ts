/** Registers `<gate-mfa-enrollment>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GateMfaEnrollment } from './mfa-enrollment.element.js';

defineElement('gate-mfa-enrollment', GateMfaEnrollment);

export { GateMfaEnrollment };
