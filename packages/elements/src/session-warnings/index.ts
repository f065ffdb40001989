/** `<gate-session-warnings>` without registering it, and its English texts. */
export { GateSessionWarnings, KNOWN_SESSION_WARNINGS } from './session-warnings.element.js';
export { sessionWarningsTexts } from './session-warnings.texts.js';
