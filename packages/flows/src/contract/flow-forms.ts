import { approvalDecisionForm } from '../approval/approval.machine.js';
import type { FlowForm } from '../common/form.js';
import { accountDeletionForm } from '../data-rights/data-rights.machine.js';
import { emailChangeForm } from '../email-change/email-change.machine.js';
import { invitationForm } from '../invitation/invitation.machine.js';
import { invitationAcceptForm } from '../invitation-accept/invitation-accept.machine.js';
import { loginForm, loginMfaForm, loginPasswordChangeForm } from '../login/login.machine.js';
import { mfaCodeForm, mfaReauthenticateForm } from '../mfa-enrollment/mfa-enrollment.machine.js';
import { passwordChangeForm } from '../password-change/password-change.machine.js';
import { passwordResetCodeForm, passwordResetRequestForm } from '../password-reset/password-reset.machine.js';
import { profileForm, profilePhoneCodeForm } from '../profile/profile.machine.js';
import { registrationForm } from '../registration/registration.machine.js';
import { rmaForm } from '../rma/rma.machine.js';
import { supportCaseForm } from '../support-case/support-case.machine.js';

/**
 * Every flow's compiled form by id: the very validators the machines and the reference server run, so the
 * conformance runner expects the issues a browser would show for the same body.
 */
export const FLOW_FORMS: ReadonlyMap<string, FlowForm> = new Map(
  [
    accountDeletionForm,
    approvalDecisionForm,
    emailChangeForm,
    invitationForm,
    invitationAcceptForm,
    loginForm,
    loginMfaForm,
    loginPasswordChangeForm,
    mfaCodeForm,
    mfaReauthenticateForm,
    passwordChangeForm,
    passwordResetCodeForm,
    passwordResetRequestForm,
    profileForm,
    profilePhoneCodeForm,
    registrationForm,
    rmaForm,
    supportCaseForm,
  ].map((form) => [form.id, form]),
);
