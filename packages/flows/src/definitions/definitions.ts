import type { FormDefinition } from '@gatehouse/forms';
import { GatehouseError } from '@gatehouse/rules';
import approvalDecision from '../approval/approval-decision.form.json' with { type: 'json' };
import accountDeletion from '../data-rights/account-deletion.form.json' with { type: 'json' };
import emailChange from '../email-change/email-change.form.json' with { type: 'json' };
import invitation from '../invitation/invitation.form.json' with { type: 'json' };
import invitationAccept from '../invitation-accept/invitation-accept.form.json' with { type: 'json' };
import login from '../login/login.form.json' with { type: 'json' };
import loginMfa from '../login/login-mfa.form.json' with { type: 'json' };
import loginPasswordChange from '../login/login-password-change.form.json' with { type: 'json' };
import mfaCode from '../mfa-enrollment/mfa-code.form.json' with { type: 'json' };
import mfaReauthenticate from '../mfa-enrollment/mfa-reauthenticate.form.json' with { type: 'json' };
import passkeyName from '../passkeys/passkey-name.form.json' with { type: 'json' };
import passwordChange from '../password-change/password-change.form.json' with { type: 'json' };
import passwordResetCode from '../password-reset/password-reset-code.form.json' with { type: 'json' };
import passwordResetRequest from '../password-reset/password-reset-request.form.json' with { type: 'json' };
import profile from '../profile/profile.form.json' with { type: 'json' };
import profilePhoneCode from '../profile/profile-phone-code.form.json' with { type: 'json' };
import registration from '../registration/registration.form.json' with { type: 'json' };
import rma from '../rma/rma.form.json' with { type: 'json' };
import supportCase from '../support-case/support-case.form.json' with { type: 'json' };

// Typed as `FormDefinition` here (not in the JSON's literal type) so a definition that drifts from the format
// fails `tsc` at this list.
const all: readonly FormDefinition[] = [
  accountDeletion,
  approvalDecision,
  emailChange,
  invitation,
  invitationAccept,
  login,
  loginMfa,
  loginPasswordChange,
  mfaCode,
  mfaReauthenticate,
  passkeyName,
  passwordChange,
  passwordResetCode,
  passwordResetRequest,
  profile,
  profilePhoneCode,
  registration,
  rma,
  supportCase,
];

/**
 * Every flow form's JSON definition keyed by its id (`registration`, `login-mfa`, …). Server-only: importing it
 * puts every definition (several KB gzip) in a bundle, which is why the machines and elements never do.
 * Keys come from each definition's own `id`, so they cannot drift from the compiled forms' ids.
 */
export const flowDefinitions: ReadonlyMap<string, FormDefinition> = new Map(all.map((d) => [d.id, d]));

/**
 * The JSON definition of the flow form with this id (a `FlowForm`'s `id`), e.g. for its `schema` when dropping
 * undeclared body members. Throws `GatehouseError` `unknown-form` (params `{ formId }`) for an id no flow ships.
 */
export function flowDefinition(formId: string): FormDefinition {
  const definition = flowDefinitions.get(formId);
  if (definition === undefined) {
    throw new GatehouseError(
      'unknown-form',
      `no flow form has id "${formId}" (known: ${[...flowDefinitions.keys()].join(', ')})`,
      { formId },
    );
  }
  return definition;
}
