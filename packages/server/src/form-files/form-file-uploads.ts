/**
 * Uploads for form file fields: `POST /<form id>/versions/<version>/files?field=/photos&name=damage.jpg` with the
 * file's bytes as the body (`Content-Type: application/octet-stream`). The server reads the type from the content
 * (never the name or the browser's claim), checks it and the size against the field's `file` rule, stores the file
 * and answers its reference `{ id, name, type, size }`, which the form's data then carries into the submission.
 */
import type { FormDefinition } from '@gatehouse/forms';
import { acceptsType, readableSize } from '@gatehouse/forms/rules/file';
import { mediaTypeOf } from '@gatehouse/forms/rules/file-content';
import { type Context, Hono } from 'hono';
import { fail } from '../http/context.js';
import { localeOf } from '../http/locale.js';
import type { FileStorage } from './file-storage.js';
import { formVersionCache } from './form-file-fields.js';

/** Options of {@link formFileUploads}. */
export interface FormFileUploadsOptions {
  /** Where files go: `databaseFileStorage(db)` or a host's own. */
  storage: FileStorage;
  /** The definition of a form version (the published one, or a host's own), `undefined` when there is none. */
  definitionOf(id: string, version: number): FormDefinition | undefined | Promise<FormDefinition | undefined>;
  /** Origins besides the request's own that may upload (the portal's public origin, sibling portals). */
  allowedOrigins?: readonly string[];
  /** Runs first; a response it gives is the answer (the Gatehouse server's rate limit, `429 rate-limited`). */
  guard?(c: Context): Promise<Response | null | undefined>;
}

const formId = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * A Hono app the host mounts beside the API (e.g. at `/api/form-files`). Answers: `201 { id, name, type, size }`;
 * `413 payload-too-large` and `422 invalid-request` with an issue at the field's pointer (`file-too-big`,
 * `file-type`), worded in the request's language; `404 unknown-form`; `415` unless the body is sent as
 * `application/octet-stream` (a type no cross-site form can send without asking first: the CSRF defence).
 */
export function formFileUploads(options: FormFileUploadsOptions): Hono {
  const compiled = formVersionCache();
  const allowed = new Set((options.allowedOrigins ?? []).map((o) => new URL(o).origin));
  const app = new Hono();
  app.post('/:id/versions/:version/files', async (c) => {
    const refused = await options.guard?.(c);
    if (refused) return refused;
    if (!/^application\/octet-stream\s*(;|$)/i.test(c.req.header('content-type') ?? ''))
      return fail(c, 415, 'unsupported-media-type');
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== new URL(c.req.url).origin && !allowed.has(origin))
      return fail(c, 403, 'invalid-origin');
    const id = c.req.param('id');
    const version = Number(c.req.param('version'));
    const definition =
      formId.test(id) && Number.isInteger(version) && version > 0
        ? await options.definitionOf(id, version)
        : undefined;
    if (!definition) return fail(c, 404, 'unknown-form');
    const { form, files } = compiled(id, version, definition, localeOf(c));
    const field = c.req.query('field') ?? '';
    const limits = files.get(field);
    if (!limits)
      return fail(c, 422, 'invalid-request', {
        issues: [
          {
            path: '',
            code: 'not-a-file-field',
            params: { field },
            message: `${field || '(none)'} is not a file field of this form.`,
          },
        ],
      });
    const name = fileName(c.req.query('name'));
    const issue = (code: string, params: Record<string, unknown>) => {
      const found = { path: field, code, params };
      return { issues: [{ ...found, message: form.messagesFor(localeOf(c)).issue(found) }] };
    };
    const tooBig = () =>
      fail(c, 413, 'payload-too-large', issue('file-too-big', { name, max: readableSize(limits.maxSize) }));
    if (Number(c.req.header('content-length') ?? 0) > limits.maxSize) return tooBig();
    const content = await readAtMost(c, limits.maxSize);
    if (!content) return tooBig();
    const type = mediaTypeOf(content);
    if (!acceptsType(limits.accept, type))
      return fail(
        c,
        422,
        'invalid-request',
        issue('file-type', { name, allowed: limits.accept.join(', '), found: type }),
      );
    const stored = await options.storage.save({ formId: id, version, field, name, type, content });
    return c.json({ id: stored.id, name: stored.name, type: stored.type, size: stored.size }, 201);
  });
  return app;
}

/** The name as shown to people: the last path segment, without control characters, at most 255 characters. */
function fileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((ch) => ch >= ' ' && ch !== '\u007f')
    .join('')
    .trim();
  return [...clean].slice(0, 255).join('') || 'file';
}

/** The body's bytes, or `undefined` as soon as it passes `limit` (the rest is never read into memory). */
async function readAtMost(c: Context, limit: number): Promise<Uint8Array | undefined> {
  const reader = c.req.raw.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
