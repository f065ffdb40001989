import { assign, not, setup } from 'xstate';
import { form as nameBuilt } from '../../generated/forms/passkey-name.form.js';
import { type DurationInput, parseInstant, toMs } from '../common/durations.js';
import { flowForm } from '../common/form.js';
import { errorCode, type FlowIssue, issue, issuesFromError } from '../common/issues.js';
import { mfaReauthenticateForm } from '../mfa-enrollment/mfa-enrollment.machine.js';
import {
  type PasskeyAdded,
  type PasskeySummary,
  passkeysPorts,
  type WebAuthnOptions,
} from './passkeys.ports.js';

/** The compiled form of a passkey's name (1–64 characters, one line). */
export const passkeyNameForm = flowForm(nameBuilt);

/** Configuration: how recent a login must be to add or remove a passkey (default 5 min, as for other factors). */
export interface PasskeysInput {
  reauthWindow?: DurationInput;
}

/** What the user asked for that needs a recent authentication. */
export type PasskeysIntent = { action: 'add' } | { action: 'remove'; id: string };

/** What the last finished change was, for the element's announcement. */
export type PasskeysNotice = 'added' | 'renamed' | 'removed' | null;

/**
 * What passkey management knows. `options` holds the creation options only while the browser asks the
 * authenticator (`creating`); `recoveryCodes` the first recovery codes only while they are shown.
 */
export interface PasskeysContext {
  passkeys: PasskeySummary[];
  authenticatedAt: number | null;
  intent: PasskeysIntent | null;
  options: WebAuthnOptions | null;
  recoveryCodes: string[] | null;
  notice: PasskeysNotice;
  issues: FlowIssue[];
  config: { reauthWindowMs: number };
}

/** Events of passkey management (public API). */
export type PasskeysEvent =
  | { type: 'ADD' }
  | { type: 'RENAME'; id: string; data: Record<string, unknown> }
  | { type: 'REMOVE'; id: string }
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'ACKNOWLEDGE' }
  | { type: 'CANCEL' }
  | { type: 'RELOAD' }
  | { type: 'CLOSE' };

/** The list with `added` in it once (a repeated answer for the same passkey replaces its entry). */
const withPasskey = (list: PasskeySummary[], added: PasskeySummary) => [
  ...list.filter((p) => p.id !== added.id),
  added,
];

const known = (context: PasskeysContext, id: unknown) => context.passkeys.some((p) => p.id === id);

/** A refusal for lack of a recent login asks for the password again; anything else returns to the list. */
const reauthenticateOrList = [
  {
    guard: 'needsReauth',
    target: 'reauthenticating',
    actions: ['forgetAuthentication', 'errorIssues'],
  },
  { target: 'listing', actions: ['errorIssues', 'forgetIntent'] },
] as const;

/**
 * Passkey management from the MFA settings: list, add (after a recent authentication: the backend's options, the
 * browser's ceremony, the backend's verification), rename, remove (after a recent authentication). The first
 * passkey of an account without another factor brings the recovery codes, shown once. States: `loading`,
 * `listing`, `reauthenticating`, `requestingOptions`, `creating`, `saving`, `showingRecoveryCodes`, `renaming`,
 * `removing`, `closed` (final, on `CLOSE`).
 */
export const passkeysMachine = setup({
  types: {
    context: {} as PasskeysContext,
    events: {} as PasskeysEvent,
    input: {} as PasskeysInput,
  },
  actors: passkeysPorts,
  guards: {
    recentlyAuthenticated: ({ context }) =>
      context.authenticatedAt !== null &&
      Date.now() - context.authenticatedAt <= context.config.reauthWindowMs,
    wantsAdd: ({ context }) => context.intent?.action === 'add',
    knownPasskey: ({ context, event }) =>
      (event.type === 'REMOVE' || event.type === 'RENAME') && known(context, event.id),
    validRename: ({ context, event }) =>
      event.type === 'RENAME' && known(context, event.id) && passkeyNameForm.validate(event.data).ok,
    validPassword: ({ event }) => event.type === 'SUBMIT' && mfaReauthenticateForm.validate(event.data).ok,
    needsReauth: ({ event }) =>
      errorCode((event as { error?: unknown }).error) === 'reauthentication-required',
  },
  actions: {
    errorIssues: assign({ issues: ({ event }) => issuesFromError((event as { error?: unknown }).error) }),
    forgetAuthentication: assign({ authenticatedAt: null }),
    forgetIntent: assign({ intent: null, options: null }),
    nameIssues: assign({
      issues: ({ event }) => {
        if (event.type !== 'RENAME') return [];
        const r = passkeyNameForm.validate(event.data);
        // The rename form of a passkey that is not in the list: the list is stale, reload it.
        return r.ok ? [issue('', 'not-found')] : [...r.issues];
      },
    }),
    passwordIssues: assign({
      issues: ({ event }) => {
        const r = event.type === 'SUBMIT' ? mfaReauthenticateForm.validate(event.data) : null;
        return r && !r.ok ? [...r.issues] : [];
      },
    }),
  },
}).createMachine({
  id: 'passkeys',
  context: ({ input }) => ({
    passkeys: [],
    authenticatedAt: null,
    intent: null,
    options: null,
    recoveryCodes: null,
    notice: null,
    issues: [],
    config: { reauthWindowMs: toMs(input?.reauthWindow ?? { minutes: 5 }, 'reauthWindow') },
  }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'listPasskeys',
        onDone: {
          target: 'listing',
          actions: assign(({ event }) => ({
            passkeys: Array.isArray(event.output?.passkeys) ? event.output.passkeys : [],
            authenticatedAt: event.output?.authenticatedAt
              ? parseInstant(event.output.authenticatedAt, 0)
              : null,
          })),
        },
        onError: [
          // A backend that wants a recent login even for the list: nobody asked for a change yet, so there is
          // nothing to tell; the next change asks for the password.
          { guard: 'needsReauth', target: 'listing', actions: 'forgetAuthentication' },
          { target: 'listing', actions: 'errorIssues' },
        ],
      },
    },
    listing: {
      on: {
        ADD: {
          target: 'dispatch',
          actions: assign({ intent: { action: 'add' } as PasskeysIntent, issues: [], notice: null }),
        },
        REMOVE: {
          guard: 'knownPasskey',
          target: 'dispatch',
          actions: assign({
            intent: ({ event }) => ({ action: 'remove', id: event.id }) as PasskeysIntent,
            issues: [],
            notice: null,
          }),
        },
        RENAME: [
          { guard: 'validRename', target: 'renaming', actions: assign({ issues: [], notice: null }) },
          { actions: 'nameIssues' },
        ],
        RELOAD: { target: 'loading', actions: assign({ issues: [], notice: null }) },
        CLOSE: { target: 'closed' },
      },
    },
    // Routes a chosen change: re-authenticate first unless the last login is recent enough.
    dispatch: {
      always: [
        { guard: not('recentlyAuthenticated'), target: 'reauthenticating' },
        { guard: 'wantsAdd', target: 'requestingOptions' },
        { target: 'removing' },
      ],
    },
    reauthenticating: {
      initial: 'editing',
      on: { CANCEL: { target: 'listing', actions: ['forgetIntent', assign({ issues: [] })] } },
      states: {
        editing: {
          on: {
            SUBMIT: [
              { guard: 'validPassword', target: 'submitting', actions: assign({ issues: [] }) },
              { actions: 'passwordIssues' },
            ],
          },
        },
        submitting: {
          meta: { resume: { reauthenticating: 'editing' } },
          invoke: {
            src: 'reauthenticate',
            input: ({ event }) => ({
              password: event.type === 'SUBMIT' ? String(event.data.password ?? '') : '',
            }),
            onDone: {
              target: '#passkeys.dispatch',
              actions: assign({
                authenticatedAt: ({ event }) => parseInstant(event.output?.authenticatedAt, Date.now()),
              }),
            },
            onError: { target: 'editing', actions: 'errorIssues' },
          },
        },
      },
    },
    requestingOptions: {
      meta: { resume: 'listing' },
      invoke: {
        src: 'passkeyCreationOptions',
        onDone: { target: 'creating', actions: assign({ options: ({ event }) => event.output.options }) },
        onError: reauthenticateOrList,
      },
    },
    // The browser asks the authenticator; a cancelled dialog returns to the list with its issue.
    creating: {
      meta: { resume: 'listing' },
      invoke: {
        src: 'createPasskey',
        input: ({ context }) => ({ options: context.options ?? {} }),
        onDone: { target: 'saving', actions: assign({ options: null }) },
        onError: { target: 'listing', actions: ['errorIssues', 'forgetIntent'] },
      },
    },
    saving: {
      meta: { resume: 'listing' },
      invoke: {
        src: 'savePasskey',
        input: ({ event }) => ({ response: (event as { output?: Record<string, unknown> }).output ?? {} }),
        onDone: [
          {
            guard: ({ event }) => (event.output?.recoveryCodes?.length ?? 0) > 0,
            target: 'showingRecoveryCodes',
            actions: assign(({ context, event }) => ({
              passkeys: withPasskey(context.passkeys, event.output.passkey),
              recoveryCodes: (event.output as PasskeyAdded).recoveryCodes?.map(String) ?? null,
              intent: null,
              notice: 'added' as const,
            })),
          },
          {
            target: 'listing',
            actions: assign(({ context, event }) => ({
              passkeys: withPasskey(context.passkeys, event.output.passkey),
              intent: null,
              notice: 'added' as const,
            })),
          },
        ],
        onError: reauthenticateOrList,
      },
    },
    // The only time the codes exist in clear; they leave context when the user says they saved them.
    showingRecoveryCodes: {
      meta: { resume: 'listing' },
      on: { ACKNOWLEDGE: { target: 'listing', actions: assign({ recoveryCodes: null }) } },
    },
    renaming: {
      meta: { resume: 'listing' },
      invoke: {
        src: 'renamePasskey',
        input: ({ event }) => ({
          id: event.type === 'RENAME' ? event.id : '',
          name: event.type === 'RENAME' ? String(event.data.name ?? '').trim() : '',
        }),
        onDone: {
          target: 'listing',
          actions: assign(({ context, event }) => ({
            passkeys: context.passkeys.map((p) => (p.id === event.output.id ? event.output : p)),
            notice: 'renamed' as const,
          })),
        },
        onError: { target: 'listing', actions: 'errorIssues' },
      },
    },
    removing: {
      meta: { resume: 'listing' },
      invoke: {
        src: 'removePasskey',
        input: ({ context }) => ({ id: context.intent?.action === 'remove' ? context.intent.id : '' }),
        onDone: {
          target: 'listing',
          actions: assign(({ context }) => ({
            passkeys: context.passkeys.filter(
              (p) => !(context.intent?.action === 'remove' && p.id === context.intent.id),
            ),
            intent: null,
            notice: 'removed' as const,
          })),
        },
        onError: reauthenticateOrList,
      },
    },
    closed: { type: 'final' },
  },
});
