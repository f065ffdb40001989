import { assign, setup } from 'xstate';
import { form as built } from '../../generated/forms/password-change.form.js';
import { flowForm } from '../common/form.js';
import { errorCode, type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import { passwordChangePorts } from './password-change.ports.js';

/** The compiled password change form (current, new with the NIST policy, confirmation). */
export const passwordChangeForm = flowForm(built);

/** What the password change knows: only issues. Passwords travel in the SUBMIT event to the port. */
export interface PasswordChangeContext {
  issues: FlowIssue[];
}

/** Events of the password change (public API). */
export type PasswordChangeEvent = { type: 'SUBMIT'; data: Record<string, unknown> } | { type: 'CANCEL' };

/**
 * Change the password while signed in: `editing` → `submitting` → `changed` (final; the UI shows a short
 * confirmation), or `cancelled`. Requirements are checked as the user types by the form; the server re-checks.
 */
export const passwordChangeMachine = setup({
  types: { context: {} as PasswordChangeContext, events: {} as PasswordChangeEvent },
  actors: passwordChangePorts,
  guards: {
    valid: ({ event }) => event.type === 'SUBMIT' && passwordChangeForm.validate(event.data).ok,
  },
}).createMachine({
  id: 'passwordChange',
  context: { issues: [] },
  initial: 'editing',
  states: {
    editing: {
      on: {
        SUBMIT: [
          { guard: 'valid', target: 'submitting', actions: assign({ issues: [] }) },
          {
            actions: assign({
              issues: ({ event }) => {
                const r = passwordChangeForm.validate(event.type === 'SUBMIT' ? event.data : {});
                return r.ok ? [] : r.issues;
              },
            }),
          },
        ],
        CANCEL: 'cancelled',
      },
    },
    submitting: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'changePassword',
        input: ({ event }) => ({
          currentPassword: event.type === 'SUBMIT' ? String(event.data.currentPassword ?? '') : '',
          newPassword: event.type === 'SUBMIT' ? String(event.data.newPassword ?? '') : '',
        }),
        onDone: { target: 'changed' },
        onError: [
          {
            guard: ({ event }) => errorCode(event.error) === 'invalid-current-password',
            target: 'editing',
            actions: assign({ issues: [issue('/currentPassword', 'invalid-current-password')] }),
          },
          { target: 'editing', actions: assign({ issues: ({ event }) => issuesFromError(event.error) }) },
        ],
      },
    },
    changed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
