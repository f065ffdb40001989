import { describe, expect, it } from 'vitest';
import { checkSync } from '../check/check.js';
import { correctLogin, deadlockedApproval, mfaBypassOptions } from '../fixtures/planted-bugs.js';
import { replay } from '../replay/replay.js';
import { paths } from './paths.js';

describe('paths', () => {
  it('covers every reachable state node (definition cover) with prefix-free shortest sequences', () => {
    const result = paths(correctLogin, mfaBypassOptions, { cover: 'state-nodes' });
    const covered = new Set(result.flatMap((p) => p.covers));
    const check = checkSync(correctLogin, mfaBypassOptions);
    expect([...covered].sort()).toEqual([...check.coverage.stateNodes.covered].sort());
    for (const a of result) {
      for (const b of result) {
        if (a === b) continue;
        const prefix = a.steps.every((s, i) => JSON.stringify(b.steps[i]?.event) === JSON.stringify(s.event));
        expect(prefix && a.steps.length <= b.steps.length).toBe(false);
      }
    }
  });

  it('covers every reachable transition and is deterministic', () => {
    const first = paths(correctLogin, mfaBypassOptions, { cover: 'transitions' });
    const second = paths(correctLogin, mfaBypassOptions, { cover: 'transitions' });
    expect(second).toEqual(first);
    const covered = new Set(first.flatMap((p) => p.covers));
    expect(covered).toEqual(new Set(checkSync(correctLogin, mfaBypassOptions).coverage.transitions.covered));
    expect(first.length).toBeLessThan(covered.size);
  });

  it('gives paths that run on a real actor', async () => {
    for (const path of paths(deadlockedApproval, { events: { APPROVE: [{}], REJECT: [{}], HOLD: [{}] } })) {
      const observed = await replay(deadlockedApproval, path.steps);
      expect(observed.map((s) => s.state)).toEqual(path.steps.map((s) => s.state));
    }
  });

  it('refuses to cover from an incomplete exploration', () => {
    expect(() => paths(correctLogin, { ...mfaBypassOptions, maxStates: 2 })).toThrow(/maxStates/);
  });
});
