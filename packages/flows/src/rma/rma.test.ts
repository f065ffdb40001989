import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { type PortAnswer, recordingPort } from '../common/recording-port.js';
import { rmaMachine } from './rma.machine.js';
import type { DeliveryAddress, HardwareOwner } from './rma.ports.js';

const address: DeliveryAddress = {
  company: 'Analytical Engines Ltd',
  street: '12 Marylebone Rd',
  postalCode: 'NW1 5LR',
  city: 'London',
  country: 'GB',
};
const request = {
  serialNumber: 'AB12-345678',
  description: 'The appliance fails its power-on self test with error 0x2F.',
  deliveryAddress: address,
  addressConfirmed: true,
};

function start(
  load: PortAnswer<{ deliveryAddress?: Partial<DeliveryAddress> }>[] = [
    { output: { deliveryAddress: address } },
  ],
) {
  const p = {
    loadRmaDefaults: recordingPort<{ deliveryAddress?: Partial<DeliveryAddress> }, void>('defaults', ...load),
    checkHardware: recordingPort<HardwareOwner, { serialNumber: string }>('check', {
      output: { owner: 'vendor' },
    }),
    submitRma: recordingPort<{ rmaId: string; number?: string }, { data: Record<string, unknown> }>(
      'submit',
      {
        output: { rmaId: 'r1', number: 'RMA-7' },
      },
    ),
  };
  const actors = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.logic]));
  const actor = createActor(rmaMachine.provide({ actors }), { input: {} }).start();
  return { actor, ...p };
}

const editing = async (t = start()) => {
  await waitFor(t.actor, (s) => s.matches('editing'));
  return t;
};

describe('rma', () => {
  it('pre-fills the registered address but never its confirmation', async () => {
    const t = await editing();
    expect(t.actor.getSnapshot().context.data).toEqual({
      moreThanOneDevice: false,
      deliveryAddress: address,
      addressConfirmed: false,
    });
    t.actor.send({ type: 'SUBMIT', data: { ...request, addressConfirmed: false } });
    expect(t.actor.getSnapshot().context.issues).toContainEqual(
      expect.objectContaining({ path: '/addressConfirmed' }),
    );
    expect(t.checkHardware.calls).toHaveLength(0);
  });

  it('additional serial numbers are required only with "more than one device", and dropped without it', async () => {
    const t = await editing();
    t.actor.send({ type: 'SUBMIT', data: { ...request, moreThanOneDevice: true } });
    expect(t.actor.getSnapshot().context.issues).toContainEqual(
      expect.objectContaining({ path: '/additionalSerialNumbers', code: 'required' }),
    );
    t.actor.send({
      type: 'SUBMIT',
      data: { ...request, moreThanOneDevice: false, additionalSerialNumbers: ['CD34-567890'] },
    });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.submitRma.calls[0]?.data).not.toHaveProperty('additionalSerialNumbers');
    expect(t.actor.getSnapshot().context).toMatchObject({ rmaId: 'r1', rmaNumber: 'RMA-7' });
  });

  it('own hardware is submitted with the checked serial', async () => {
    const t = await editing();
    const data = { ...request, moreThanOneDevice: true, additionalSerialNumbers: ['CD34-567890'] };
    t.actor.send({ type: 'SUBMIT', data });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('submitted');
    // Every serial is checked, the extra ones too.
    expect(t.checkHardware.calls).toEqual([
      { serialNumber: 'AB12-345678', additionalSerialNumbers: ['CD34-567890'] },
    ]);
    expect(t.submitRma.calls[0]?.data).toMatchObject(data);
  });

  it('partner hardware is referred to its vendor and never submitted; EDIT goes back to fix the serial', async () => {
    const t = await editing();
    t.checkHardware.answer({
      output: {
        owner: 'partner',
        vendor: 'Acme Storage',
        rmaUrl: 'https://acme.example/rma',
        serialNumber: 'AB12-345678',
      },
    });
    t.actor.send({ type: 'SUBMIT', data: request });
    await waitFor(t.actor, (s) => s.matches('referred'));
    expect(t.actor.getSnapshot().context.referral).toEqual({
      vendor: 'Acme Storage',
      rmaUrl: 'https://acme.example/rma',
      serialNumber: 'AB12-345678',
    });
    expect(t.submitRma.calls).toHaveLength(0);
    t.actor.send({ type: 'EDIT' });
    expect(t.actor.getSnapshot().value).toBe('editing');
    expect(t.actor.getSnapshot().context).toMatchObject({ referral: null, data: request });
  });

  it('CHANGE keeps the draft; failures return to editing; CANCEL ends; a failed pre-fill still edits', async () => {
    const t = await editing();
    t.actor.send({ type: 'CHANGE', data: { serialNumber: 'AB12' } });
    expect(t.actor.getSnapshot().context.data).toEqual({ serialNumber: 'AB12' });
    t.checkHardware.answer({ error: new GatehouseError('unavailable', 'x') });
    t.actor.send({ type: 'SUBMIT', data: request });
    await waitFor(t.actor, (s) => s.matches('editing') && s.context.issues.length > 0);
    t.checkHardware.answer({ output: { owner: 'vendor' } });
    t.submitRma.answer({
      error: new GatehouseError('invalid-request', 'x', {
        issues: [{ path: '/serialNumber', code: 'unknown-serial', params: {} }],
      }),
    });
    t.actor.send({ type: 'SUBMIT', data: request });
    await waitFor(t.actor, (s) => s.matches('editing') && s.context.issues[0]?.code === 'unknown-serial');
    t.actor.send({ type: 'CANCEL' });
    expect(t.actor.getSnapshot().value).toBe('cancelled');
    const u = await editing(start([{ error: new GatehouseError('unavailable', 'x') }]));
    expect(u.actor.getSnapshot().context.issues[0]?.code).toBe('unavailable');
  });
});
