// examples/login.machine.ts
import { assign, fromPromise, setup } from 'xstate';

/** A login with a planted bug: a one-time password leads to the password change, and from there straight in. */
export const loginMachine = setup({
  types: {
    context: {} as { mfaEnrolled: boolean; mfaPassed: boolean; mustChangePassword: boolean },
    events: {} as { type: 'SUBMIT' } | { type: 'CODE'; ok: boolean } | { type: 'NEW_PASSWORD' },
  },
  actors: {
    checkPassword: fromPromise<{ mfa: boolean; oneTime: boolean }>(async () => ({ mfa: false, oneTime: false })),
  },
}).createMachine({
  id: 'login',
  initial: 'credentials',
  context: { mfaEnrolled: false, mfaPassed: false, mustChangePassword: false },
  states: {
    credentials: { on: { SUBMIT: 'checking' } },
    checking: {
      invoke: {
        src: 'checkPassword',
        onDone: {
          target: 'routing',
          actions: assign(({ event }) => ({ mfaEnrolled: event.output.mfa, mustChangePassword: event.output.oneTime })),
        },
        onError: 'credentials',
      },
    },
    routing: {
      always: [
        { guard: ({ context }) => context.mustChangePassword, target: 'changePassword' },
        { guard: ({ context }) => context.mfaEnrolled && !context.mfaPassed, target: 'mfa' },
        { target: 'authenticated' },
      ],
    },
    mfa: {
      on: {
        CODE: [{ guard: ({ event }) => event.ok, target: 'routing', actions: assign({ mfaPassed: true }) }, { target: 'mfa' }],
      },
    },
    changePassword: {
      // The bug: this should go back to `routing`, which asks for MFA first.
      on: { NEW_PASSWORD: { target: 'authenticated', actions: assign({ mustChangePassword: false }) } },
    },
    authenticated: { type: 'final' },
  },
});
