/** Registers `<gate-sessions>`. Side effect: defines the tags, tolerantly (a second load is a no-op). */

import { defineElement } from '../common/define.js';
import { GateSessions } from './sessions.element.js';

defineElement('gate-sessions', GateSessions);

export { GateSessions };
