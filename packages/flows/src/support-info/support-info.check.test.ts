import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { supportInfoMachine } from './support-info.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };

const result = checkSync(supportInfoMachine, {
  events: { RETRY: [{}], REFRESH: [{}], CLOSE: [{}] },
  actors: {
    getSupportInfo: [
      {
        output: {
          level: 'plus',
          regionalNumber: '+49 89 1',
          pin: '12345678',
          pinValidUntil: '2030-01-01T00:00:00Z',
        },
      },
      { output: { level: 'standard' } },
      fail,
    ],
  },
  key: flowStateKey,
  invariants: {
    pinOnlyForPriorityOrPlus: (s) =>
      s.context.pin === null || s.context.level === 'priority' || s.context.level === 'plus',
  },
  maxStates: 50_000,
});

describe('support information model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
