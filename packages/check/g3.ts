import { createActor } from 'xstate';
import { gridMachine } from './bench/machines.js';
const m = gridMachine(317);
const self: any = createActor(m);
const scope: any = { self, defer() {}, id: '', logger() {}, sessionId: '', stopChild() {}, system: self.system, emit() {}, actionExecutor() {} };
self.system._sendInspectionEvent = () => {};
let s: any = m.getInitialSnapshot(scope);
const evs = ['UP', 'DOWN', 'LEFT', 'RIGHT'].map((type) => ({ type }));
const t = performance.now();
let n = 0;
for (let i = 0; i < 100_000; i++) {
  for (const e of evs) { const x = m.transition(s, e as any, scope); n++; if (e.type === 'RIGHT' && x !== s && x.value === 'walking') s = x; }
  if (s.context.x === 316) s = m.getInitialSnapshot(scope);
}
const ms = performance.now() - t;
console.log(n, Math.round(ms), 'ms', (ms * 1000 / n).toFixed(2), 'us/transition', Math.round(100000 / ms * 1000), 'states/s floor');
