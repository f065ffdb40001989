/**
 * A local stand-in for the breach service's range API, to walk the demo's breached-password warning without the
 * internet (docs/server/breached-passwords.md):
 *
 * ```sh
 * node --conditions=source --import tsx examples/portal/breach-stub.ts 3009 "the password to list" …
 * BREACHED_PASSWORDS_URL=http://127.0.0.1:3009 pnpm start
 * ```
 *
 * It answers `GET /range/<prefix>` as the real service does, listing each password given (by its SHA-1 only) as seen
 * 42 times, and prints every prefix it is asked for — all the portal ever sends.
 */
import { startRangeApiStub } from '../../packages/server/src/testing/range-api-stub.js';

const [port = '3009', ...passwords] = process.argv.slice(2);
const stub = await startRangeApiStub(Object.fromEntries(passwords.map((p) => [p, 42])), {
  port: Number(port),
});
console.log(`range API stand-in on ${stub.url}, listing ${passwords.length} password(s)`);
let seen = 0;
// What arrives is the whole story: a 5-character prefix per lookup, nothing else.
setInterval(() => {
  for (const request of stub.requests.slice(seen)) console.log(`  asked: GET ${request.url}`);
  seen = stub.requests.length;
}, 250);
const stop = async () => {
  await stub.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
