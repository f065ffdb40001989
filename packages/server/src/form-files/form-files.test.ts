import { readFileSync } from 'node:fs';
import type { FormDefinition } from '@gatehouse/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database.js';
import { openTestDatabase, testBackends } from '../storage/test-database.js';
import { resolveFileReferences } from './file-references.js';
import { databaseFileStorage, type FileStorage } from './file-storage.js';
import { formVersionCache } from './form-file-fields.js';
import { formFileUploads } from './form-file-uploads.js';

const warranty = JSON.parse(
  readFileSync(new URL('../../../forms/examples/warranty-claim.form.json', import.meta.url), 'utf8'),
) as FormDefinition;

/** The first bytes of a real JPEG (SOI, APP0 "JFIF"), then filler: the server reads the signature only. */
const jpeg = (size: number) => {
  const b = new Uint8Array(size);
  b.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
  return b;
};

describe.each(testBackends)('form file uploads (%s)', (kind) => {
  let db: Database;
  let storage: FileStorage;
  let app: ReturnType<typeof formFileUploads>;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    storage = databaseFileStorage(db);
    app = formFileUploads({
      storage,
      definitionOf: (id, version) => (id === 'warranty-claim' && version === 1 ? warranty : undefined),
    });
  });
  afterAll(() => db.close());

  const upload = (
    body: Uint8Array | string,
    query = 'field=%2Fphotos&name=damage.jpg',
    headers: Record<string, string> = {},
  ) =>
    app.request(`/warranty-claim/versions/1/files?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...headers },
      body: body as BodyInit,
    });

  it('stores a photo by its content and answers its reference; the bytes come back unchanged', async () => {
    const bytes = jpeg(2048);
    const res = await upload(bytes, 'field=%2Fphotos&name=..%2F..%2Fdamage.jpg');
    expect(res.status).toBe(201);
    const ref = (await res.json()) as { id: string; name: string; type: string; size: number };
    expect(ref).toMatchObject({ name: 'damage.jpg', type: 'image/jpeg', size: 2048 });
    expect(ref.id).toMatch(/^file_[A-Za-z0-9_-]{24}$/);
    expect(await storage.read(ref.id)).toEqual(bytes);
    expect(await storage.find(ref.id)).toMatchObject({
      formId: 'warranty-claim',
      version: 1,
      field: '/photos',
    });
  });

  it('refuses a file whose content is not an accepted type, whatever its name says, naming the field', async () => {
    const res = await upload('MZ\u0090\u0000 this is a program', 'field=%2Fphotos&name=holiday.jpg', {
      'accept-language': 'de',
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as {
      error: { code: string; issues: { path: string; code: string; message: string }[] };
    };
    expect(body.error.code).toBe('invalid-request');
    expect(body.error.issues).toEqual([
      expect.objectContaining({
        path: '/photos',
        code: 'file-type',
        message:
          'holiday.jpg hat keinen der erlaubten Dateitypen (image/jpeg, image/png, image/webp, image/heic).',
      }),
    ]);
  });

  it('refuses a file over the size limit, stated or streamed, without reading it all', async () => {
    const big = jpeg(5_000_001);
    const res = await upload(big);
    expect(res.status).toBe(413);
    const body = (await res.json()) as {
      error: { code: string; issues: { path: string; message: string }[] };
    };
    expect(body.error.issues[0]).toMatchObject({
      path: '/photos',
      message: 'damage.jpg is larger than 5 MB.',
    });
    // No Content-Length (a stream): counted while reading, refused on the byte that passes the limit.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 6; i++) controller.enqueue(jpeg(1_000_000));
        controller.close();
      },
    });
    const streamed = await app.request('/warranty-claim/versions/1/files?field=%2Fphotos&name=big.jpg', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('refuses what is not an upload: other content types, unknown forms, fields that take no files, other origins', async () => {
    expect((await upload(jpeg(64), undefined, { 'content-type': 'image/jpeg' })).status).toBe(415);
    expect((await upload(jpeg(64), undefined, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await upload(jpeg(64), 'field=%2Fname&name=a.jpg')).status).toBe(422);
    expect((await upload(jpeg(64), 'name=a.jpg')).status).toBe(422);
    expect((await upload(jpeg(64), undefined, { origin: 'https://evil.example' })).status).toBe(403);
    const unknown = await app.request('/warranty-claim/versions/9/files?field=%2Fphotos', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: jpeg(64),
    });
    expect(unknown.status).toBe(404);
  });

  it('a submission references stored files only: facts from the server, each file claimed once', async () => {
    const files = formVersionCache()('warranty-claim', 1, warranty, 'en').files;
    const ref = (await (await upload(jpeg(4000))).json()) as { id: string };
    const claimed = { photos: [{ id: ref.id, name: 'renamed.jpg', type: 'image/png', size: 1 }] };
    const resolved = await resolveFileReferences(storage, { formId: 'warranty-claim', files, data: claimed });
    expect(resolved).toEqual({
      ok: true,
      data: { photos: [{ id: ref.id, name: 'damage.jpg', type: 'image/jpeg', size: 4000 }] },
      fileIds: [ref.id],
    });
    expect(await storage.attach([ref.id], 'sub-1')).toBe(true);
    expect(await storage.find(ref.id)).toMatchObject({ submissionId: 'sub-1' });
    // Another submission cannot claim it, nor an id that was never uploaded.
    const again = await resolveFileReferences(storage, { formId: 'warranty-claim', files, data: claimed });
    expect(again).toEqual({
      ok: false,
      issues: [{ path: '/photos', code: 'file-not-uploaded', params: { name: 'renamed.jpg' } }],
    });
    expect(await storage.attach([ref.id], 'sub-2')).toBe(false);
    const forged = await resolveFileReferences(storage, {
      formId: 'warranty-claim',
      files,
      data: { photos: [{ id: 'file_nope', name: 'x.jpg', type: 'image/jpeg', size: 1 }] },
    });
    expect(forged.ok).toBe(false);
  });
});
