/**
 * The bot defence switched on: registration and password reset need a solved proof-of-work challenge, a login
 * needs one after 3 failures. Asks for a challenge, solves it in Node with altcha-lib (a browser does the same with
 * Web Crypto in a worker), registers with and without the proof, and prints the answers.
 * Run: node --conditions=source --import tsx packages/server/examples/bot-defence.ts
 */
import { createGatehouseServer, openDatabase } from '@gatehouse/server';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

const db = await openDatabase({ memory: true });
const app = await createGatehouseServer({
  db,
  maintenanceIntervalMs: 0,
  policies: {
    // What it costs a phone: docs/server/bot-defence.md. 0 turns the defence off.
    proofOfWork: { difficulty: 50_000, lifetimeMs: 10 * 60_000, loginAfterFailures: 3 },
  },
});

const person = {
  givenName: 'Ada',
  familyName: 'Lovelace',
  email: 'ada.lovelace@analytical-engines.com',
  company: 'Analytical Engines',
  termsAccepted: true,
};
const post = (proof?: string) =>
  app.request('http://localhost/registrations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(proof ? { 'Gatehouse-Proof': proof } : {}) },
    body: JSON.stringify(person),
  });

const refused = await post();
console.log('without a proof:', refused.status, await refused.text());

const challenge = (await (await app.request('http://localhost/challenges')).json()) as Challenge;
const started = performance.now();
const solution = await solveChallenge({ challenge, deriveKey });
console.log(`solved in ${Math.round(performance.now() - started)} ms (counter ${solution?.counter})`);
const proof = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');

const accepted = await post(proof);
console.log('with the proof:', accepted.status, await accepted.text());
const replayed = await post(proof);
console.log('the same proof again:', replayed.status, await replayed.text());

await app.idle();
app.stop();
await db.close();
