/** `<gate-passkeys>` without registering it. */
export { GatePasskeys, type PasskeysOutput, type PasskeysView } from './passkeys.element.js';
export { passkeysTexts } from './passkeys.texts.js';
