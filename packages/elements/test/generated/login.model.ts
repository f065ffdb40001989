/**
 * The login flow's machine with the answers its ports may give, for the generated browser suite of
 * `<gate-login>`: each SUBMIT carries what the step's form asks for, as a person types it.
 */
import { defineModel } from '@gatehouse/check';
import { loginMachine } from '@gatehouse/flows/login';
import { withoutTimes } from './model-key.js';

const session = { user: { id: 'u1', email: 'ada@analytical-engines.com' } };
const strong = 'tangerine velvet lighthouse 42 orbit';

export default defineModel({
  name: 'login',
  machine: loginMachine,
  options: {
    // Two failures lock for one second: long enough to see, short enough to wait for.
    input: { maxAttempts: 2, lockoutCooldown: 1000, resendCooldown: 0 },
    events: {
      SUBMIT: (s) =>
        s.matches('credentials')
          ? [{ data: { email: 'ada@analytical-engines.com', password: 'correct horse battery staple' } }]
          : s.matches('changingPassword')
            ? [{ data: { newPassword: strong, confirmPassword: strong } }]
            : s.matches('mfaChallenge')
              ? [{ data: { method: 'email', code: '123456' } }]
              : [],
      RESEND: [{}],
      CANCEL: [{}],
    },
    actors: {
      getSession: [{ output: null }, { output: session }],
      authenticate: [
        { output: { status: 'ok', session } },
        { output: { status: 'password-change-required' } },
        { output: { status: 'mfa-required', methods: ['email'] } },
        { output: { status: 'invalid' } },
      ],
      changePassword: [{ output: { status: 'ok', session } }],
      verifyMfa: [{ output: { status: 'ok', session } }, { output: { status: 'invalid' } }],
      sendMfaCode: [{ output: {} }],
    },
    key: withoutTimes,
  },
});
