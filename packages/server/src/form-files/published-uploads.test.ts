/**
 * File fields of published forms on the Gatehouse server: the upload route beside the publishing API, the CSRF
 * guard letting the bytes through only there, and the submission route storing references to the uploaded files.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatehouseApp } from '../create-server.js';
import type { Database } from '../storage/database.js';
import { openTestDatabase, testBackends } from '../storage/test-database.js';
import { FORM_EDITOR, TestClient, testServer } from '../testing/test-server.js';

const warranty = JSON.parse(
  readFileSync(new URL('../../../forms/examples/warranty-claim.form.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
const claim = {
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
const png = () => {
  const b = new Uint8Array(300);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return b;
};

describe.each(testBackends)('published forms take files (%s)', (backend) => {
  let db: Database;
  let app: GatehouseApp;
  let anonymous: TestClient;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    ({ app } = await testServer(db));
    const editor = new TestClient(app);
    expect((await editor.post('/session', FORM_EDITOR)).status).toBe(200);
    expect((await editor.post('/forms/warranty-claim/versions', warranty)).status).toBe(201);
    anonymous = new TestClient(app);
  }, 120_000);
  afterAll(async () => {
    await app?.idle();
    await db?.close();
  });

  const upload = (
    body: Uint8Array,
    type = 'application/octet-stream',
    path = '/forms/warranty-claim/versions/1/files',
  ) =>
    app.request(`http://portal.test${path}?field=%2Fphotos&name=damage.png`, {
      method: 'POST',
      headers: { 'content-type': type, origin: 'http://portal.test' },
      body: body as BodyInit,
    });

  it('uploads a photo, and the stored submission references it; the file belongs to that submission', async () => {
    const res = await upload(png());
    expect(res.status).toBe(201);
    const ref = (await res.json()) as { id: string };
    const submitted = await anonymous.post('/forms/warranty-claim/versions/1/submissions', {
      ...claim,
      photos: [{ ...ref, type: 'image/gif', size: 1 }],
    });
    expect(submitted.status).toBe(201);
    const [row] = await db.query<{ data: { photos: unknown } }>(
      'SELECT data FROM form_submissions WHERE id = $1',
      [submitted.json.id],
    );
    expect(row!.data.photos).toEqual([{ id: ref.id, name: 'damage.png', type: 'image/png', size: 300 }]);
    const [file] = await db.query('SELECT submission_id, field FROM form_files WHERE id = $1', [ref.id]);
    expect(file).toEqual({ submission_id: submitted.json.id, field: '/photos' });
    // The same upload in a second submission: refused, naming the field.
    const twice = await anonymous.post('/forms/warranty-claim/versions/1/submissions', {
      ...claim,
      photos: [ref],
    });
    expect(twice.status).toBe(422);
    expect(twice.json.error.issues).toEqual([
      expect.objectContaining({ path: '/photos', code: 'file-not-uploaded' }),
    ]);
  });

  it('a reference to nothing uploaded is refused at the field; nothing is stored', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM form_submissions');
    const forged = await anonymous.post('/forms/warranty-claim/versions/1/submissions', {
      ...claim,
      photos: [{ id: 'file_made-up', name: 'x.png', type: 'image/png', size: 3 }],
    });
    expect(forged.status).toBe(422);
    expect(forged.json.error.issues[0]).toMatchObject({ path: '/photos', code: 'file-not-uploaded' });
    expect(await db.query('SELECT count(*)::int AS n FROM form_submissions')).toEqual(before);
  });

  it('bytes are let through only on upload paths; unknown forms and versions are 404', async () => {
    const elsewhere = await app.request('http://portal.test/forms/warranty-claim/versions/1/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: png() as BodyInit,
    });
    expect(elsewhere.status).toBe(415);
    expect((await upload(png(), 'text/plain')).status).toBe(415);
    expect((await upload(png(), undefined, '/forms/warranty-claim/versions/9/files')).status).toBe(404);
    expect((await upload(png(), undefined, '/forms/nope/versions/1/files')).status).toBe(404);
    const evil = await app.request(
      'http://portal.test/forms/warranty-claim/versions/1/files?field=%2Fphotos',
      {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', origin: 'https://evil.example' },
        body: png(),
      },
    );
    expect(evil.status).toBe(403);
  });
});
