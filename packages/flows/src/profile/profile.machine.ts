import { assign, setup } from 'xstate';
import { form as built } from '../../generated/forms/profile.form.js';
import { form as codeBuilt } from '../../generated/forms/profile-phone-code.form.js';
import { type DurationInput, parseInstant, toMs } from '../common/durations.js';
import { flowForm } from '../common/form.js';
import { type FlowIssue, issuesFromError } from '../common/issues.js';
import { type Profile, profilePorts } from './profile.ports.js';

/** The compiled profile form. */
export const profileForm = flowForm(built);
/** The compiled SMS code form. */
export const profilePhoneCodeForm = flowForm(codeBuilt);

/** Configuration of profile editing. */
export interface ProfileInput {
  resendCooldown?: DurationInput;
}

/** What profile editing knows; `pendingPhone` is the new number awaiting its SMS code (not yet stored). */
export interface ProfileContext {
  profile: Profile | null;
  data: Record<string, unknown>;
  pendingPhone: string | null;
  verificationId: string | null;
  resendAvailableAt: number | null;
  issues: FlowIssue[];
  config: { resendCooldownMs: number };
}

/** Events of profile editing (public API). */
export type ProfileEvent =
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'RESEND' }
  | { type: 'CANCEL' }
  | { type: 'EDIT' }
  | { type: 'RETRY' }
  | { type: 'CLOSE' };

/** The person's country from the loaded profile: the phone rule's default for a number without +. */
const subjectOf = (context: ProfileContext) =>
  context.profile?.country ? { subject: { country: context.profile.country } } : undefined;

const phoneOf = (data: Record<string, unknown>) =>
  typeof data.phone === 'string' && data.phone !== '' ? data.phone : null;

/**
 * Profile editing: `loading` → `editing` → `saving` → `saved`, with a changed phone number going through
 * `requestingCode` → `verifyingPhone` → `confirmingPhone` first: the number is stored only after its SMS code.
 * `unavailable` when the profile cannot be loaded (RETRY); CLOSE ends the flow (`closed`).
 */
export const profileMachine = setup({
  types: { context: {} as ProfileContext, events: {} as ProfileEvent, input: {} as ProfileInput },
  actors: profilePorts,
  guards: {
    validProfile: ({ context, event }) =>
      event.type === 'SUBMIT' && profileForm.validate(event.data, subjectOf(context)).ok,
    validCode: ({ event }) => event.type === 'SUBMIT' && profilePhoneCodeForm.validate(event.data).ok,
    phoneChanged: ({ context }) => context.pendingPhone !== null,
    canResend: ({ context }) => Date.now() >= (context.resendAvailableAt ?? 0),
  },
  actions: {
    keepStoredPhone: assign({
      profile: ({ context, event }) => {
        const { phone: _ignored, ...rest } = (event as unknown as { output: Profile }).output;
        const phone = context.profile?.phone;
        return phone === undefined ? rest : { ...rest, phone };
      },
    }),
    errorIssues: assign({ issues: ({ event }) => issuesFromError((event as { error?: unknown }).error) }),
  },
}).createMachine({
  id: 'profile',
  context: ({ input }) => ({
    profile: null,
    data: {},
    pendingPhone: null,
    verificationId: null,
    resendAvailableAt: null,
    issues: [],
    config: { resendCooldownMs: toMs(input?.resendCooldown ?? { seconds: 60 }, 'resendCooldown') },
  }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadProfile',
        onDone: {
          target: 'editing',
          actions: assign(({ event }) => {
            const { email: _e, company: _c, country: _k, ...editable } = event.output;
            return { profile: event.output, data: editable, issues: [] };
          }),
        },
        onError: { target: 'unavailable', actions: 'errorIssues' },
      },
    },
    unavailable: { on: { RETRY: 'loading', CLOSE: 'closed' } },
    editing: {
      on: {
        SUBMIT: [
          {
            guard: 'validProfile',
            target: 'saving',
            actions: assign(({ context, event }) => {
              const result = profileForm.validate(
                event.type === 'SUBMIT' ? event.data : {},
                subjectOf(context),
              );
              const data = result.ok ? result.value : {};
              const phone = phoneOf(data);
              return {
                data,
                pendingPhone: phone !== (context.profile?.phone ?? null) ? phone : null,
                issues: [],
              };
            }),
          },
          {
            actions: assign(({ context, event }) => {
              const data = event.type === 'SUBMIT' ? event.data : {};
              const result = profileForm.validate(data, subjectOf(context));
              return { data: { ...data }, issues: result.ok ? [] : result.issues };
            }),
          },
        ],
        CLOSE: 'closed',
      },
    },
    saving: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'saveProfile',
        // The phone is never saved directly: only `confirmPhone` stores it.
        input: ({ context }) => {
          const { phone: _p, ...rest } = context.data;
          return { data: rest };
        },
        // Whatever the save answers, the stored phone changes only through `confirmPhone`.
        onDone: [
          { guard: 'phoneChanged', target: 'requestingCode', actions: 'keepStoredPhone' },
          { target: 'saved', actions: 'keepStoredPhone' },
        ],
        onError: { target: 'editing', actions: 'errorIssues' },
      },
    },
    requestingCode: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'requestPhoneVerification',
        input: ({ context }) => ({ phone: context.pendingPhone ?? '' }),
        onDone: {
          target: 'verifyingPhone',
          actions: assign(({ context, event }) => ({
            verificationId: event.output.verificationId,
            resendAvailableAt: parseInstant(
              event.output.resendAvailableAt,
              Date.now() + context.config.resendCooldownMs,
            ),
            issues: [],
          })),
        },
        onError: { target: 'editing', actions: 'errorIssues' },
      },
    },
    verifyingPhone: {
      on: {
        SUBMIT: [
          { guard: 'validCode', target: 'confirmingPhone', actions: assign({ issues: [] }) },
          {
            actions: assign({
              issues: ({ event }) => {
                const r = profilePhoneCodeForm.validate(event.type === 'SUBMIT' ? event.data : {});
                return r.ok ? [] : r.issues;
              },
            }),
          },
        ],
        RESEND: { guard: 'canResend', target: 'requestingCode' },
        // Keep the stored number: drop the unverified one.
        CANCEL: {
          target: 'editing',
          actions: assign(({ context }) => ({
            pendingPhone: null,
            verificationId: null,
            data: { ...context.data, phone: context.profile?.phone ?? '' },
          })),
        },
      },
    },
    confirmingPhone: {
      meta: { resume: 'verifyingPhone' },
      invoke: {
        src: 'confirmPhone',
        input: ({ context, event }) => ({
          verificationId: context.verificationId ?? '',
          code: event.type === 'SUBMIT' ? String(event.data.code ?? '') : '',
        }),
        onDone: {
          target: 'saved',
          actions: assign({ profile: ({ event }) => event.output, pendingPhone: null, verificationId: null }),
        },
        onError: { target: 'verifyingPhone', actions: 'errorIssues' },
      },
    },
    saved: { on: { EDIT: 'editing', CLOSE: 'closed' } },
    closed: { type: 'final' },
  },
});
