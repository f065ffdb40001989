// packages/flows/examples/invitation-accept-stub.ts — run: node --conditions=source --import tsx packages/flows/examples/invitation-accept-stub.ts
import { createActor, fromPromise, waitFor } from 'xstate';
import { invitationAcceptMachine } from '@gatehouse/flows/invitation-accept';

// With a backend: .provide({ actors: createHttpPorts({ baseUrl: '/api/gatehouse' }).invitationAccept })
const machine = invitationAcceptMachine.provide({
  actors: {
    acceptInvitation: fromPromise(async ({ input }) => {
      console.log('acceptInvitation called for token', input.token);
      return { status: 'ok' as const, session: { user: { id: 'u-7', email: 'grace@analytical-engines.example' } } };
    }),
  },
});
const token = new URL('https://portal.example/invite?token=abc123').searchParams.get('token');
const actor = createActor(machine, { input: { token } }).start();

actor.send({ type: 'SUBMIT', data: { newPassword: 'short', confirmPassword: 'short' } });
console.log(actor.getSnapshot().value, actor.getSnapshot().context.issues.map((i) => i.code)); // editing [ 'too-short' ]

const password = 'velvet hammock orbit 1842';
actor.send({ type: 'SUBMIT', data: { newPassword: password, confirmPassword: password } });
await waitFor(actor, (s) => s.status === 'done');
console.log(actor.getSnapshot().value, actor.getSnapshot().context.session); // accepted { user: … }
