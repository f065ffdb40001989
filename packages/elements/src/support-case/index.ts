/** `<gate-support-case>` without registering it. */
export {
  GateSupportCase,
  type SupportCaseOutput,
  type SupportCaseView,
} from './support-case.element.js';
export { supportCaseTexts } from './support-case.texts.js';
