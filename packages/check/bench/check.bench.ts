/**
 * `pnpm bench check`: explores the same machines with @gatehouse/check and with xstate/graph's
 * getShortestPaths (same events, same machine, same process, both warm, runs interleaved) and prints
 * states/s for both; then the "XState floor": the time XState's own `machine.transition` takes for the
 * very (state, event) pairs both tools must compute, which bounds the ratio any explorer built on
 * XState can reach. Finally checks the 100 000-state grid once and prints its time and memory.
 *
 * Times are CPU time of this process (process.cpuUsage), the median of interleaved runs: the machine is
 * shared with other jobs, and wall time there swings by 2× from one run to the next.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode, EventObject } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { explore } from '../src/explore/explore.js';
import { createScope } from '../src/explore/xstate-adapter.js';
import { correctLogin, mfaBypassOptions } from '../src/fixtures/planted-bugs.js';
import { checkSync } from '../src/index.js';
import { counterEvents, counterMachine, gridEvents, gridMachine } from './machines.js';

// 100 000 states first, in a fresh process, so peak RSS is this run's (plus Node and tsx).
{
  const started = performance.now();
  const cpu = process.cpuUsage();
  const exploration = explore(gridMachine(317), { events: gridEvents, maxStates: 1_000_000 });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.table([
    {
      machine: 'grid 317×317',
      states: exploration.count,
      transitions: exploration.edgeFrom.length,
      complete: exploration.complete,
      'wall s': (ms / 1000).toFixed(1),
      'cpu s': ((used.user + used.system) / 1e6).toFixed(1),
      'states/s (wall)': Math.round(exploration.count / (ms / 1000)),
      'peak RSS MB (process)': (process.resourceUsage().maxRSS / 1024).toFixed(0),
    },
  ]);
  if (ms > 30_000 || !exploration.complete) process.exitCode = 1;
}

interface Case {
  name: string;
  machine: AnyStateMachine;
  events: Record<string, Array<Record<string, unknown>>>;
  rounds: number;
}

const cases: Case[] = [
  { name: 'grid 20×20', machine: gridMachine(20), events: gridEvents, rounds: 15 },
  { name: 'grid 40×40', machine: gridMachine(40), events: gridEvents, rounds: 9 },
  { name: 'grid 60×60', machine: gridMachine(60), events: gridEvents, rounds: 7 },
  { name: 'grid 120×120', machine: gridMachine(120), events: gridEvents, rounds: 3 },
  { name: 'counter 0‥2000', machine: counterMachine(2000), events: counterEvents, rounds: 5 },
  { name: 'counter 0‥5000', machine: counterMachine(5000), events: counterEvents, rounds: 1 },
];

const graphEvents = (events: Case['events']) =>
  Object.entries(events).flatMap(([type, payloads]) => payloads.map((p) => ({ ...p, type }) as EventObject));

// xstate/graph leaves much garbage (it keeps a path per state); it is collected after its run, off every
// clock, and the floor runs once untimed after that collection (a forced full collection slows the run
// right after it by up to 15 ms on small machines, measured).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** CPU milliseconds of one call. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

/**
 * The XState floor: `machine.transition` once for every (reachable state, handled event) pair, nothing
 * else (no keys, no index, no paths). Both tools make exactly these calls; neither can be cheaper.
 */
function xstateFloor(machine: AnyStateMachine, states: AnyMachineSnapshot[], events: EventObject[]): () => void {
  const scope = createScope(
    machine,
    () => {},
    () => {},
  );
  const handled = states.map((s) => {
    const types = new Set((s._nodes as AnyStateNode[]).flatMap((n) => [...n.transitions.keys()]));
    return events.filter((e) => types.has(e.type));
  });
  return () => {
    for (let i = 0; i < states.length; i++) {
      for (const event of handled[i] as EventObject[]) machine.transition(states[i] as never, event, scope as never);
    }
  };
}

// One JIT warm-up of both tools (and of XState's shared code) before anything is timed.
for (let i = 0; i < 20; i++) {
  checkSync(gridMachine(20), { events: gridEvents });
  getShortestPaths(gridMachine(20), { events: graphEvents(gridEvents) as never });
}

const rows: Array<Record<string, string | number>> = [];
for (const c of cases) {
  const events = graphEvents(c.events);
  const states = checkSync(c.machine, { events: c.events }).stats.states;
  const graphPaths = getShortestPaths(c.machine, { events: events as never });
  const floor = xstateFloor(
    c.machine,
    graphPaths.map((p) => p.state as AnyMachineSnapshot),
    events,
  );
  const mine: number[] = [];
  const theirs: number[] = [];
  const floors: number[] = [];
  // Interleaved, so a burst of load from other jobs hits all three alike.
  for (let r = 0; r < c.rounds; r++) {
    mine.push(cpuMs(() => void checkSync(c.machine, { events: c.events })));
    theirs.push(cpuMs(() => void getShortestPaths(c.machine, { events: events as never })));
    gc();
    floor();
    floors.push(cpuMs(floor));
  }
  const [m, t, f] = [median(mine), median(theirs), median(floors)];
  rows.push({
    machine: c.name,
    states,
    'graph states': graphPaths.length,
    'check ms': Number(m.toFixed(1)),
    'graph ms': Number(t.toFixed(1)),
    'xstate floor ms': Number(f.toFixed(1)),
    'check states/s': Math.round(states / (m / 1000)),
    'graph states/s': Math.round(graphPaths.length / (t / 1000)),
    speedup: `${(states / m / (graphPaths.length / t)).toFixed(1)}×`,
    'ceiling (graph/floor)': `${(t / f).toFixed(1)}×`,
    'check overhead over floor': `${Math.round((100 * (m - f)) / m)} %`,
  });
}
console.table(rows);

// The login model with invoked-actor outcomes (xstate/graph cannot express those outcomes).
{
  const t = performance.now();
  const r = checkSync(correctLogin, mfaBypassOptions);
  console.log(
    `login model: ${r.stats.states} states, ${r.stats.transitions} transitions, ${(performance.now() - t).toFixed(1)} ms, ok=${r.ok}`,
  );
}
