/** `<gate-email-change>` without registering it. */
export {
  type EmailChangeOutput,
  type EmailChangeView,
  GateEmailChange,
} from './email-change.element.js';
