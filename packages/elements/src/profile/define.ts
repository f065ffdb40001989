/** Registers `<gate-profile>` (and `<gate-form>`). Side effect: defines the tags, tolerantly (a second load is a no-op). */
import '../form/register.js';
import { defineElement } from '../common/define.js';
import { GateProfile } from './profile.element.js';

defineElement('gate-profile', GateProfile);

export { GateProfile };
