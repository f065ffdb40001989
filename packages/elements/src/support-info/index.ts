/** `<gate-support-info>` without registering it. */
export { GateSupportInfo, minutesSeconds, telHref } from './support-info.element.js';
export { supportInfoTexts } from './support-info.texts.js';
