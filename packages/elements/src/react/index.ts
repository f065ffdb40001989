/**
 * `@gatehouse/elements/react`: typed React components for every Gatehouse element, made with `@lit/react`.
 *
 * Why wrappers and not only JSX typings: React 19 sets properties on custom elements, but React 18 and older pass
 * everything as attributes (a compiled `form` or `ports` object would arrive as "[object Object]") and cannot
 * listen to `gate-*` events through props. The wrappers set properties, map `onGateStep`-style props to the DOM
 * events, and keep the element's types, on every React version `@lit/react` supports.
 *
 * The wrappers do not register tags: import `@gatehouse/elements/<element>/define` (or `/define`) once, so a page
 * ships only the elements it uses. Each wrapper is marked pure, so unused ones are dropped by the bundler.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { GateApprovalQueue as GateApprovalQueueElement } from '../approval-queue/approval-queue.element.js';
import type {
  GateChangeDetail,
  GateCompleteDetail,
  GateErrorDetail,
  GateStepDetail,
  GateSubmitDetail,
} from '../common/events.js';
import { GateForm as GateFormElement } from '../form/gate-form.element.js';
import {
  GateInvitationAccept as GateInvitationAcceptElement,
  type InvitationAcceptOutput,
  type InvitationAcceptView,
} from '../invitation-accept/invitation-accept.element.js';
import {
  GateInviteUser as GateInviteUserElement,
  type InviteUserOutput,
  type InviteUserView,
} from '../invite-user/invite-user.element.js';
import { GateLogin as GateLoginElement, type LoginOutput, type LoginView } from '../login/login.element.js';
import {
  GateMfaEnrollment as GateMfaEnrollmentElement,
  type MfaEnrollmentOutput,
  type MfaEnrollmentView,
} from '../mfa-enrollment/mfa-enrollment.element.js';
import {
  GatePasswordChange as GatePasswordChangeElement,
  type PasswordChangeOutput,
  type PasswordChangeView,
} from '../password-change/password-change.element.js';
import {
  GatePasswordReset as GatePasswordResetElement,
  type PasswordResetOutput,
  type PasswordResetView,
} from '../password-reset/password-reset.element.js';
import {
  GateProfile as GateProfileElement,
  type ProfileOutput,
  type ProfileView,
} from '../profile/profile.element.js';
import {
  GateRegistration as GateRegistrationElement,
  type RegistrationOutput,
  type RegistrationView,
} from '../registration/registration.element.js';
import {
  GateRmaRequest as GateRmaRequestElement,
  type RmaRequestOutput,
  type RmaRequestView,
} from '../rma-request/rma-request.element.js';
import {
  GateSupportCase as GateSupportCaseElement,
  type SupportCaseOutput,
  type SupportCaseView,
} from '../support-case/support-case.element.js';
import {
  GateSupportInfo as GateSupportInfoElement,
  type SupportInfoOutput,
  type SupportInfoView,
} from '../support-info/support-info.element.js';

/** The events of a flow element as React props, typed with its public steps `V` and its output `O`. */
type FlowEvents<V extends string, O> = {
  onGateStep: EventName<CustomEvent<GateStepDetail<V>>>;
  onGateComplete: EventName<CustomEvent<GateCompleteDetail<O>>>;
  onGateError: EventName<CustomEvent<GateErrorDetail>>;
};

/** The events of every flow element, as React props (`onGateStep`, `onGateComplete`, `onGateError`). */
const flowEvents = {
  onGateStep: 'gate-step',
  onGateComplete: 'gate-complete',
  onGateError: 'gate-error',
};

/** A flow element as a React component: its properties, and the flow events as `onGate…` props. */
function flowComponent<I extends HTMLElement, V extends string = string, O = unknown>(
  tagName: string,
  elementClass: new () => I,
  displayName: string,
) {
  return createComponent({
    react: React,
    tagName,
    elementClass,
    displayName,
    events: flowEvents as FlowEvents<V, O>,
  });
}

/** `<gate-form>` as a React component: `form`, `value`, `issues` are properties; `onGateSubmit`, `onGateChange`. */
export const GateForm = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'gate-form',
  elementClass: GateFormElement,
  displayName: 'GateForm',
  events: {
    onGateSubmit: 'gate-submit' as EventName<CustomEvent<GateSubmitDetail>>,
    onGateChange: 'gate-change' as EventName<CustomEvent<GateChangeDetail>>,
  },
});

/** `<gate-registration>` as a React component (`ports` or `endpoint`, flow events as props). */
export const GateRegistration = /* @__PURE__ */ flowComponent<
  GateRegistrationElement,
  RegistrationView,
  RegistrationOutput
>('gate-registration', GateRegistrationElement, 'GateRegistration');

/** `<gate-login>` as a React component. */
export const GateLogin = /* @__PURE__ */ flowComponent<GateLoginElement, LoginView, LoginOutput>(
  'gate-login',
  GateLoginElement,
  'GateLogin',
);

/** `<gate-mfa-enrollment>` as a React component. */
export const GateMfaEnrollment = /* @__PURE__ */ flowComponent<
  GateMfaEnrollmentElement,
  MfaEnrollmentView,
  MfaEnrollmentOutput
>('gate-mfa-enrollment', GateMfaEnrollmentElement, 'GateMfaEnrollment');

/** `<gate-profile>` as a React component. */
export const GateProfile = /* @__PURE__ */ flowComponent<GateProfileElement, ProfileView, ProfileOutput>(
  'gate-profile',
  GateProfileElement,
  'GateProfile',
);

/** `<gate-password-change>` as a React component. */
export const GatePasswordChange = /* @__PURE__ */ flowComponent<
  GatePasswordChangeElement,
  PasswordChangeView,
  PasswordChangeOutput
>('gate-password-change', GatePasswordChangeElement, 'GatePasswordChange');

/** `<gate-password-reset>` as a React component. */
export const GatePasswordReset = /* @__PURE__ */ flowComponent<
  GatePasswordResetElement,
  PasswordResetView,
  PasswordResetOutput
>('gate-password-reset', GatePasswordResetElement, 'GatePasswordReset');

/** `<gate-support-info>` as a React component. */
export const GateSupportInfo = /* @__PURE__ */ flowComponent<
  GateSupportInfoElement,
  SupportInfoView,
  SupportInfoOutput
>('gate-support-info', GateSupportInfoElement, 'GateSupportInfo');

/** `<gate-support-case>` as a React component. */
export const GateSupportCase = /* @__PURE__ */ flowComponent<
  GateSupportCaseElement,
  SupportCaseView,
  SupportCaseOutput
>('gate-support-case', GateSupportCaseElement, 'GateSupportCase');

/** `<gate-rma-request>` as a React component. */
export const GateRmaRequest = /* @__PURE__ */ flowComponent<
  GateRmaRequestElement,
  RmaRequestView,
  RmaRequestOutput
>('gate-rma-request', GateRmaRequestElement, 'GateRmaRequest');

/** `<gate-invite-user>` as a React component. */
export const GateInviteUser = /* @__PURE__ */ flowComponent<
  GateInviteUserElement,
  InviteUserView,
  InviteUserOutput
>('gate-invite-user', GateInviteUserElement, 'GateInviteUser');

/** `<gate-invitation-accept>` as a React component. */
export const GateInvitationAccept = /* @__PURE__ */ flowComponent<
  GateInvitationAcceptElement,
  InvitationAcceptView,
  InvitationAcceptOutput
>('gate-invitation-accept', GateInvitationAcceptElement, 'GateInvitationAccept');

/** `<gate-approval-queue>` as a React component (reviewers). */
export const GateApprovalQueue = /* @__PURE__ */ flowComponent(
  'gate-approval-queue',
  GateApprovalQueueElement,
  'GateApprovalQueue',
);
