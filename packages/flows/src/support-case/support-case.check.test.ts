import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { supportCaseMachine } from './support-case.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };

const result = checkSync(supportCaseMachine, {
  events: {
    SELECT_ENVIRONMENT: [
      { environment: 'production' },
      { environment: 'test' },
      { environment: 'poc-pov' },
      { environment: 'staging' },
    ],
    SUBMIT: [{ data: { subject: 'Reboots', description: 'Node 3 reboots every night.' } }, { data: {} }],
    BACK: [{}],
    CANCEL: [{}],
  },
  actors: { createCase: [{ output: { caseId: 'c' } }, fail] },
  key: flowStateKey,
  invariants: {
    caseHasEnvironment: (s) =>
      !s.matches('created') || ['production', 'test', 'poc-pov'].includes(String(s.context.environment)),
  },
  maxStates: 50_000,
});

describe('support case model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
