import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import { type PortAnswer, recordingPort } from '../common/recording-port.js';
import { supportInfoMachine } from './support-info.machine.js';
import type { SupportInfo } from './support-info.ports.js';

function start(...answers: PortAnswer<SupportInfo>[]) {
  const getSupportInfo = recordingPort<SupportInfo, void>('getSupportInfo', ...answers);
  const clock = new SimulatedClock();
  const actor = createActor(
    supportInfoMachine.provide({ actors: { getSupportInfo: getSupportInfo.logic } }),
    {
      clock,
    },
  ).start();
  return { actor, clock, getSupportInfo };
}

const plus = (pin: string, validMs: number): SupportInfo => ({
  level: 'plus',
  regionalNumber: '+49 89 1234 5678',
  pin,
  pinValidUntil: new Date(Date.now() + validMs).toISOString(),
});

describe('support information', () => {
  it('Priority/Plus see level, regional number and PIN; the flow refreshes when the PIN rotates', async () => {
    const t = start({ output: plus('12345678', 3600_000) }, { output: plus('87654321', 3600_000) });
    await waitFor(t.actor, (s) => s.matches('showing'));
    const c = t.actor.getSnapshot().context;
    expect(c).toMatchObject({ level: 'plus', regionalNumber: '+49 89 1234 5678', pin: '12345678' });
    expect(c.pinValidUntil! - Date.now()).toBeGreaterThan(3500_000);
    t.clock.increment(3600_000);
    await waitFor(t.actor, (s) => s.matches('showing') && s.context.pin === '87654321');
    t.actor.send({ type: 'REFRESH' });
    await waitFor(t.actor, (s) => s.matches('showing') && t.getSupportInfo.calls.length === 3);
    t.actor.send({ type: 'CLOSE' });
    expect(t.actor.getSnapshot().value).toBe('closed');
  });

  it('lower levels are not entitled and see no number or PIN even if the server sends one', async () => {
    const t = start({ output: { level: 'standard', regionalNumber: '+1', pin: '11112222' } });
    await waitFor(t.actor, (s) => s.status === 'done');
    expect(t.actor.getSnapshot().value).toBe('notEntitled');
    expect(t.actor.getSnapshot().context).toMatchObject({
      level: 'standard',
      regionalNumber: null,
      pin: null,
    });
  });

  it('a failure is unavailable with RETRY and CLOSE', async () => {
    const t = start({ error: new GatehouseError('unavailable', 'x') }, { output: plus('12345678', 1000) });
    await waitFor(t.actor, (s) => s.matches('unavailable'));
    t.actor.send({ type: 'RETRY' });
    await waitFor(t.actor, (s) => s.matches('showing'));
    const u = start({ error: new GatehouseError('unavailable', 'x') });
    await waitFor(u.actor, (s) => s.matches('unavailable'));
    u.actor.send({ type: 'CLOSE' });
    expect(u.actor.getSnapshot().value).toBe('closed');
  });
});
