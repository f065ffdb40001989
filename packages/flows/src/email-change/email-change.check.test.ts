import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { emailChangeForm, emailChangeMachine } from './email-change.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };
const valid = { newEmail: 'ada.byron@analytical-engines.example', currentPassword: 'my password' };

const result = checkSync(emailChangeMachine, {
  input: { email: 'ada.lovelace@analytical-engines.example' },
  events: {
    SUBMIT: [
      { data: valid },
      // A free-mail address fails the business e-mail policy; an empty password is no re-authentication.
      { data: { newEmail: 'ada@gmail.com', currentPassword: 'my password' } },
      { data: { newEmail: valid.newEmail, currentPassword: '' } },
    ],
    CONFIRM: [{ token: 'link-token' }, { token: '' }],
    // The notice's "this was not me" link opens a fresh page, like the confirmation link.
    REVOKE: [{ token: 'cancel-token' }, { token: '' }],
    EDIT: [{}],
    CANCEL: [{}],
  },
  actors: {
    requestEmailChange: [
      { output: { confirmationExpiresAt: '2026-12-07T10:00:00.000Z' } },
      { error: new GatehouseError('invalid-current-password', 'x') },
      { error: new GatehouseError('locked', 'x') },
      fail,
    ],
    confirmEmailChange: [
      { output: { email: valid.newEmail, endedSessions: 2 } },
      { error: new GatehouseError('invalid-token', 'x') },
      { error: new GatehouseError('expired-token', 'x') },
      { error: new GatehouseError('email-change-cancelled', 'x') },
      fail,
    ],
    cancelEmailChange: [
      { output: { endedSessions: 1 } },
      { error: new GatehouseError('invalid-token', 'x') },
      { error: new GatehouseError('expired-token', 'x') },
      { error: new GatehouseError('email-change-confirmed', 'x') },
      fail,
    ],
  },
  key: flowStateKey,
  steps: {
    // The address never changes without confirmation of the new address: only the confirmation port's answer,
    // in `confirming`, replaces it, and it leads to `changed`.
    addressChangesOnlyByConfirmation: ({ prev, event, next }) =>
      next.context.email === prev.context.email ||
      (prev.matches('confirming') &&
        next.matches('changed') &&
        event.type === 'xstate.done.actor.0.emailChange.confirming'),
    // Every request re-authenticates: it starts only from SUBMIT with data the form accepts (a password included).
    // "This was not me" ends only in `revoked` by the cancel port's answer, and only from a link's token.
    revokedOnlyByTheBackend: ({ prev, event, next }) =>
      !next.matches('revoked') ||
      prev.matches('revoked') ||
      (prev.matches('revoking') && event.type === 'xstate.done.actor.0.emailChange.revoking'),
    revokingNeedsToken: ({ prev, event, next }) =>
      !next.matches('revoking') ||
      prev.matches('revoking') ||
      (event.type === 'REVOKE' && (event as { token?: string }).token !== ''),
    noRequestWithoutPassword: ({ prev, event, next }) =>
      !next.matches('submitting') ||
      prev.matches('submitting') ||
      (event.type === 'SUBMIT' && emailChangeForm.validate((event as { data?: unknown }).data).ok),
  },
  invariants: {
    changedOnlyWhenConfirmed: (s) => !s.matches('changed') || s.context.confirmed,
    // A cancelled change never changed the address, and a changed one is never called cancelled.
    revokedKeepsAddress: (s) =>
      !s.matches('revoked') ||
      (!s.context.confirmed && s.context.email === 'ada.lovelace@analytical-engines.example'),
    // Requesting a change never touches the account's address (only the pending one).
    requestKeepsAddress: (s) =>
      s.context.confirmed || s.context.email === 'ada.lovelace@analytical-engines.example',
  },
  maxStates: 50_000,
});

describe('e-mail change model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish; the address never changes without confirmation of the new address; every request re-authenticates', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('models "this was not me": the cancel link reaches revoking and revoked', () => {
    expect(result.coverage.stateNodes.covered).toEqual(
      expect.arrayContaining(['emailChange.revoking', 'emailChange.revoked']),
    );
  });
});
