import { describe, expect, it } from 'vitest';
import { type AnyActorLogic, createActor, createMachine, fromPromise, SimulatedClock, waitFor } from 'xstate';
import { recordingPort } from '../common/recording-port.js';
import { loginMachine } from '../login/login.machine.js';
import { mfaEnrollmentMachine } from '../mfa-enrollment/mfa-enrollment.machine.js';
import { passwordResetMachine } from '../password-reset/password-reset.machine.js';
import { registrationMachine } from '../registration/registration.machine.js';
import { rmaMachine } from '../rma/rma.machine.js';
import { supportInfoMachine } from '../support-info/support-info.machine.js';
import { FLOW_SNAPSHOT_VERSION, persistFlow, restoreFlow, resumeFlow } from './persist-flow.js';

/** A port that never settles: the flow is caught mid-request, as when the user reloads. */
const pending = fromPromise(() => new Promise<never>(() => {})) as unknown as AnyActorLogic;
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value));
const address = {
  company: 'AE',
  street: '12 Marylebone Rd',
  postalCode: 'NW1 5LR',
  city: 'London',
  country: 'GB',
};
const registration = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada.lovelace@analytical-engines.example',
  company: 'Analytical Engines Ltd',
  termsAccepted: true,
};

describe('persistFlow / restoreFlow', () => {
  it('a user who reloads mid-RMA loses nothing (draft and a request in flight)', async () => {
    const defaults = recordingPort<{ deliveryAddress?: Partial<typeof address> }, void>('d', {
      output: { deliveryAddress: address },
    });
    const machine = rmaMachine.provide({
      actors: { loadRmaDefaults: defaults.logic, checkHardware: pending },
    });
    const actor = createActor(machine, { input: {} }).start();
    await waitFor(actor, (s) => s.matches('editing'));
    const draft = {
      serialNumber: 'AB12-345678',
      description: 'Fails its power-on self test.',
      deliveryAddress: address,
    };
    actor.send({ type: 'CHANGE', data: draft });
    const saved = roundTrip(persistFlow(actor));
    expect(saved).toMatchObject({ version: FLOW_SNAPSHOT_VERSION, flow: 'rma' });
    const again = resumeFlow(machine, saved);
    expect(again.getSnapshot().value).toBe('editing');
    expect(again.getSnapshot().context.data).toEqual(draft);

    actor.send({ type: 'SUBMIT', data: { ...draft, addressConfirmed: true } });
    expect(actor.getSnapshot().value).toBe('checkingHardware');
    const midRequest = roundTrip(persistFlow(actor));
    expect(midRequest.snapshot.value).toBe('editing');
    const resumed = resumeFlow(machine, midRequest);
    expect(resumed.getSnapshot().context.data).toMatchObject({ ...draft, addressConfirmed: true });
  });

  it('timers are re-armed: a restored registration still expires and its resend cooldown still ends', async () => {
    const register = recordingPort<{ id: string }, { data: Record<string, unknown> }>('r', {
      output: { id: 'reg-1' },
    });
    const machine = registrationMachine.provide({ actors: { register: register.logic } });
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'SUBMIT', data: registration });
    await waitFor(actor, (s) => s.matches('awaitingConfirmation'));
    const saved = roundTrip(persistFlow(actor));
    actor.stop();
    const clock = new SimulatedClock();
    const resumed = resumeFlow(machine, saved, { clock });
    expect(resumed.getSnapshot().value).toEqual({ awaitingConfirmation: 'coolingDown' });
    clock.increment(61_000);
    expect(resumed.getSnapshot().value).toEqual({ awaitingConfirmation: 'ready' });
    clock.increment(24 * 3600_000);
    expect(resumed.getSnapshot().value).toBe('expired');
  });

  it('older versions are migrated; newer versions, other flows and unknown states are refused clearly', () => {
    const legacy = {
      flow: 'rma',
      value: 'editing',
      context: { data: { serialNumber: 'X' }, issues: [], referral: null, rmaId: null, rmaNumber: null },
    };
    const snapshot = restoreFlow(rmaMachine, legacy);
    expect(snapshot.value).toBe('editing');
    expect(() => restoreFlow(rmaMachine, { ...legacy, version: 99 })).toThrow(
      expect.objectContaining({ code: 'snapshot-version-unsupported' }),
    );
    expect(() => restoreFlow(loginMachine, { ...legacy, version: 0 })).toThrow(
      expect.objectContaining({ code: 'snapshot-flow-mismatch' }),
    );
    expect(() =>
      restoreFlow(rmaMachine, {
        version: 1,
        flow: 'rma',
        savedAt: '',
        snapshot: { status: 'active', value: 'nowhere', context: {} },
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-snapshot',
        message: expect.stringContaining('/snapshot/value'),
      }),
    );
    expect(() => restoreFlow(rmaMachine, 'garbage')).toThrow(
      expect.objectContaining({ code: 'invalid-snapshot' }),
    );
  });
});

it('a flow saved while loading loads again after the reload', async () => {
  const machine = rmaMachine.provide({ actors: { loadRmaDefaults: pending } });
  const saved = roundTrip(
    persistFlow(createActor(machine, { input: { data: { serialNumber: 'AB12-345678' } } }).start()),
  );
  expect(saved.snapshot.value).toBe('loading');
  const defaults = recordingPort<{ deliveryAddress?: Partial<typeof address> }, void>('d', {
    output: { deliveryAddress: address },
  });
  const resumed = resumeFlow(rmaMachine.provide({ actors: { loadRmaDefaults: defaults.logic } }), saved);
  await waitFor(resumed, (s) => s.matches('editing'));
  expect(resumed.getSnapshot().context.data).toMatchObject({
    serialNumber: 'AB12-345678',
    deliveryAddress: address,
  });
});

describe('persisted snapshots never contain secrets', () => {
  const secrets = [
    'correct horse battery staple',
    '654321',
    'JBSWY3DPEHPK3PXP',
    '87654321',
    'velvet hammock orbit 1842',
  ];
  const assertClean = (persisted: unknown) => {
    const json = JSON.stringify(persisted);
    for (const secret of secrets) expect(json).not.toContain(secret);
  };

  it('login mid-authentication and mid-MFA (password and code live only in port inputs)', async () => {
    const mfa = recordingPort('a', { output: { status: 'mfa-required', methods: ['totp'] } });
    const machine = loginMachine.provide({
      actors: {
        getSession: recordingPort('s', { output: null }).logic,
        authenticate: pending,
        verifyMfa: pending,
      } as never,
    });
    const actor = createActor(machine, { input: {} }).start();
    await waitFor(actor, (s) => s.matches('credentials'));
    actor.send({
      type: 'SUBMIT',
      data: { email: 'ada@analytical-engines.example', password: 'correct horse battery staple' },
    });
    expect(actor.getSnapshot().value).toBe('authenticating');
    assertClean(persistFlow(actor));
    const m2 = loginMachine.provide({
      actors: {
        getSession: recordingPort('s', { output: null }).logic,
        authenticate: mfa.logic,
        verifyMfa: pending,
      } as never,
    });
    const a2 = createActor(m2, { input: {} }).start();
    await waitFor(a2, (s) => s.matches('credentials'));
    a2.send({
      type: 'SUBMIT',
      data: { email: 'ada@analytical-engines.example', password: 'correct horse battery staple' },
    });
    await waitFor(a2, (s) => s.matches('mfaChallenge'));
    a2.send({ type: 'SUBMIT', data: { method: 'totp', code: '654321' } });
    const saved = persistFlow(a2);
    assertClean(saved);
    expect(saved.snapshot.value).toEqual({ mfaChallenge: 'awaitingCode' });
  });

  it('MFA enrollment while scanning (the TOTP secret) resumes at choosing', async () => {
    const machine = mfaEnrollmentMachine.provide({
      actors: {
        listFactors: recordingPort('l', {
          output: { factors: [], authenticatedAt: new Date().toISOString() },
        }).logic,
        startTotp: recordingPort('t', {
          output: {
            enrollmentId: 'e',
            secret: 'JBSWY3DPEHPK3PXP',
            otpauthUri: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP',
          },
        }).logic,
      } as never,
    });
    const actor = createActor(machine, { input: {} }).start();
    await waitFor(actor, (s) => s.matches('choosing'));
    actor.send({ type: 'ENROLL', method: 'totp' });
    await waitFor(actor, (s) => s.matches('scanning'));
    const saved = persistFlow(actor);
    assertClean(saved);
    expect(saved.snapshot.value).toBe('choosing');
  });

  it('MFA enrollment while showing the recovery codes resumes at choosing, without the codes', async () => {
    const machine = mfaEnrollmentMachine.provide({
      actors: {
        listFactors: recordingPort('l', {
          output: { factors: [{ method: 'totp' }], authenticatedAt: new Date().toISOString() },
        }).logic,
        regenerateRecoveryCodes: recordingPort('r', { output: { recoveryCodes: ['q7rk2-m9xwp'] } }).logic,
      } as never,
    });
    const actor = createActor(machine, { input: {} }).start();
    await waitFor(actor, (s) => s.matches('choosing'));
    actor.send({ type: 'REGENERATE_CODES' });
    await waitFor(actor, (s) => s.matches('showingRecoveryCodes'));
    const saved = persistFlow(actor);
    expect(JSON.stringify(saved)).not.toContain('q7rk2-m9xwp');
    expect(saved.snapshot.value).toBe('choosing');
  });

  it('password- and secret-named keys nested in form data are blanked; other values, dates included, are kept', () => {
    const at = new Date('2026-12-05T10:00:00Z');
    const draft = createMachine({
      id: 'draft',
      context: {
        data: { name: 'Ada', newPassword: secrets[4], confirm: { repeatPassword: secrets[0] } },
        devices: [{ label: 'phone', totpSecret: secrets[2] }],
        dueAt: at,
      },
    });
    const saved = persistFlow(createActor(draft).start());
    assertClean(saved);
    expect(saved.snapshot.context).toEqual({
      data: { name: 'Ada', newPassword: null, confirm: { repeatPassword: null } },
      devices: [{ label: 'phone', totpSecret: null }],
      dueAt: at,
    });
  });

  it('support information (the PIN) and password reset mid-reset (code and new password)', async () => {
    const info = createActor(
      supportInfoMachine.provide({
        actors: {
          getSupportInfo: recordingPort('g', {
            output: {
              level: 'plus',
              pin: '87654321',
              pinValidUntil: new Date(Date.now() + 60_000).toISOString(),
            },
          }).logic,
        } as never,
      }),
    ).start();
    await waitFor(info, (s) => s.matches('showing'));
    const savedInfo = persistFlow(info);
    assertClean(savedInfo);
    // The PIN is fetched again on resume.
    const again = resumeFlow(
      supportInfoMachine.provide({
        actors: {
          getSupportInfo: recordingPort('g', {
            output: {
              level: 'plus',
              pin: '11223344',
              pinValidUntil: new Date(Date.now() + 60_000).toISOString(),
            },
          }).logic,
        } as never,
      }),
      roundTrip(savedInfo),
    );
    await waitFor(again, (s) => s.matches('showing') && s.context.pin === '11223344');
    const reset = createActor(
      passwordResetMachine.provide({
        actors: { requestReset: recordingPort('r', { output: {} }).logic, resetPassword: pending } as never,
      }),
      { input: {} },
    ).start();
    reset.send({ type: 'SUBMIT', data: { email: 'ada@analytical-engines.example' } });
    await waitFor(reset, (s) => s.matches('codeEntry'));
    reset.send({
      type: 'SUBMIT',
      data: {
        code: '654321',
        newPassword: 'velvet hammock orbit 1842',
        confirmPassword: 'velvet hammock orbit 1842',
      },
    });
    expect(reset.getSnapshot().value).toBe('resetting');
    const saved = persistFlow(reset);
    assertClean(saved);
    expect(saved.snapshot.value).toBe('codeEntry');
  });
});
