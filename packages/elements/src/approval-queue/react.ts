/**
 * `@gatehouse/elements/approval-queue/react`: `<gate-approval-queue>` as a React component, alone. A lazy route that imports it loads
 * this element and nothing of the others; register the tag with `@gatehouse/elements/approval-queue/define`.
 */
import { flowComponent } from '../react/flow-component.js';
import { GateApprovalQueue as GateApprovalQueueElement } from './approval-queue.element.js';

/** `<gate-approval-queue>` as a React component (reviewers). */
export const GateApprovalQueue = /* @__PURE__ */ flowComponent(
  'gate-approval-queue',
  GateApprovalQueueElement,
  'GateApprovalQueue',
);
