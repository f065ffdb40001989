// Run: node --conditions=source --import tsx packages/flows/examples/registration-stub.ts
import { createActor, waitFor } from 'xstate';
import { recordingPort } from '../src/index.js';
import { registrationMachine } from '../src/registration/index.js';

const register = recordingPort<{ id: string }, { data: Record<string, unknown> }>('register', { output: { id: 'reg-1' } });
const confirmEmail = recordingPort<{ id: string }, { token: string }>('confirmEmail', { output: { id: 'reg-1' } });
const actor = createActor(
  registrationMachine.provide({ actors: { register: register.logic, confirmEmail: confirmEmail.logic } }),
  { input: {} },
).start();

const data = { givenName: 'Ada', familyName: 'Lovelace', company: 'Analytical Engines Ltd', termsAccepted: true };
actor.send({ type: 'SUBMIT', data: { ...data, email: 'ada@gmail.com' } });
console.log(actor.getSnapshot().value, actor.getSnapshot().context.issues.map((i) => `${i.path} ${i.code}`));
// → editing [ '/email free-provider' ]   (register was not called)

actor.send({ type: 'SUBMIT', data: { ...data, email: 'ada.lovelace@analytical-engines.example' } });
await waitFor(actor, (s) => s.matches('awaitingConfirmation'));
actor.send({ type: 'CONFIRM', token: 'token-from-the-link' });
await waitFor(actor, (s) => s.matches('awaitingApproval'));
actor.send({ type: 'APPROVED' });
console.log(actor.getSnapshot().value, register.calls.length, confirmEmail.calls);
// → approved 1 [ { token: 'token-from-the-link' } ]
