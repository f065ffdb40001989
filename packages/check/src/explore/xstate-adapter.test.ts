/**
 * Pins every XState internal that xstate-adapter.ts relies on, for the XState version this package
 * depends on (5.33.x, the `xstate` pin in package.json): if an upgrade moves one of them, this file fails
 * before any check silently explores less.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assign, createActor, createMachine, fromPromise, raise, setup } from 'xstate';
import { configurationOf, createScope, type ExecutedAction, TracingClock } from './xstate-adapter.js';

const xstateVersion = JSON.parse(
  readFileSync(new URL('../../node_modules/xstate/package.json', import.meta.url), 'utf8'),
).version as string;

describe(`xstate-adapter on xstate ${xstateVersion}`, () => {
  it('is the XState version package.json pins', () => {
    const pinned = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
      .devDependencies.xstate;
    expect(xstateVersion).toBe(pinned);
  });

  it('an inert scope reports microstep transitions and actions, and runs none of them', () => {
    let ran = false;
    const m = createMachine({
      initial: 'a',
      context: { n: 0 },
      states: {
        a: { on: { GO: { target: 'b', actions: [assign({ n: 1 }), () => (ran = true)] } } },
        b: { always: 'c' },
        c: { entry: raise({ type: 'LATER' }, { delay: 100 }) },
      },
    });
    const transitions: unknown[] = [];
    const seen: string[] = [];
    const actions: ExecutedAction[] = [];
    const scope = createScope(
      m,
      (a) => actions.push(a),
      (ts, snapshot) => {
        transitions.push(...ts);
        seen.push(JSON.stringify(snapshot.value));
      },
    );
    const initial = m.getInitialSnapshot(scope as never);
    const next = m.transition(initial, { type: 'GO' }, scope as never);
    expect(next.value).toBe('c');
    expect(next.context).toEqual({ n: 1 });
    expect(ran).toBe(false);
    expect(transitions).toHaveLength(2);
    expect(seen).toEqual(['"b"', '"c"']);
    const delayed = actions.find((a) => a.type === 'xstate.raise');
    expect(delayed?.params).toMatchObject({ delay: 100, event: { type: 'LATER' } });
  });

  it('children with a systemId do not collide across explored states', () => {
    const m = setup({ actors: { worker: fromPromise(async () => 1) } }).createMachine({
      initial: 'a',
      states: {
        a: { invoke: { src: 'worker', systemId: 'w' }, on: { AGAIN: 'b' } },
        b: { invoke: { src: 'worker', systemId: 'w' }, on: { AGAIN: 'a' } },
      },
    });
    const scope = createScope(
      m,
      () => {},
      () => {},
    );
    const initial = m.getInitialSnapshot(scope as never);
    const b = m.transition(initial, { type: 'AGAIN' }, scope as never);
    expect(() => m.transition(initial, { type: 'AGAIN' }, scope as never)).not.toThrow();
    expect(Object.keys(b.children)).toHaveLength(1);
  });

  it('snapshots of one configuration share their active-node array', () => {
    const m = createMachine({
      context: { n: 0 },
      on: { INC: { actions: assign({ n: ({ context }) => context.n + 1 }) } },
    });
    const scope = createScope(
      m,
      () => {},
      () => {},
    );
    const a = m.getInitialSnapshot(scope as never);
    const b = m.transition(a, { type: 'INC' }, scope as never);
    expect(configurationOf(b)).toBe(configurationOf(a));
    expect(configurationOf(a).map((n) => n.id)).toEqual([m.root.id]);
  });

  it('the tracing clock can fire a delayed event by its type', async () => {
    const m = createMachine({ initial: 'a', states: { a: { after: { 500: 'b' } }, b: {} } });
    const clock = new TracingClock();
    const actor = createActor(m, { clock });
    clock.system = actor.system as never;
    actor.start();
    expect(clock.fire('xstate.after.500.(machine).a')).toBe(true);
    expect(actor.getSnapshot().value).toBe('b');
  });
});
