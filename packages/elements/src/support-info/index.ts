/** `<gate-support-info>` without registering it. */
export {
  GateSupportInfo,
  minutesSeconds,
  type SupportInfoOutput,
  type SupportInfoView,
  telHref,
} from './support-info.element.js';
export { supportInfoTexts } from './support-info.texts.js';
