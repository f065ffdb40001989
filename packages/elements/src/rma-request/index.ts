/** `<gate-rma-request>` without registering it. */
export {
  GateRmaRequest,
  type RmaRequestOutput,
  type RmaRequestView,
} from './rma-request.element.js';
export { rmaRequestTexts } from './rma-request.texts.js';
