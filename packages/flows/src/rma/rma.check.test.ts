import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { rmaMachine } from './rma.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };

const result = checkSync(rmaMachine, {
  input: {},
  events: {
    SUBMIT: [
      {
        data: {
          serialNumber: 'AB12-345678',
          description: 'Fails its power-on self test with 0x2F.',
          deliveryAddress: { company: 'AE', street: '1 Rd', postalCode: '1', city: 'L', country: 'GB' },
          addressConfirmed: true,
        },
      },
      {
        data: {
          serialNumber: 'AB12-345678',
          description: 'Fails its power-on self test with 0x2F.',
          deliveryAddress: { company: 'AE', street: '1 Rd', postalCode: '1', city: 'L', country: 'GB' },
          addressConfirmed: false,
        },
      },
    ],
    CANCEL: [{}],
    EDIT: [{}],
  },
  actors: {
    loadRmaDefaults: [
      {
        output: {
          deliveryAddress: { company: 'AE', street: '1 Rd', postalCode: '1', city: 'L', country: 'GB' },
        },
      },
    ],
    checkHardware: [
      { output: { owner: 'vendor' } },
      { output: { owner: 'partner', vendor: 'Acme', serialNumber: 'PX12-345678' } },
      fail,
      // A serial that is not the company's: a field issue, back to the form.
      {
        error: new GatehouseError('invalid-request', 'not registered', {
          issues: [{ path: '/serialNumber', code: 'unknown-device', params: { serial: 'AB12-345678' } }],
        }),
      },
    ],
    submitRma: [{ output: { rmaId: 'r' } }, fail],
  },
  key: flowStateKey,
  invariants: {
    submittedOnlyWithConfirmedAddress: (s) =>
      !s.matches('submitted') || s.context.data.addressConfirmed === true,
    partnerHardwareNeverSubmitted: (s) => !(s.matches('submitted') && s.context.referral !== null),
    // EDIT clears the referral: the corrected serials are checked afresh.
    referralOnlyWhileReferred: (s) =>
      s.matches('referred') || s.matches('cancelled') || s.context.referral === null,
  },
  maxStates: 50_000,
});

describe('RMA model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
