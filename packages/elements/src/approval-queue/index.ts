/** `<gate-approval-queue>` without registering it, and the reviewer client it uses with `endpoint`. */
export {
  type ApprovalQueueView,
  GateApprovalQueue,
} from './approval-queue.element.js';
export { approvalQueueTexts } from './approval-queue.texts.js';
export {
  type ApprovalDecisionInput,
  type ApprovalDecisionRecord,
  type ApprovalFilter,
  type ApprovalItem,
  type ApprovalQueuePorts,
  type ApprovalsClientOptions,
  createApprovalsClient,
} from './approvals-client.js';
