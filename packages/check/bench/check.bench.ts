/**
 * `pnpm bench check`: explores the same machines with @gatehouse/check and with xstate/graph's
 * getShortestPaths, side by side, and prints states/s for both; then checks the 100 000-state grid once
 * and prints its time and memory.
 */
import { Bench } from 'tinybench';
import type { AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { correctLogin, mfaBypassOptions } from '../src/fixtures/planted-bugs.js';
import { checkSync } from '../src/index.js';
import { explore } from '../src/explore/explore.js';
import { counterEvents, counterMachine, gridEvents, gridMachine } from './machines.js';


// 100 000 states first, in a fresh process, so peak RSS is this run's (plus Node and tsx).
{
const started = performance.now();
const exploration = explore(gridMachine(317), { events: gridEvents, maxStates: 1_000_000 });
const ms = performance.now() - started;

console.table([
  {
    machine: 'grid 317×317',
    states: exploration.count,
    transitions: exploration.edgeFrom.length,
    complete: exploration.complete,
    seconds: (ms / 1000).toFixed(1),
    'states/s': Math.round(exploration.count / (ms / 1000)),
    'peak RSS MB (process)': (process.resourceUsage().maxRSS / 1024).toFixed(0),
  },
]);
if (ms > 30_000 || !exploration.complete) process.exitCode = 1;
}

interface Case {
  name: string;
  machine: AnyStateMachine;
  events: Record<string, Array<Record<string, unknown>>>;
}

const cases: Case[] = [
  { name: 'grid 20×20', machine: gridMachine(20), events: gridEvents },
  { name: 'grid 40×40', machine: gridMachine(40), events: gridEvents },
  { name: 'grid 60×60', machine: gridMachine(60), events: gridEvents },
  { name: 'grid 120×120', machine: gridMachine(120), events: gridEvents },
  { name: 'counter 0‥2000', machine: counterMachine(2000), events: counterEvents },
  { name: 'counter 0‥5000', machine: counterMachine(5000), events: counterEvents },
];

const graphEvents = (events: Case['events']) =>
  Object.entries(events).flatMap(([type, payloads]) => payloads.map((p) => ({ ...p, type })));

const rows: Array<Record<string, string | number>> = [];
for (const c of cases) {
  const states = checkSync(c.machine, { events: c.events }).stats.states;
  const graphStates = getShortestPaths(c.machine, { events: graphEvents(c.events) as never }).length;
  const bench = new Bench({ iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 });
  bench
    .add('check', () => void checkSync(c.machine, { events: c.events }))
    .add('xstate/graph', () => void getShortestPaths(c.machine, { events: graphEvents(c.events) as never }));
  await bench.run();
  const [mine, theirs] = bench.tasks.map((t) => (t.result && 'latency' in t.result ? t.result.latency.mean : Number.NaN));
  const mineRate = states / ((mine as number) / 1000);
  const theirRate = graphStates / ((theirs as number) / 1000);
  rows.push({
    machine: c.name,
    states: states,
    'graph states': graphStates,
    'check ms': Math.round(mine as number),
    'graph ms': Math.round(theirs as number),
    'check states/s': Math.round(mineRate),
    'graph states/s': Math.round(theirRate),
    speedup: `${(mineRate / theirRate).toFixed(1)}×`,
  });
}
console.table(rows);

// The login model with invoked-actor outcomes (xstate/graph cannot express those outcomes).
{
  const t = performance.now();
  const r = checkSync(correctLogin, mfaBypassOptions);
  console.log(`login model: ${r.stats.states} states, ${r.stats.transitions} transitions, ${(performance.now() - t).toFixed(1)} ms, ok=${r.ok}`);
}

