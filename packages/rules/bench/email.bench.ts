/**
 * Checks per second of the business e-mail policy, server and browser forms, on a valid mix (company addresses,
 * some IDN) and an invalid mix (every rejection code), then the slowest single address (the per-address budget is
 * 1 ms on the server). Plain table output.
 */
import { Bench } from 'tinybench';
import { checkBusinessEmail as browserCheck } from '../src/email/browser/index.js';
import { checkBusinessEmail as serverCheck } from '../src/email/index.js';

const valid = [
  'anna.schmidt@acme-industries.com',
  'j.doe+crm@northwind.co.uk',
  'kim@xn--mller-kva.de',
  'lee.w@engineering.contoso.com',
  'p.martin@fabrikam.fr',
  'o.ng@tailspin-toys.com.au',
];
const invalid = [
  'john@gmail.com',
  'x@mailinator.com',
  'info@acme.com',
  'support-team@acme.com',
  'john@gmаil.com',
  'not-an-address',
  `${'a'.repeat(50_000)}@acme.com`,
];

// Warm up the lazily built lists so the numbers are steady-state checks, not list construction.
serverCheck('warm@up.com');
browserCheck('warm@up.com');

const bench = new Bench({ time: 500 });
let i = 0;
bench
  .add('server: valid mix', () => void serverCheck(valid[i++ % valid.length] as string))
  .add('server: invalid mix', () => void serverCheck(invalid[i++ % invalid.length] as string))
  .add('browser: valid mix', () => void browserCheck(valid[i++ % valid.length] as string))
  .add('browser: invalid mix', () => void browserCheck(invalid[i++ % invalid.length] as string))
  .add('server: 50,000-char input', () => void serverCheck(invalid[6] as string));
await bench.run();

console.log('task                      | checks/s  | mean µs');
console.log('--------------------------|-----------|--------');
for (const task of bench.tasks) {
  const result = task.result as { throughput?: { mean: number }; latency?: { mean: number }; hz?: number; mean?: number };
  const meanMs = result.latency?.mean ?? result.mean ?? 0;
  // checks/s from the mean latency (tinybench's mean throughput over-weights the fastest samples).
  const hz = meanMs > 0 ? 1000 / meanMs : 0;
  console.log(`${task.name.padEnd(26)}| ${Math.round(hz).toLocaleString('en').padStart(9)} | ${(meanMs * 1000).toFixed(2).padStart(6)}`);
}

// Per address: the median of 200 checks of each address, and the slowest of those medians (the 1 ms budget).
const perAddress = [
  ...valid,
  ...invalid,
  'jane.doe@micros0ft.com',
  'jane.doe@rnicrosoft.com',
  'jane.doe@paypa1.com',
  'jane.doe@g00gle.com',
  'jane.doe@gmail.co',
  'jane.doe@gmial.com',
  'jane.doe@acme.c',
  'jane.doe@acme.con',
  'jane.doe@microsft.com',
  'jane.doe@gm.com',
  'jane.doe@cloud.com',
  'jane.doe@acme.co',
];
const medianMicros = (check: (a: string) => unknown, address: string) => {
  const times: number[] = [];
  for (let n = 0; n < 200; n += 1) {
    const t = performance.now();
    check(address);
    times.push((performance.now() - t) * 1000);
  }
  return times.sort((a, b) => a - b)[100] as number;
};
for (const [name, check] of [
  ['server', serverCheck],
  ['browser', browserCheck],
] as const) {
  const rows = perAddress.map((address) => ({ address, micros: medianMicros(check, address) }));
  const worst = rows.reduce((a, b) => (b.micros > a.micros ? b : a));
  const mean = rows.reduce((sum, r) => sum + r.micros, 0) / rows.length;
  console.log(
    `${name}: ${rows.length} addresses, median per address mean ${mean.toFixed(1)} µs, slowest ${worst.micros.toFixed(1)} µs (${worst.address.slice(0, 40)}), budget 1000 µs`,
  );
}

// Cold start: building the exact lists (server) and decoding the filter (browser), measured once in a fresh import.
const t0 = performance.now();
const fresh = await import(`../src/email/lists/server-lists.js?cold=${Date.now()}`);
fresh.serverLists().free('gmail.com', ['gmail', 'com']);
fresh.serverLists().freeBySkeleton('x');
console.log(`\nserver lists cold build (Sets + skeleton index): ${(performance.now() - t0).toFixed(1)} ms`);
