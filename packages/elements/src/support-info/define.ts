/** Registers `<gate-support-info>`. Side effect: defines the tags, tolerantly (a second load is a no-op). */

import { defineElement } from '../common/define.js';
import { GateSupportInfo } from './support-info.element.js';

defineElement('gate-support-info', GateSupportInfo);

export { GateSupportInfo };
