import { assign, setup } from 'xstate';
import { form as built } from '../../generated/forms/invitation.form.js';
import { flowForm } from '../common/form.js';
import { type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import { invitationPorts, type Role } from './invitation.ports.js';

/** The compiled invitation form. */
export const invitationForm = flowForm(built);

/** What the invitation knows. */
export interface InvitationContext {
  roles: Role[];
  data: Record<string, unknown>;
  invitationId: string | null;
  issues: FlowIssue[];
}

/** Events of the invitation (public API). */
export type InvitationEvent =
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'RETRY' }
  | { type: 'CANCEL' };

function check(data: Record<string, unknown>, roles: Role[]): FlowIssue[] {
  const r = invitationForm.validate(data);
  const issues: FlowIssue[] = r.ok ? [] : [...r.issues];
  const known = new Set(roles.map((x) => x.id));
  if (Array.isArray(data.roles)) {
    data.roles.forEach((role, i) => {
      if (typeof role === 'string' && !known.has(role))
        issues.push(issue(`/roles/${i}`, 'unknown-role', { role }));
    });
  }
  return issues;
}

/**
 * The Super Admin invites a user with roles: `loadingRoles` → `editing` → `sending` → `invited` (final), or
 * `cancelled`; `unavailable` (RETRY) when the roles cannot be loaded. Only roles the backend lists are accepted.
 */
export const invitationMachine = setup({
  types: { context: {} as InvitationContext, events: {} as InvitationEvent },
  actors: invitationPorts,
  guards: {
    valid: ({ context, event }) => event.type === 'SUBMIT' && check(event.data, context.roles).length === 0,
  },
}).createMachine({
  id: 'invitation',
  context: { roles: [], data: {}, invitationId: null, issues: [] },
  initial: 'loadingRoles',
  states: {
    loadingRoles: {
      invoke: {
        src: 'listRoles',
        onDone: {
          target: 'editing',
          actions: assign({ roles: ({ event }) => event.output.roles, issues: [] }),
        },
        onError: {
          target: 'unavailable',
          actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
        },
      },
    },
    unavailable: { on: { RETRY: 'loadingRoles', CANCEL: 'cancelled' } },
    editing: {
      on: {
        SUBMIT: [
          {
            guard: 'valid',
            target: 'sending',
            actions: assign(({ event }) => {
              const r = invitationForm.validate(event.data);
              return { data: r.ok ? r.value : event.data, issues: [] };
            }),
          },
          {
            actions: assign(({ context, event }) => ({
              data: { ...event.data },
              issues: check(event.data, context.roles),
            })),
          },
        ],
        CANCEL: 'cancelled',
      },
    },
    sending: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'inviteUser',
        input: ({ context }) => ({ data: context.data }),
        onDone: {
          target: 'invited',
          actions: assign({ invitationId: ({ event }) => event.output.invitationId }),
        },
        onError: {
          target: 'editing',
          actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
        },
      },
    },
    invited: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
