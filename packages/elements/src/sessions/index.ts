/** `<gate-sessions>` without registering it. */
export { GateSessions, type SessionsOutput, type SessionsView } from './sessions.element.js';
export { sessionsTexts } from './sessions.texts.js';
