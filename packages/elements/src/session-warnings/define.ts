/** Registers `<gate-session-warnings>`. Side effect: defines the tag, tolerantly (a second load is a no-op). */

import { defineElement } from '../common/define.js';
import { GateSessionWarnings } from './session-warnings.element.js';

defineElement('gate-session-warnings', GateSessionWarnings);

export { GateSessionWarnings };
