/**
 * Vitest helpers: `describeModel` turns a model check into one test per property, `itPaths` turns
 * generated covering paths into one test each. Import from `@gatehouse/check/vitest` in test files only.
 */
import { describe, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { assertMachine } from '../assert-machine.js';
import { checkSync } from '../check/check.js';
import type { CheckOptions, CheckResult, ViolationKind } from '../check/types.js';
import { type PathsCover, paths, type TestPath } from '../paths/paths.js';
import { formatResult, formatViolation } from '../report/format.js';

/**
 * Registers a `describe` block with one test per property of the check: the run is complete, each
 * invariant, step and liveness property, no deadlock, can always finish, no runtime error. The check runs once,
 * when the first test runs; a failing test prints the shortest counterexample as numbered steps.
 */
export function describeModel<TMachine extends AnyStateMachine>(
  name: string,
  machine: TMachine,
  options: CheckOptions<TMachine> = {},
): void {
  assertMachine(machine, 'describeModel');
  let result: CheckResult | undefined;
  const run = (): CheckResult => {
    result ??= checkSync(machine, options);
    return result;
  };
  const expectNone = (kind: ViolationKind, property?: string) => {
    const found = run().violations.filter(
      (v) => v.kind === kind && (property === undefined || v.property === property),
    );
    if (found.length > 0) throw new Error(found.map((v) => formatViolation(v)).join('\n\n'));
  };
  describe(name, () => {
    it('explores every reachable state (complete)', () => {
      const r = run();
      if (!r.complete) throw new Error(formatResult(r, name));
    });
    for (const property of Object.keys(options.invariants ?? {})) {
      it(`invariant: ${property}`, () => expectNone('invariant', property));
    }
    for (const property of Object.keys(options.steps ?? {})) {
      it(`step: ${property}`, () => expectNone('step', property));
    }
    for (const property of Object.keys(options.liveness ?? {})) {
      it(`liveness: ${property}`, () => {
        if (run().liveness[property] === 'inconclusive')
          throw new Error(`liveness "${property}" is inconclusive: the exploration stopped at maxStates`);
        expectNone('liveness', property);
      });
    }
    if (options.deadlock !== false) it('has no deadlock', () => expectNone('deadlock'));
    if (options.canAlwaysFinish !== false)
      it('can always reach a final state', () => expectNone('cannot-finish'));
    it('never errors', () => expectNone('error'));
  });
}

/**
 * Registers one test per generated covering path (see `paths`); `test` drives your system under test
 * through `path.steps` and asserts what it shows. Paths are generated when the file is collected.
 */
export function itPaths<TMachine extends AnyStateMachine>(
  machine: TMachine,
  options: CheckOptions<TMachine> | undefined,
  test: (path: TestPath) => unknown,
  cover: PathsCover = {},
): void {
  for (const path of paths(machine, options ?? {}, cover)) {
    it(`path: ${path.name}`, async () => {
      await test(path);
    });
  }
}
