/** Registers `<gate-rma-request>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
// Its form has a list of serial numbers.
import '../form/list-hook.js';
import { defineElement } from '../common/define.js';
import { GateRmaRequest } from './rma-request.element.js';

defineElement('gate-rma-request', GateRmaRequest);

export { GateRmaRequest };
