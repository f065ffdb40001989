// examples/login.model.test.ts
import { replay } from '@gatehouse/check';
import { describeModel, itPaths } from '@gatehouse/check/vitest';
import { expect } from 'vitest';
import { loginMachine } from './login.machine.js';
import model from './login.model.js';

// One test per generated path that visits every reachable state; here the "system under test" is the
// machine itself on a real actor: drive your UI or API the same way.
itPaths(model.machine, model.options, async (path) => {
  const observed = await replay(loginMachine, path.steps);
  expect(observed.map((s) => s.state)).toEqual(path.steps.map((s) => s.state));
});

// One test per property (the correct machine would pass them all; this one has the planted bug, so the
// documentation's own test runs describeModel on a model without it).
describeModel('login without invariants', model.machine, { ...model.options, invariants: {}, canAlwaysFinish: false });
