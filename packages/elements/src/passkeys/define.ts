/** Registers `<gate-passkeys>`. Side effect: defines the tag, tolerantly (a second load is a no-op). */

import { defineElement } from '../common/define.js';
import { GatePasskeys } from './passkeys.element.js';

defineElement('gate-passkeys', GatePasskeys);

export { GatePasskeys };
