import { assign, setup } from 'xstate';
import { form as built } from '../../generated/forms/rma.form.js';
import { flowForm } from '../common/form.js';
import { type FlowIssue, issuesFromError } from '../common/issues.js';
import { rmaPorts } from './rma.ports.js';

/** The compiled RMA form (address confirmation required; extra serials only with "more than one device"). */
export const rmaForm = flowForm(built);

/** What the RMA request knows: the whole draft, so a reload loses nothing. */
export interface RmaContext {
  data: Record<string, unknown>;
  issues: FlowIssue[];
  /** Set when a serial belongs to a partner: the UI refers the user to that vendor's RMA process. */
  referral: { vendor: string; rmaUrl: string | null; serialNumber: string | null } | null;
  rmaId: string | null;
  rmaNumber: string | null;
}

/** Events of the RMA request (public API). CHANGE stores the draft as the user types. */
export type RmaEvent =
  | { type: 'CHANGE'; data: Record<string, unknown> }
  | { type: 'SUBMIT'; data: Record<string, unknown> }
  | { type: 'CANCEL' }
  /** From the partner referral back to the form, to correct a mistyped serial number. */
  | { type: 'EDIT' };

/**
 * An RMA request for the vendor's own hardware: `loading` (pre-fill the registered delivery address, unconfirmed)
 * → `editing` → `checkingHardware` → `submitting` → `submitted` (final). Every serial (main and extra) is checked:
 * one that is not the company's comes back as a field issue; partner hardware goes to `referred` (the partner's
 * RMA link), from where `EDIT` returns to the form to correct the serial. The address must be confirmed
 * (`addressConfirmed: true`) on every request.
 */
export const rmaMachine = setup({
  types: {
    context: {} as RmaContext,
    events: {} as RmaEvent,
    input: {} as { data?: Record<string, unknown> },
  },
  actors: rmaPorts,
  guards: {
    valid: ({ event }) => event.type === 'SUBMIT' && rmaForm.validate(event.data).ok,
  },
}).createMachine({
  id: 'rma',
  context: ({ input }) => ({
    data: { ...(input?.data ?? {}) },
    issues: [],
    referral: null,
    rmaId: null,
    rmaNumber: null,
  }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadRmaDefaults',
        onDone: {
          target: 'editing',
          actions: assign(({ context, event }) => ({
            // A draft's own address wins; the confirmation is never pre-filled; the form's defaults
            // ("more than one device": No) show as chosen.
            data: {
              ...rmaForm.defaults(),
              ...context.data,
              deliveryAddress: context.data.deliveryAddress ?? event.output.deliveryAddress ?? {},
              addressConfirmed: context.data.addressConfirmed === true,
            },
          })),
        },
        onError: {
          target: 'editing',
          actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
        },
      },
    },
    editing: {
      on: {
        CHANGE: { actions: assign({ data: ({ event }) => ({ ...event.data }) }) },
        SUBMIT: [
          {
            guard: 'valid',
            target: 'checkingHardware',
            actions: assign(({ event }) => {
              const r = rmaForm.validate(event.data);
              return { data: r.ok ? r.value : event.data, issues: [] };
            }),
          },
          {
            actions: assign(({ event }) => {
              const r = rmaForm.validate(event.data);
              return { data: { ...event.data }, issues: r.ok ? [] : r.issues };
            }),
          },
        ],
        CANCEL: 'cancelled',
      },
    },
    checkingHardware: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'checkHardware',
        input: ({ context }) => ({
          serialNumber: String(context.data.serialNumber ?? ''),
          ...(Array.isArray(context.data.additionalSerialNumbers)
            ? { additionalSerialNumbers: context.data.additionalSerialNumbers.map(String) }
            : {}),
        }),
        onDone: [
          {
            guard: ({ event }) => event.output.owner === 'partner',
            target: 'referred',
            actions: assign({
              referral: ({ event }) =>
                event.output.owner === 'partner'
                  ? {
                      vendor: event.output.vendor,
                      rmaUrl: event.output.rmaUrl ?? null,
                      serialNumber: event.output.serialNumber ?? null,
                    }
                  : null,
            }),
          },
          { target: 'submitting' },
        ],
        onError: {
          target: 'editing',
          actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
        },
      },
    },
    submitting: {
      meta: { resume: 'editing' },
      invoke: {
        src: 'submitRma',
        input: ({ context }) => ({ data: context.data }),
        onDone: {
          target: 'submitted',
          actions: assign(({ event }) => ({
            rmaId: event.output.rmaId,
            rmaNumber: event.output.number ?? null,
          })),
        },
        onError: {
          target: 'editing',
          actions: assign({ issues: ({ event }) => issuesFromError(event.error) }),
        },
      },
    },
    referred: {
      on: {
        EDIT: { target: 'editing', actions: assign({ referral: null, issues: [] }) },
        CANCEL: 'cancelled',
      },
    },
    submitted: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
