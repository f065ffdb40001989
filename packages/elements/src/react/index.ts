/**
 * `@gatehouse/elements/react`: typed React components for every Gatehouse element, made with `@lit/react`.
 *
 * Why wrappers and not only JSX typings: React 19 sets properties on custom elements, but React 18 and older pass
 * everything as attributes (a compiled `form` or `ports` object would arrive as "[object Object]") and cannot
 * listen to `gate-*` events through props. The wrappers set properties, map `onGateStep`-style props to the DOM
 * events, and keep the element's types, on every React version `@lit/react` supports.
 *
 * The wrappers do not register tags: import `@gatehouse/elements/<element>/define` (or `/define`) once, so a page
 * ships only the elements it uses. Each wrapper is marked pure, so unused ones are dropped by the bundler. With
 * lazy routes, import each wrapper from its own entry (`@gatehouse/elements/<element>/react`): a bundler splits
 * chunks by module, so this barrel would make one shared chunk of every element used by any route.
 */

export { GateApprovalQueue } from '../approval-queue/react.js';
export { GateDataRights } from '../data-rights/react.js';
export { GateEmailChange } from '../email-change/react.js';
export { GateForm } from '../form/react.js';
export { GateInvitationAccept } from '../invitation-accept/react.js';
export { GateInviteUser } from '../invite-user/react.js';
export { GateLogin } from '../login/react.js';
export { GateMfaEnrollment } from '../mfa-enrollment/react.js';
export { GatePasswordChange } from '../password-change/react.js';
export { GatePasswordReset } from '../password-reset/react.js';
export { GateProfile } from '../profile/react.js';
export { GateRegistration } from '../registration/react.js';
export { GateRmaRequest } from '../rma-request/react.js';
export { GateSessionWarnings } from '../session-warnings/react.js';
export { GateSessions } from '../sessions/react.js';
export { GateSupportCase } from '../support-case/react.js';
export { GateSupportInfo } from '../support-info/react.js';
export type { FlowEvents } from './flow-component.js';
