/**
 * Registers `<gate-passkeys>` (and `<gate-form>`, which draws its password step). Side effect: defines the tags,
 * tolerantly (a second load is a no-op).
 */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GatePasskeys } from './passkeys.element.js';

defineElement('gate-passkeys', GatePasskeys);

export { GatePasskeys };
