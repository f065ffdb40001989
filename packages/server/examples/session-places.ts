/**
 * Session places switched on, twice: first with a host's own lookup (here a stand-in for whatever the host already
 * has — its network plan, a licensed geolocation database), then with `createRangeTablePlaceLookup` over a CSV
 * table. Signs in from three addresses (the proxy header says which) and prints what `GET /sessions` lists and
 * what the new-sign-in e-mail says. Nothing leaves the machine.
 * Run: node --conditions=source --import tsx packages/server/examples/session-places.ts
 */
import {
  createGatehouseServer,
  createRangeTablePlaceLookup,
  openDatabase,
  type PlaceLookup,
  seedAccount,
} from '@gatehouse/server';

/** A host's own port: any `(ip, signal) => Promise<{ city?, region?, country? } | undefined>`. */
const officeLookup: PlaceLookup = async (ip, signal) => {
  // A real one would query its own service here, passing `signal` on so a timed-out lookup stops working.
  signal.throwIfAborted();
  if (ip.startsWith('10.20.')) return { city: 'Munich', region: 'Bavaria', country: 'DE' };
  return undefined; // not known: the session simply has no place
};

/** The ready adapter: a table the host supplies (IPv4 and IPv6, both ends included). */
const tableLookup = createRangeTablePlaceLookup(`startIp,endIp,country,region,city
# documentation ranges, made-up places
192.0.2.0,192.0.2.255,AT,Vienna,Vienna
2001:db8::,2001:db8::ffff,CH,Zurich,Zurich
10.0.0.0,10.255.255.255,DE,,`);

for (const [name, lookup] of [
  ['the host’s own lookup', officeLookup],
  ['the range table', tableLookup],
] as const) {
  console.log(`\n== ${name}`);
  const db = await openDatabase({ memory: true });
  const app = await createGatehouseServer({
    db,
    maintenanceIntervalMs: 0,
    // The client address comes from X-Forwarded-For: as behind one reverse proxy of your own.
    trustProxy: true,
    places: { lookup, timeoutMs: 300 }, // 300 ms is the default: a person is waiting for the sign-in
  });
  await seedAccount(db, {
    email: 'mara@northwind.example',
    password: 'maple syrup over frozen lakes',
    roles: [],
    givenName: 'Mara',
    familyName: 'Lind',
  });
  let cookie = '';
  for (const ip of ['192.0.2.44', '2001:db8::1', '10.20.0.7']) {
    const answer = await app.request('http://localhost/session', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': ip,
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
      },
      body: JSON.stringify({ email: 'mara@northwind.example', password: 'maple syrup over frozen lakes' }),
    });
    cookie = (answer.headers.getSetCookie().find((c) => c.startsWith('gatehouse_session=')) ?? '').split(';')[0] ?? '';
  }
  const listed = await app.request('http://localhost/sessions', { headers: { cookie } });
  const { sessions } = (await listed.json()) as { sessions: { ip: string; place?: unknown }[] };
  for (const session of sessions) console.log(`GET /sessions: ${session.ip} → ${JSON.stringify(session.place ?? null)}`);
  await app.idle();
  const [mail] = await db.query<{ body: string }>("SELECT body FROM outbox WHERE subject LIKE 'New sign-in%' ORDER BY id DESC LIMIT 1");
  console.log(`new-sign-in e-mail: ${mail?.body.split('\n\n')[1] ?? '(none)'}`);
  app.stop();
  await db.close();
}
