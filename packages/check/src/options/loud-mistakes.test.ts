import { describe, expect, it } from 'vitest';
import { assign, fromPromise, setup } from 'xstate';
import { check, checkSync } from '../check/check.js';
import { toDot } from '../diagram/to-dot.js';
import { toMermaid } from '../diagram/to-mermaid.js';
import { correctLogin, mfaBypassOptions } from '../fixtures/planted-bugs.js';
import { paths } from '../paths/paths.js';
import { replay } from '../replay/replay.js';
import { formatResult, formatViolation } from '../report/format.js';

const toggle = setup({ types: { events: {} as { type: 'TOGGLE' } | { type: 'STOP' } } }).createMachine({
  id: 'toggle',
  initial: 'off',
  states: {
    off: { on: { TOGGLE: 'on' } },
    on: { on: { TOGGLE: 'off', STOP: 'stopped' } },
    stopped: { type: 'final' },
  },
});

describe('loud mistakes', () => {
  it('warns about an event type no state handles, instead of only reporting a deadlock', () => {
    const result = checkSync(toggle, { events: { TOGGLE: [{}], STPO: [{}] } });
    expect(result.warnings).toContain(
      'events.STPO: no state of the machine handles "STPO", so it is never sent (did you mean "STOP"?)',
    );
  });

  it('warns about unknown option keys', () => {
    const result = checkSync(toggle, { events: { TOGGLE: [{}], STOP: [{}] }, invarients: {} } as never);
    expect(result.warnings).toContain('unknown option "invarients" is ignored (did you mean "invariants"?)');
  });

  it('warns about a payload that carries its own type', () => {
    const result = checkSync(toggle, { events: { TOGGLE: [{ type: 'STOP' }], STOP: [{}] } });
    expect(result.warnings).toContain(
      'events.TOGGLE[0] has its own type "STOP", which is ignored: the event sent is "TOGGLE"',
    );
  });

  it('warns about actor names the machine neither invokes, provides nor spawns', () => {
    const result = checkSync(correctLogin, {
      ...mfaBypassOptions,
      actors: { ...mfaBypassOptions.actors, checkPasword: [{ output: 1 }] },
    });
    expect(result.warnings.join('\n')).toMatch(
      /actors\.checkPasword: no invoked, provided or spawned actor is named "checkPasword".*did you mean "checkPassword"/,
    );
    expect(checkSync(correctLogin, mfaBypassOptions).warnings).toEqual([]);
  });

  it('throws a clear error for a non-machine anywhere in the API', async () => {
    const notMachine = /expected an XState v5 machine .*got number 42/;
    expect(() => checkSync(42 as never)).toThrow(notMachine);
    await expect(check(42 as never)).rejects.toThrow(notMachine);
    await expect(check({} as never)).rejects.toThrow(/got an empty object \{\}/);
    await expect(check({ machine: toggle } as never)).rejects.toThrow(/pass its \.machine/);
    expect(() => toMermaid(42 as never)).toThrow(/toMermaid: expected an XState v5 machine/);
    expect(() => toDot(undefined as never)).toThrow(/toDot: expected an XState v5 machine .*got undefined/);
    expect(() => paths('login' as never)).toThrow(/paths: expected an XState v5 machine .*got string login/);
    await expect(replay(null as never, [])).rejects.toThrow(
      /replay: expected an XState v5 machine .*got null/,
    );
    expect(() => checkSync(toggle, 42 as never)).toThrow(/check options: {2}must be an object/);
  });

  it('prints an actor error outcome with its message, not {"error":{}}', () => {
    const m = setup({ actors: { save: fromPromise(async () => 1) } }).createMachine({
      initial: 'saving',
      states: { saving: { invoke: { src: 'save', onDone: 'saved' } }, saved: { type: 'final' } },
    });
    const result = checkSync(m, { actors: { save: [{ output: 1 }, { error: new Error('network down') }] } });
    const text = formatResult(result, 'save');
    expect(text).toContain('xstate.error.actor.');
    expect(text).toContain('"error":"Error: network down"');
    expect(text).not.toContain('{"error":{}}');
  });

  it('prints context changes, not the whole context, on every line of a long trace', () => {
    const counter = setup({ types: { context: {} as { n: number; label: string } } }).createMachine({
      context: { n: 0, label: 'a long label that would repeat on every single line' },
      on: { INC: { actions: assign({ n: ({ context }) => context.n + 1 }) } },
    });
    const result = checkSync(counter, {
      events: { INC: [{}] },
      invariants: { belowForty: (s) => s.context.n < 40 },
      deadlock: false,
      canAlwaysFinish: false,
      maxStates: 60,
    });
    const [violation] = result.violations;
    if (!violation) throw new Error('expected a violation');
    const text = formatViolation(violation);
    expect(violation.trace).toHaveLength(41);
    expect(text.match(/a long label/g)).toHaveLength(1);
    expect(text).toMatch(/40\. INC → .* {2}Δ \{"n":40\}$/);
  });

  it('does not repeat the property name in the headline', () => {
    const [violation] = checkSync(toggle, {
      events: { TOGGLE: [{}], STOP: [{}] },
      invariants: { neverOn: (s) => !s.matches('on') },
    }).violations;
    expect(violation && formatViolation(violation).split('\n')[0]).toBe('invariant "neverOn" does not hold');
  });
});
