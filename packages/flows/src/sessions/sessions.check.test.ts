import { checkSync } from '@gatehouse/check';
import { GatehouseError } from '@gatehouse/rules';
import { describe, expect, it } from 'vitest';
import { flowStateKey } from '../common/model-key.js';
import { sessionsMachine } from './sessions.machine.js';

const fail = { error: new GatehouseError('unavailable', 'down') };
const entry = (id: string, current: boolean) => ({
  id,
  current,
  browser: 'Firefox',
  system: 'Linux',
  ip: '203.0.113.7',
  signedInAt: '2026-12-05T09:30:00Z',
});

const result = checkSync(sessionsMachine, {
  events: {
    END: [{ id: 'this' }, { id: 'phone' }, { id: 'unknown' }],
    END_OTHERS: [{}],
    RELOAD: [{}],
    CLOSE: [{}],
  },
  actors: {
    listSessions: [
      { output: { sessions: [entry('this', true), entry('phone', false)] } },
      { output: { sessions: [entry('this', true)] } },
      fail,
    ],
    endSession: [{ output: undefined }, fail],
    endOtherSessions: [{ output: { ended: 1 } }, fail],
  },
  key: flowStateKey,
  steps: {
    // The current session is never ended from the list: that is logging out.
    neverEndsCurrent: ({ next }) =>
      !next.matches('ending') ||
      next.context.sessions.some((s) => s.id === next.context.ending && !s.current),
    // "Sign out everywhere else" only when there is somewhere else.
    endOthersOnlyWithOthers: ({ prev, next }) =>
      !next.matches('endingOthers') || prev.context.sessions.some((s) => !s.current),
  },
  maxStates: 50_000,
});

describe('sessions model check', () => {
  it('is complete, reaches every state, has no deadlock and can always finish; never ends the current session', () => {
    expect(result.complete).toBe(true);
    expect(result.unreachable).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
