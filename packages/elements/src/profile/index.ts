/** `<gate-profile>` without registering it. */
export {
  GateProfile,
  type ProfileOutput,
  type ProfileView,
} from './profile.element.js';
export { profileTexts } from './profile.texts.js';
