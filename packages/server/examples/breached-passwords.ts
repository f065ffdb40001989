/**
 * Breached passwords switched on: a person whose password turned up in a data breach signs in (and is warned), a
 * breached new password is refused at `/newPassword`, a clean one clears the warning. Prints every answer and what the
 * breach service was asked. Without `BREACHED_PASSWORDS_URL` it starts a local stand-in of the range API (the real
 * service, `https://api.pwnedpasswords.com`, needs the internet and knows its own passwords, not these).
 * Run: node --conditions=source --import tsx packages/server/examples/breached-passwords.ts
 */
import { createGatehouseServer, createRangeBreachedPasswordCheck, openDatabase, seedAccount } from '@gatehouse/server';
import { startRangeApiStub } from '../src/testing/range-api-stub.js';

const signedInWith = 'maple syrup over frozen lakes';
const leakedNew = 'the orchard gate swings at noon';
const stub = await startRangeApiStub({ [signedInWith]: 1_234, [leakedNew]: 56 });
const baseUrl = process.env.BREACHED_PASSWORDS_URL ?? stub.url;

const db = await openDatabase({ memory: true });
const app = await createGatehouseServer({
  db,
  maintenanceIntervalMs: 0,
  breachedPasswords: {
    check: createRangeBreachedPasswordCheck({ baseUrl, timeoutMs: 1_500 }),
    minCount: 1, // one appearance refuses (the default)
    onUnknown: 'allow', // fail open: an outage of the service does not stop password changes (the default)
  },
});
await seedAccount(db, {
  email: 'mara@northwind.example',
  password: signedInWith,
  roles: [],
  givenName: 'Mara',
  familyName: 'Lind',
});

let cookie = '';
async function call(method: string, path: string, body?: unknown) {
  const answer = await app.request(`http://localhost${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const session = answer.headers.getSetCookie().find((c) => c.startsWith('gatehouse_session='));
  if (session) cookie = session.split(';')[0] as string;
  const text = await answer.text();
  console.log(`${method} ${path} → ${answer.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

await call('POST', '/session', { email: 'mara@northwind.example', password: signedInWith });
// → 200 {"status":"ok","session":{…,"warnings":["breached-password"]}}: signed in, and warned
await call('POST', '/password', { currentPassword: signedInWith, newPassword: leakedNew });
// → 422 … {"path":"/newPassword","code":"breached-password","params":{"count":56}}
await call('POST', '/password', { currentPassword: signedInWith, newPassword: 'a heron waits by the cold canal' });
await call('GET', '/session');
// → 200 {"session":{…,"warnings":[]}}: the warning is gone with the password
console.log(`the breach service was asked: ${stub.requests.map((r) => r.url).join(', ')}`);

app.stop();
await app.idle();
await db.close();
await stub.close();
