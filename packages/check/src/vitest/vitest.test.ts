import { expect, it } from 'vitest';
import { checkSync } from '../check/check.js';
import { correctLogin, mfaBypassLogin, mfaBypassOptions } from '../fixtures/planted-bugs.js';
import { replay } from '../replay/replay.js';
import { formatViolation } from '../report/format.js';
import { describeModel, itPaths } from './index.js';

describeModel('correct login', correctLogin, mfaBypassOptions);

itPaths(correctLogin, mfaBypassOptions, async (path) => {
  const observed = await replay(correctLogin, path.steps);
  expect(observed.map((s) => s.state)).toEqual(path.steps.map((s) => s.state));
});

it('prints a counterexample as numbered, readable steps', () => {
  const [violation] = checkSync(mfaBypassLogin, mfaBypassOptions).violations;
  expect(violation && formatViolation(violation)).toBe(
    [
      'invariant "noSessionWithoutMfa" does not hold',
      '   0. xstate.init → credentials  {"mfaEnrolled":false,"mfaPassed":false,"mustChangePassword":false}',
      '   1. SUBMIT → checking',
      '   2. xstate.done.actor.checkPassword {"output":{"mfa":true,"oneTime":true}} (actor settles) → changePassword  Δ {"mfaEnrolled":true,"mustChangePassword":true}',
      '   3. NEW_PASSWORD → authenticated [done]  Δ {"mustChangePassword":false}',
    ].join('\n'),
  );
});
