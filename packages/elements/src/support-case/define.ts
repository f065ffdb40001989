/** Registers `<gate-support-case>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GateSupportCase } from './support-case.element.js';

defineElement('gate-support-case', GateSupportCase);

export { GateSupportCase };
