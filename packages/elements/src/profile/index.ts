/** `<gate-profile>` without registering it. */
export { GateProfile } from './profile.element.js';
export { profileTexts } from './profile.texts.js';
