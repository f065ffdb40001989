/** Registers `<gate-approval-queue>`. Side effect: defines the tags, tolerantly (a second load is a no-op). */

import { defineElement } from '../common/define.js';
import { GateApprovalQueue } from './approval-queue.element.js';

defineElement('gate-approval-queue', GateApprovalQueue);

export { GateApprovalQueue };
