/**
 * `pnpm bench rules`: password checks/s for a realistic mix (acceptable, too short, listed, with context)
 * on the server policy (17,950-entry list) and the browser policy (no list), plus the one-time list load.
 */
import { Bench } from 'tinybench';
import { createBrowserPasswordPolicy, createPasswordPolicy } from '../src/password/index.js';
import { runAndPrint } from './otp-and-password-table.js';

const t0 = performance.now();
const server = createPasswordPolicy({ context: ['ACME Portal'] });
server.check('warm the list up');
const loadMs = performance.now() - t0;
const withMfa = createPasswordPolicy({ mfa: true });
const browser = createBrowserPasswordPolicy();

const context = ['jane.doe@acme-widgets.example', 'Jane', 'Doe', 'ACME Widgets GmbH'];
const mix = [
  'correct horse battery staple',
  'short',
  'qwertyuiop12345',
  'jane loves acme widgets',
  'Tr0ub4dor&3 is not enough',
  '🦦🍓🌊🚲🎻🧭🪁🐝🦦🍓🌊🚲🎻🧭🪁',
  'zzzzzzzzzzzzzzzzz',
  'a quiet river at dawn, 2026',
];
let i = 0;
const next = () => mix[i++ % mix.length]!;
const long = 'x'.repeat(100_000);

const bench = new Bench({ time: 400, warmupTime: 100 });
bench
  .add('server policy: check, 8-password mix with context', () => void server.check(next(), { context }))
  .add('server policy: checkAll, same mix', () => void server.checkAll(next(), { context }))
  .add('server policy (mfa): check "baseball" (listed)', () => void withMfa.check('baseball'))
  .add('browser policy (no list): check, same mix', () => void browser.check(next(), { context }))
  .add('server policy: check a 100,000-character input', () => void server.check(long));

await runAndPrint('Password policy (sync)', bench);
console.log(`\nfirst check with the common list (import + Set of 17,950): ${loadMs.toFixed(0)} ms`);
