import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase, testBackends } from '../storage/test-database.js';
import { FORM_EDITOR, REVIEWER, TestClient, testServer } from '../testing/test-server.js';
import { formModules } from './form-modules.js';

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../forms/examples/${name}.form.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
const v1 = example('warranty-claim');
const v2 = example('warranty-claim.v2');

/** A purchase date the date rule accepts whatever day the test runs: a year ago. */
const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);

/** Data version 1 of the warranty claim accepts. */
const claimV1 = {
  serialNumber: 'GH2-004512',
  model: 'gh-200',
  problem: 'It does not turn on any more since Monday.',
  purchaseDate: yearAgo,
  boughtFrom: 'Radio Shop Berlin',
  stillWorks: false,
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  consent: true,
};

describe.each(testBackends)('published forms on %s', (backend) => {
  let db: Database;
  let app: GatehouseApp;
  let editor: TestClient;
  let modules: ReturnType<typeof formModules>;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    ({ app } = await testServer(db));
    editor = new TestClient(app);
    expect((await editor.post('/session', FORM_EDITOR)).status).toBe(200);
    modules = formModules({ db });
  }, 120_000);
  afterAll(async () => {
    await app?.idle();
    await db?.close();
  });

  const moduleGet = (path: string, headers: Record<string, string> = {}) =>
    modules.request(`http://portal.test${path}`, { headers });

  it('a form editor publishes a definition: version 1, current, audited with who and the hash', async () => {
    const published = await editor.post('/forms/warranty-claim/versions', v1);
    expect(published.status).toBe(201);
    expect(published.json).toMatchObject({
      id: 'warranty-claim',
      version: 1,
      current: true,
      module: '/forms/warranty-claim@1.js',
      publishedBy: { email: FORM_EDITOR.email },
    });
    expect(published.json.hash).toMatch(/^sha256-[A-Za-z0-9_-]{43}$/);
    const audits = await db.query<{ event: string; actor: string; subject: string; detail: unknown }>(
      "SELECT event, actor, subject, detail FROM audit_events WHERE event LIKE 'form-%'",
    );
    expect(audits).toEqual([
      {
        event: 'form-published',
        actor: published.json.publishedBy.id,
        subject: 'warranty-claim',
        detail: { id: 'warranty-claim', version: 1, hash: published.json.hash },
      },
    ]);
  });

  it('publishing the same content again (keys in another order) makes no new version', async () => {
    const reordered = Object.fromEntries(Object.entries(v1).reverse());
    const again = await editor.post('/forms/warranty-claim/versions', reordered);
    expect(again.status).toBe(200);
    expect(again.json.version).toBe(1);
  });

  it('a changed definition becomes version 2; the list and the history show both', async () => {
    const published = await editor.post('/forms/warranty-claim/versions', v2);
    expect(published.status).toBe(201);
    expect(published.json.version).toBe(2);
    const list = await editor.get('/forms');
    expect(list.json.forms).toEqual([
      expect.objectContaining({
        id: 'warranty-claim',
        current: 2,
        latest: 2,
        module: '/forms/warranty-claim@2.js',
      }),
    ]);
    const history = await editor.get('/forms/warranty-claim');
    expect(history.json.current).toBe(2);
    expect(
      history.json.versions.map((v: { version: number; current: boolean }) => [v.version, v.current]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('a stored definition comes back as sent (key order kept), numbered by the server', async () => {
    const stored = await editor.get('/forms/warranty-claim/versions/1');
    expect(stored.status).toBe(200);
    expect(Object.keys(stored.json.definition)).toEqual(Object.keys(v1));
    expect(stored.json.definition).toEqual({ ...v1, version: 1 });
    const renumbered = await editor.post('/forms/renumbered/versions', {
      ...v1,
      id: 'renumbered',
      version: 7,
    });
    expect(renumbered.json.version).toBe(1);
    expect((await editor.get('/forms/renumbered/versions/1')).json.definition.version).toBe(1);
  });

  it('two publishes at the same moment get consecutive versions, neither fails', async () => {
    const [a, b] = await Promise.all([
      editor.post('/forms/race/versions', { ...v1, id: 'race', description: 'first' }),
      editor.post('/forms/race/versions', { ...v1, id: 'race', description: 'second' }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect([a.json.version, b.json.version].sort()).toEqual([1, 2]);
    expect((await editor.get('/forms/race')).json.current).toBe(2);
  });

  it('lint problems block publishing and name their pointers; nothing is stored', async () => {
    const broken = structuredClone(v1) as { schema: { properties: Record<string, unknown> } };
    broken.schema.properties.boughtFrom = { type: 'string', minLength: 2 };
    const refused = await editor.post('/forms/warranty-claim/versions', broken);
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('invalid-definition');
    expect(refused.json.error.problems).toContainEqual({
      pointer: '/schema/properties/boughtFrom',
      message: 'string without maxLength',
    });
    const notADefinition = await editor.post('/forms/warranty-claim/versions', {
      id: 'warranty-claim',
      schema: 'nope',
    });
    expect(notADefinition.status).toBe(422);
    expect(notADefinition.json.error.problems.map((p: { pointer: string }) => p.pointer)).toContain(
      '/schema',
    );
    expect((await editor.get('/forms/warranty-claim')).json.versions).toHaveLength(2);
  });

  it('bad requests get clear answers, never a 500', async () => {
    const wrongId = await editor.post('/forms/other-form/versions', v1);
    expect(wrongId.status).toBe(422);
    expect(wrongId.json.error.problems).toEqual([
      { pointer: '/id', message: 'id must be "other-form", the form this version is published for' },
    ]);
    const badId = await editor.post('/forms/Bad_Id/versions', { ...v1, id: 'Bad_Id' });
    expect(badId.status).toBe(422);
    expect(badId.json.error.problems[0].pointer).toBe('/id');
    const brokenJson = await editor.request(
      'POST',
      '/forms/warranty-claim/versions',
      '{"id": "warranty-claim",',
    );
    expect(brokenJson.status).toBe(400);
    expect(brokenJson.json.error).toMatchObject({
      code: 'invalid-request',
      issues: [{ path: '', code: 'invalid-json' }],
    });
    const array = await editor.request('POST', '/forms/warranty-claim/versions', '[]');
    expect(array.status).toBe(400);
    const huge = { ...v1, description: 'x'.repeat(300 * 1024) };
    expect((await editor.post('/forms/warranty-claim/versions', huge)).status).toBe(413);
    for (const [path, code] of [
      ['/forms/no-such-form', 'unknown-form'],
      ['/forms/no-such-form/versions/1', 'unknown-form'],
      ['/forms/warranty-claim/versions/9', 'unknown-version'],
      ['/forms/warranty-claim/versions/abc', 'unknown-version'],
      ['/forms/warranty-claim/versions/0', 'unknown-version'],
      ['/forms/..%2F..%2Fetc/versions/1', 'unknown-form'],
      ['/forms/no-such-form/current', 'unknown-form'],
    ] as const) {
      const answer = await editor.get(path);
      expect([path, answer.status, answer.json?.error?.code]).toEqual([path, 404, code]);
    }
    const restoreUnknown = await editor.post('/forms/warranty-claim/restore', { version: 9 });
    expect([restoreUnknown.status, restoreUnknown.json.error.code]).toEqual([404, 'unknown-version']);
    const restoreGarbage = await editor.post('/forms/warranty-claim/restore', { version: 'one' });
    expect(restoreGarbage.status).toBe(422);
    expect(restoreGarbage.json.error.issues).toEqual([
      { path: '/version', code: 'type', params: { type: 'integer' } },
    ]);
  });

  it('only a form editor publishes, restores or reads definitions', async () => {
    const anonymous = new TestClient(app);
    expect((await anonymous.post('/forms/warranty-claim/versions', v1)).status).toBe(401);
    const reviewer = new TestClient(app);
    await reviewer.post('/session', REVIEWER);
    expect((await reviewer.post('/forms/warranty-claim/versions', v1)).status).toBe(403);
    expect((await reviewer.post('/forms/warranty-claim/restore', { version: 1 })).status).toBe(403);
    expect((await reviewer.get('/forms/warranty-claim/versions/1')).status).toBe(403);
    expect((await anonymous.get('/forms/warranty-claim/current')).json).toMatchObject({ version: 2 });
  });

  it('the modules come from the host origin: versioned ones immutable, the current one revalidated', async () => {
    const versioned = await moduleGet('/warranty-claim@2.js');
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const code = await versioned.text();
    expect(code).not.toMatch(/\beval\(|new Function|require\(/);
    // The very module a page imports validates like the server: self-contained, so Node imports it as it is.
    const { form } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    expect(form.id).toBe('warranty-claim');
    expect(
      form.validate({ ...claimV1, model: 'gh-200' }).issues.map((i: { path: string }) => i.path),
    ).toContain('/model');
    const current = await moduleGet('/warranty-claim.js');
    expect(current.headers.get('cache-control')).toBe('no-cache');
    const hash = (await editor.get('/forms/warranty-claim/current')).json.hash;
    expect(await current.text()).toBe(
      `export { form, default } from "./warranty-claim@2.js";\nexport const published = {"id":"warranty-claim","version":2,"hash":"${hash}"};\n`,
    );
    const again = await moduleGet('/warranty-claim.js', {
      'if-none-match': current.headers.get('etag') ?? '',
    });
    expect(again.status).toBe(304);
    for (const path of ['/warranty-claim@9.js', '/nope.js', '/warranty-claim@1', '/WARRANTY.js', '/a@0.js']) {
      expect([path, (await moduleGet(path)).status]).toEqual([path, 404]);
    }
  });

  it('a phone field is a lazy chunk beside the module: immutable, stored once, validating once it arrived', async () => {
    const phoneForm = (id: string) => ({
      id,
      schema: {
        type: 'object',
        properties: {
          phone: {
            type: 'string',
            maxLength: 30,
            'x-rule': { name: 'phone', options: { defaultCountry: 'DE' } },
          },
        },
      },
    });
    expect((await editor.post('/forms/callback/versions', phoneForm('callback'))).status).toBe(201);
    expect((await editor.post('/forms/hotline/versions', phoneForm('hotline'))).status).toBe(201);
    const code = await (await moduleGet('/callback@1.js')).text();
    const file = /import\("\.\/(rule-phone\.[0-9a-f]{16}\.js)"\)/.exec(code)?.[1];
    expect(file).toBeDefined();
    expect(code).not.toContain('country_calling_codes');
    expect(await (await moduleGet('/hotline@1.js')).text()).toContain(`"./${file}"`);
    expect(await db.query('SELECT file FROM published_form_chunks')).toEqual([{ file }]);
    const chunk = await moduleGet(`/${file}`);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const chunkCode = await chunk.text();
    expect(chunkCode).toContain('country_calling_codes');
    expect(chunkCode).not.toMatch(/\beval\(|new Function|require\(/);
    // Served files imported as a page would: the module, then its chunk by the relative URL.
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-published-phone-'));
    writeFileSync(join(dir, 'callback@1.js'), code);
    writeFileSync(join(dir, file!), chunkCode);
    const { form } = await import(pathToFileURL(join(dir, 'callback@1.js')).href);
    await form.ready();
    expect(form.validate({ phone: '+49 30 12' }).ok).toBe(false);
    expect(form.validate({ phone: '+49 30 901820' }).ok).toBe(true);
    for (const path of ['/rule-phone.0000000000000000.js', '/rule-phone.abc.js', `/${file!.toUpperCase()}`]) {
      expect([path, (await moduleGet(path)).status]).toEqual([path, 404]);
    }
  });

  it('a submission is validated with its version and stored with the form id and version', async () => {
    const anonymous = new TestClient(app);
    const refused = await anonymous.post('/forms/warranty-claim/versions/1/submissions', {
      ...claimV1,
      serialNumber: 'no',
      consent: false,
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error.issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['/serialNumber', 'pattern'],
        ['/consent', 'unchecked'],
      ]),
    );
    // Version 1 is no longer current, but a page opened before the new publish still gets its data judged by it.
    const accepted = await anonymous.post('/forms/warranty-claim/versions/1/submissions', {
      ...claimV1,
      isAdmin: true,
    });
    expect(accepted.status).toBe(201);
    expect(accepted.json).toMatchObject({ formId: 'warranty-claim', version: 1 });
    const rows = await db.query<{
      form_id: string;
      version: number;
      data: unknown;
      account_id: string | null;
    }>('SELECT form_id, version, data, account_id FROM form_submissions WHERE id = $1', [accepted.json.id]);
    expect(rows).toEqual([{ form_id: 'warranty-claim', version: 1, data: claimV1, account_id: null }]);
    // Version 1's data fails version 2: the shop became "retailer", a country is required.
    const wrongVersion = await anonymous.post('/forms/warranty-claim/versions/2/submissions', claimV1);
    expect(wrongVersion.status).toBe(422);
    expect(wrongVersion.json.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['/retailer', '/purchaseCountry']),
    );
    const signedIn = await editor.post('/forms/warranty-claim/versions/1/submissions', claimV1);
    const [row] = await db.query<{ account_id: string }>(
      'SELECT account_id FROM form_submissions WHERE id = $1',
      [signedIn.json.id],
    );
    expect(row?.account_id).toMatch(/^acc_/);
    for (const [path, status, code] of [
      ['/forms/warranty-claim/versions/7/submissions', 404, 'unknown-version'],
      ['/forms/nope/versions/1/submissions', 404, 'unknown-form'],
    ] as const) {
      const answer = await anonymous.post(path, claimV1);
      expect([path, answer.status, answer.json.error.code]).toEqual([path, status, code]);
    }
    const broken = await anonymous.request(
      'POST',
      '/forms/warranty-claim/versions/1/submissions',
      '{"serial',
    );
    expect(broken.status).toBe(400);
  });

  it('restoring version 1 makes it current again, audited with the hash and the version before', async () => {
    const restored = await editor.post('/forms/warranty-claim/restore', { version: 1 });
    expect(restored.status).toBe(200);
    expect(restored.json).toMatchObject({ version: 1, current: true, module: '/forms/warranty-claim@1.js' });
    expect((await new TestClient(app).get('/forms/warranty-claim/current')).json.version).toBe(1);
    expect(await (await moduleGet('/warranty-claim.js')).text()).toContain('"./warranty-claim@1.js"');
    const [entry] = await db.query<{ detail: unknown; actor: string }>(
      "SELECT detail, actor FROM audit_events WHERE event = 'form-restored'",
    );
    expect(entry?.detail).toEqual({
      id: 'warranty-claim',
      version: 1,
      hash: restored.json.hash,
      previous: 2,
    });
    // The next publish still gets the next free number.
    const v3 = await editor.post('/forms/warranty-claim/versions', { ...v2, description: 'Revision 3' });
    expect(v3.json.version).toBe(3);
  });
});
