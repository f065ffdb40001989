/** `<gate-rma-request>` without registering it. */
export { GateRmaRequest } from './rma-request.element.js';
export { rmaRequestTexts } from './rma-request.texts.js';
