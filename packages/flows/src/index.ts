/**
 * @gatehouse/flows — every customer-portal flow as a typed XState v5 machine with host ports. Prefer the subpaths
 * (`@gatehouse/flows/registration`, `/login`, …) in browsers so a page loads only the flows it runs.
 */
export * from './approval/index.js';
export * from './common/breached-password.js';
export type { DurationInput } from './common/durations.js';
export type { FlowForm } from './common/form.js';
export type { FlowIssue } from './common/issues.js';
export { missingPort, port } from './common/port.js';
export { type PortAnswer, type RecordingPort, recordingPort } from './common/recording-port.js';
export * from './data-rights/index.js';
export * from './email-change/index.js';
export * from './invitation/index.js';
export * from './invitation-accept/index.js';
export * from './login/index.js';
export * from './mfa-enrollment/index.js';
export * from './passkeys/index.js';
export * from './password-change/index.js';
export * from './password-reset/index.js';
export * from './profile/index.js';
export * from './registration/index.js';
export * from './rma/index.js';
export * from './sessions/index.js';
export * from './support-case/index.js';
export * from './support-info/index.js';
