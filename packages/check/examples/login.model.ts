// examples/login.model.ts
import { defineModel } from '@gatehouse/check';
import { loginMachine } from './login.machine.js';

export default defineModel({
  name: 'login',
  machine: loginMachine,
  options: {
    // Only these events are sent. `{}` is the bare event; list the payloads that change behaviour.
    events: { SUBMIT: [{}], CODE: [{ ok: true }, { ok: false }], NEW_PASSWORD: [{}] },
    // Each outcome of each invoked actor (by `src` name or invoke id) is explored.
    actors: {
      checkPassword: [
        { output: { mfa: false, oneTime: false } },
        { output: { mfa: true, oneTime: false } },
        { output: { mfa: true, oneTime: true } },
        { error: new Error('wrong password') },
      ],
    },
    invariants: {
      // `s` is typed from the machine: a typo in a context field fails `tsc --strict`.
      noSessionWithoutMfa: (s) => !s.matches('authenticated') || !s.context.mfaEnrolled || s.context.mfaPassed,
    },
  },
});
