import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { recordingPort } from '../common/recording-port.js';
import { mfaEnrollmentMachine } from './mfa-enrollment.machine.js';
import type { EnrollableFactor, FactorConfirmation, TotpEnrollment } from './mfa-enrollment.ports.js';

const totp: TotpEnrollment = {
  enrollmentId: 'enr-1',
  secret: 'JBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/Gatehouse:ada?secret=JBSWY3DPEHPK3PXP&issuer=Gatehouse',
};

function start(
  authenticatedAt: string | null = new Date().toISOString(),
  factors: { method: EnrollableFactor }[] = [{ method: 'email' }],
) {
  const p = {
    listFactors: recordingPort<{ factors: { method: EnrollableFactor }[]; authenticatedAt?: string }, void>(
      'list',
      {
        output: { factors, ...(authenticatedAt ? { authenticatedAt } : {}) },
      },
    ),
    reauthenticate: recordingPort<{ authenticatedAt?: string }, { password: string }>('reauth', {
      output: {},
    }),
    startTotp: recordingPort<TotpEnrollment, void>('startTotp', { output: totp }),
    confirmTotp: recordingPort<FactorConfirmation | undefined, { enrollmentId: string; code: string }>(
      'confirmTotp',
      {
        output: undefined,
      },
    ),
    startEmail: recordingPort<{ enrollmentId: string; resendAvailableAt?: string }, void>('startEmail', {
      output: { enrollmentId: 'enr-2', resendAvailableAt: new Date(Date.now() - 1).toISOString() },
    }),
    confirmEmail: recordingPort<void, { enrollmentId: string; code: string }>('confirmEmail', {
      output: undefined,
    }),
    removeFactor: recordingPort<void, { method: EnrollableFactor }>('remove', { output: undefined }),
    regenerateRecoveryCodes: recordingPort<{ recoveryCodes: string[] }, void>('regenerate', {
      output: { recoveryCodes: ['new01-codes', 'new02-codes'] },
    }),
  };
  const actors = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));
  const actor = createActor(mfaEnrollmentMachine.provide({ actors }), { input: {} }).start();
  return { actor, ...p };
}

const ready = async (t: ReturnType<typeof start>) => {
  await waitFor(t.actor, (s) => s.matches('choosing'));
  return t;
};

describe('mfa enrollment', () => {
  it('authenticator app: QR and secret, then the current code confirms; the secret is dropped afterwards', async () => {
    const t = await ready(start());
    t.actor.send({ type: 'ENROLL', method: 'totp' });
    await waitFor(t.actor, (s) => s.matches('scanning'));
    expect(t.actor.getSnapshot().context.totp).toEqual({ secret: totp.secret, otpauthUri: totp.otpauthUri });
    t.actor.send({ type: 'SUBMIT', data: { code: '12ab' } });
    expect(t.actor.getSnapshot().context.issues[0]?.path).toBe('/code');
    expect(t.confirmTotp.calls).toHaveLength(0);
    t.actor.send({ type: 'SUBMIT', data: { code: '123456' } });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('enrolled');
    expect(t.confirmTotp.calls).toEqual([{ enrollmentId: 'enr-1', code: '123456' }]);
    expect(t.actor.getSnapshot().context.totp).toBeNull();
    expect(t.actor.getSnapshot().context.factors).toEqual(['email', 'totp']);
  });

  it('a wrong TOTP code returns to scanning; CANCEL forgets the secret', async () => {
    const t = await ready(start());
    t.confirmTotp.answer({ error: new GatehouseError('invalid-code', 'no') });
    t.actor.send({ type: 'ENROLL', method: 'totp' });
    await waitFor(t.actor, (s) => s.matches('scanning'));
    t.actor.send({ type: 'SUBMIT', data: { code: '000000' } });
    await waitFor(t.actor, (s) => s.matches('scanning') && s.context.issues.length > 0);
    expect(t.actor.getSnapshot().context.issues[0]?.code).toBe('invalid-code');
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('choosing');
    expect(t.actor.getSnapshot().context.totp).toBeNull();
  });

  it('without a recent authentication the password is asked first, then enrollment continues', async () => {
    const t = await ready(start(new Date(Date.now() - 10 * 60_000).toISOString()));
    t.actor.send({ type: 'ENROLL', method: 'email' });
    expect(t.actor.getSnapshot().value).toEqual({ reauthenticating: 'editing' });
    t.actor.send({ type: 'SUBMIT', data: {} });
    expect(t.reauthenticate.calls).toHaveLength(0);
    t.actor.send({ type: 'SUBMIT', data: { password: 'my passphrase' } });
    await waitFor(t.actor, (s) => s.matches('emailCode'));
    expect(t.reauthenticate.calls).toEqual([{ password: 'my passphrase' }]);
    expect(JSON.stringify(t.actor.getSnapshot().context)).not.toContain('my passphrase');
  });

  it('a wrong password stays in reauthenticating; CANCEL returns to choosing', async () => {
    const t = await ready(start(null));
    t.reauthenticate.answer({ error: new GatehouseError('invalid-credentials', 'no') });
    t.actor.send({ type: 'REMOVE', method: 'email' });
    t.actor.send({ type: 'SUBMIT', data: { password: 'x' } });
    await waitFor(t.actor, (s) => s.matches({ reauthenticating: 'editing' }) && s.context.issues.length > 0);
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('choosing');
  });

  it('a server asking for re-authentication sends the user there', async () => {
    const t = await ready(start());
    t.startTotp.answer({ error: new GatehouseError('reauthentication-required', 'old login') });
    t.actor.send({ type: 'ENROLL', method: 'totp' });
    await waitFor(t.actor, (s) => s.matches('reauthenticating'));
    const u = await ready(start());
    u.startEmail.answer({ error: new GatehouseError('unavailable', 'x') });
    u.actor.send({ type: 'ENROLL', method: 'email' });
    await waitFor(u.actor, (s) => s.matches('choosing') && s.context.issues.length > 0);
    const v = await ready(start());
    v.startTotp.answer({ error: new GatehouseError('unavailable', 'x') });
    v.actor.send({ type: 'ENROLL', method: 'totp' });
    await waitFor(v.actor, (s) => s.matches('choosing') && s.context.issues.length > 0);
  });

  it('e-mail codes: resend after the cooldown, wrong code, then success', async () => {
    const t = await ready(start());
    t.actor.send({ type: 'ENROLL', method: 'email' });
    await waitFor(t.actor, (s) => s.matches('emailCode'));
    t.actor.send({ type: 'RESEND' });
    await waitFor(t.actor, (s) => s.matches('emailCode') && t.startEmail.calls.length === 2);
    t.confirmEmail.answer({ error: new GatehouseError('invalid-code', 'no') }, { output: undefined });
    t.actor.send({ type: 'SUBMIT', data: { code: '111111' } });
    await waitFor(t.actor, (s) => s.matches('emailCode') && s.context.issues.length > 0);
    t.actor.send({ type: 'SUBMIT', data: { code: '222222' } });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.confirmEmail.calls.at(-1)).toEqual({ enrollmentId: 'enr-2', code: '222222' });
  });

  it('CANCEL from the e-mail code returns to choosing; CANCEL in choosing ends the flow', async () => {
    const t = await ready(start());
    t.actor.send({ type: 'ENROLL', method: 'email' });
    await waitFor(t.actor, (s) => s.matches('emailCode'));
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('choosing');
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('cancelled');
  });

  it('REMOVE removes a factor; a failure or a re-auth demand is handled', async () => {
    const t = await ready(start());
    t.actor.send({ type: 'REMOVE', method: 'email' });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('removed');
    expect(t.removeFactor.calls).toEqual([{ method: 'email' }]);
    expect(t.actor.getSnapshot().context.factors).toEqual([]);
    const u = await ready(start());
    u.removeFactor.answer({ error: new GatehouseError('reauthentication-required', 'x') });
    u.actor.send({ type: 'REMOVE', method: 'email' });
    await waitFor(u.actor, (s) => s.matches('reauthenticating'));
    const v = await ready(start());
    v.removeFactor.answer({ error: new GatehouseError('not-found', 'x') });
    v.actor.send({ type: 'REMOVE', method: 'totp' });
    await waitFor(v.actor, (s) => s.matches('choosing') && s.context.issues.length > 0);
  });

  it('an unknown method is ignored; a failed factor list still lets the user choose', async () => {
    const t = await ready(start());
    t.actor.send({ type: 'ENROLL', method: 'sms' as never });
    expect(t.actor.getSnapshot().value).toBe('choosing');
    const failing = recordingPort<{ factors: { method: EnrollableFactor }[] }, void>('list', {
      error: new GatehouseError('unavailable', 'x'),
    });
    const actor = createActor(mfaEnrollmentMachine.provide({ actors: { listFactors: failing.logic } }), {
      input: {},
    }).start();
    await waitFor(actor, (s) => s.matches('choosing') && s.context.issues.length > 0);
  });

  it('the first factor brings recovery codes: shown until the user saved them, then gone from the flow', async () => {
    const t = await ready(start());
    t.confirmTotp.answer({ output: { recoveryCodes: ['abcde-fghjk', 'mnpqr-stvwx'] } });
    t.actor.send({ type: 'ENROLL', method: 'totp' });
    await waitFor(t.actor, (s) => s.matches('scanning'));
    t.actor.send({ type: 'SUBMIT', data: { code: '123456' } });
    await waitFor(t.actor, (s) => s.matches('showingRecoveryCodes'));
    expect(t.actor.getSnapshot().context.recoveryCodes).toEqual(['abcde-fghjk', 'mnpqr-stvwx']);
    expect(t.actor.getSnapshot().context.recoveryCodesLeft).toBe(2);
    // Cancelling cannot drop codes nobody saw; only "saved" moves on.
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('showingRecoveryCodes');
    t.actor.send({ type: 'ACKNOWLEDGE' });
    expect(t.actor.getSnapshot().value).toBe('enrolled');
    expect(t.actor.getSnapshot().context.recoveryCodes).toBeNull();
  });

  it('new recovery codes need a recent password and replace the shown set', async () => {
    const t = await ready(start(new Date(Date.now() - 10 * 60_000).toISOString()));
    t.actor.send({ type: 'REGENERATE_CODES' });
    expect(t.actor.getSnapshot().value).toEqual({ reauthenticating: 'editing' });
    expect(t.regenerateRecoveryCodes.calls).toHaveLength(0);
    t.actor.send({ type: 'SUBMIT', data: { password: 'my passphrase' } });
    await waitFor(t.actor, (s) => s.matches('showingRecoveryCodes'));
    expect(t.actor.getSnapshot().context.recoveryCodes).toEqual(['new01-codes', 'new02-codes']);
    t.actor.send({ type: 'ACKNOWLEDGE' });
    expect(t.actor.getSnapshot().value).toBe('regenerated');
  });

  it('without a factor there are no recovery codes to make', async () => {
    const t = await ready(start(new Date().toISOString(), []));
    t.actor.send({ type: 'REGENERATE_CODES' });
    expect(t.actor.getSnapshot().value).toBe('choosing');
  });
});
