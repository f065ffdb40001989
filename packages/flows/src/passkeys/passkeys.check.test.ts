import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { passkeysMachine } from './passkeys.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };
const stale = { error: new GatehouseError('reauthentication-required', 'x') };
const laptop = { id: 'pk_1', name: 'Laptop', createdAt: '2026-12-05T09:00:00Z' };
const phone = { id: 'pk_2', name: 'Phone', createdAt: '2026-12-05T09:10:00Z' };
const isDone = (type: string) => type.startsWith('xstate.done.actor.');

const result = checkSync(passkeysMachine, {
  events: {
    ADD: [{}],
    RENAME: [
      { id: 'pk_1', data: { name: 'Work laptop' } },
      { id: 'pk_1', data: { name: '' } },
      { id: 'unknown', data: { name: 'x' } },
    ],
    REMOVE: [{ id: 'pk_1' }, { id: 'unknown' }],
    SUBMIT: [{ data: { password: 'my passphrase' } }, { data: {} }],
    ACKNOWLEDGE: [{}],
    CANCEL: [{}],
    RELOAD: [{}],
    CLOSE: [{}],
  },
  actors: {
    listPasskeys: [
      { output: { passkeys: [] } },
      { output: { passkeys: [laptop], authenticatedAt: new Date().toISOString() } },
      fail,
    ],
    reauthenticate: [{ output: {} }, fail],
    passkeyCreationOptions: [{ output: { options: { challenge: 'c' } } }, stale, fail],
    // A cancelled browser dialog rejects like any other error.
    createPasskey: [{ output: { id: 'cred' } }, { error: new GatehouseError('passkey-cancelled', 'x') }],
    savePasskey: [
      { output: { passkey: phone } },
      { output: { passkey: phone, recoveryCodes: ['abcde-fghjk'] } },
      stale,
      fail,
    ],
    renamePasskey: [{ output: { ...laptop, name: 'Work laptop' } }, fail],
    removePasskey: [{ output: undefined }, stale, fail],
  },
  key: flowStateKey,
  invariants: {
    // The creation options exist only while the browser asks the authenticator.
    optionsOnlyWhileCreating: (s) => s.context.options === null || s.matches('creating'),
    // Recovery codes exist in clear only while they are shown.
    codesOnlyWhileShown: (s) => s.context.recoveryCodes === null || s.matches('showingRecoveryCodes'),
  },
  steps: {
    // Adding or removing a passkey starts only right after a recent (re-)authentication.
    changesNeedRecentAuth: ({ next }) =>
      !(next.matches('requestingOptions') || next.matches('removing')) ||
      next.context.authenticatedAt !== null,
    // Nothing is saved that the browser's ceremony did not produce.
    savedOnlyAfterCeremony: ({ prev, event, next }) =>
      !next.matches('saving') || (prev.matches('creating') && isDone(event.type)),
    // A passkey enters the list only from the backend's answer to saving it.
    listedOnlyWhenSaved: ({ prev, event, next }) =>
      next.context.passkeys.length <= prev.context.passkeys.length ||
      prev.matches('loading') ||
      (prev.matches('saving') && isDone(event.type)),
    // Only a passkey that is in the list can be removed.
    removesKnownOnly: ({ next }) =>
      !next.matches('removing') ||
      (next.context.intent?.action === 'remove' &&
        next.context.passkeys.some(
          (p) => next.context.intent?.action === 'remove' && p.id === next.context.intent.id,
        )),
  },
  maxStates: 50_000,
});

describe('passkeys model check', () => {
  it('is complete, reaches every state, has no deadlock and keeps its properties', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('the recent-authentication property is not vacuous: without it, adding starts from a stale login', () => {
    const probe = checkSync(passkeysMachine, {
      events: { ADD: [{}], SUBMIT: [{ data: { password: 'my passphrase' } }] },
      actors: {
        listPasskeys: [{ output: { passkeys: [] } }],
        reauthenticate: [{ output: {} }],
        passkeyCreationOptions: [{ output: { options: {} } }],
        createPasskey: [{ output: {} }],
        savePasskey: [{ output: { passkey: phone } }],
      },
      key: flowStateKey,
      invariants: { neverRequesting: (s) => !s.matches('requestingOptions') },
    });
    const trace = probe.violations.find((v) => v.property === 'neverRequesting')?.trace ?? [];
    // A list without a login time: ADD asks for the password first.
    expect(trace.map((t) => t.event.type)).toEqual([
      'xstate.init',
      expect.stringMatching(/^xstate\.done\.actor\./),
      'ADD',
      'SUBMIT',
      expect.stringMatching(/^xstate\.done\.actor\./),
    ]);
  });
});
