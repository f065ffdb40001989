/**
 * Checks per second of the business e-mail policy, server and browser forms, on a valid mix (company addresses,
 * some IDN) and an invalid mix (every rejection code). Plain table output.
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

// Cold start: building the exact lists (server) and decoding the filter (browser), measured once in a fresh import.
const t0 = performance.now();
const fresh = await import(`../src/email/lists/server-lists.js?cold=${Date.now()}`);
fresh.serverLists().free('gmail.com', ['gmail', 'com']);
fresh.serverLists().freeBySkeleton('x');
console.log(`\nserver lists cold build (Sets + skeleton index): ${(performance.now() - t0).toFixed(1)} ms`);
