import { assign, setup } from 'xstate';
import { form as built } from '../../generated/forms/invitation-accept.form.js';
import { flowForm } from '../common/form.js';
import { errorCode, type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import type { Session } from '../login/login.ports.js';
import { invitationAcceptPorts } from './invitation-accept.ports.js';

/** The compiled form of the invitee's password (NIST policy) and its confirmation. */
export const invitationAcceptForm = flowForm(built);

/** Configuration of the invitation acceptance. */
export interface InvitationAcceptInput {
  /** The token of the invite link (`?token=…`). Without one the flow ends in `invalidLink`. */
  token?: string | null;
}

/**
 * What the invitation acceptance knows. The token is the link's single-use secret: `persistFlow` nulls it, so a
 * restored flow asks for the link again instead of keeping it in browser storage. Passwords stay in events.
 */
export interface InvitationAcceptContext {
  token: string | null;
  issues: FlowIssue[];
  session: Session | null;
}

/** Events of the invitation acceptance (public API). */
export type InvitationAcceptEvent = { type: 'SUBMIT'; data: Record<string, unknown> };

const hasToken = (token: unknown): token is string => typeof token === 'string' && token.trim() !== '';

/**
 * An invited user opens the invite link and sets a password: `editing` → `accepting` → `accepted` (final; the
 * account exists and the user signs in under the usual login and MFA rules), or `expired` / `invalidLink`
 * (final) when the link is past its lifetime, already used or missing. A SUBMIT that fails the form stays in
 * `editing` with `context.issues` and never calls `acceptInvitation`.
 */
export const invitationAcceptMachine = setup({
  types: {
    context: {} as InvitationAcceptContext,
    events: {} as InvitationAcceptEvent,
    input: {} as InvitationAcceptInput,
  },
  actors: invitationAcceptPorts,
  guards: {
    noToken: ({ context }) => !hasToken(context.token),
    valid: ({ event }) => invitationAcceptForm.validate(event.data).ok,
  },
  actions: {
    linkInvalid: assign({ issues: [issue('', 'invalid-token')] }),
  },
}).createMachine({
  id: 'invitationAccept',
  context: ({ input }) => ({
    token: hasToken(input?.token) ? input.token : null,
    issues: [],
    session: null,
  }),
  initial: 'editing',
  states: {
    editing: {
      // A link without a token (or a restored flow whose token was never persisted) cannot be accepted.
      always: { guard: 'noToken', target: 'invalidLink', actions: 'linkInvalid' },
      on: {
        SUBMIT: [
          { guard: 'noToken', target: 'invalidLink', actions: 'linkInvalid' },
          { guard: 'valid', target: 'accepting', actions: assign({ issues: [] }) },
          {
            actions: assign({
              issues: ({ event }) => {
                const r = invitationAcceptForm.validate(event.data);
                return r.ok ? [] : r.issues;
              },
            }),
          },
        ],
      },
    },
    accepting: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'acceptInvitation',
        input: ({ context, event }) => ({
          token: context.token ?? '',
          newPassword: event.type === 'SUBMIT' ? String(event.data.newPassword ?? '') : '',
        }),
        onDone: {
          target: 'accepted',
          actions: assign({ session: ({ event }) => event.output?.session ?? null, issues: [] }),
        },
        onError: [
          {
            guard: ({ event }) => errorCode(event.error) === 'expired-token',
            target: 'expired',
            actions: assign({ issues: [issue('', 'expired-token')] }),
          },
          {
            guard: ({ event }) => errorCode(event.error) === 'invalid-token',
            target: 'invalidLink',
            actions: 'linkInvalid',
          },
          { target: 'editing', actions: assign({ issues: ({ event }) => issuesFromError(event.error) }) },
        ],
      },
    },
    accepted: { type: 'final' },
    expired: { type: 'final' },
    invalidLink: { type: 'final' },
  },
});
