/** `<gate-support-case>` without registering it. */
export { GateSupportCase } from './support-case.element.js';
export { supportCaseTexts } from './support-case.texts.js';
