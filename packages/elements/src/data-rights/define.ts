/** Registers `<gate-data-rights>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GateDataRights } from './data-rights.element.js';

defineElement('gate-data-rights', GateDataRights);

export { GateDataRights };
