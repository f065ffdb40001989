/**
 * The publishing API (docs/forms/publishing.md), mounted at `/forms` of the Gatehouse app: form editors list,
 * read, publish and restore versioned definitions; anyone asks for the current version and submits data, which
 * is validated with the compiled form of the version it was filled in with.
 */
import type { LintProblem } from '@gatehouse/forms/lint';
import { type Context, Hono } from 'hono';
import { resolveFileReferences } from '../form-files/file-references.js';
import { databaseFileStorage, type FileStorage } from '../form-files/file-storage.js';
import { fileFieldsOf } from '../form-files/form-file-fields.js';
import { dropUnknown, readJson, rejectBody } from '../http/body.js';
import { clientIp, fail, type GatehouseEnv, type ServerContext } from '../http/context.js';
import { limitRequest } from '../http/limits.js';
import { findSession, requireSession, SESSION_COOKIE } from '../http/session.js';
import { audit } from '../security/audit.js';
import { randomId } from '../security/tokens.js';
import {
  currentVersion,
  findVersion,
  insertSubmission,
  insertVersion,
  listForms,
  listVersions,
  setCurrent,
  type VersionRow,
} from './form-store.js';
import { FORM_ID, prepareVersion } from './publish-form.js';
import { submissionForm } from './submission-forms.js';

/** Largest definition accepted for publishing: the biggest example form is 7 KB, so this leaves ample room. */
export const DEFINITION_LIMIT = 256 * 1024;

/** Where hosts mount {@link formModules}: module URLs in answers start with it. */
export const MODULES_PATH = '/forms';

/** URL of the built module of one version. */
export const moduleUrl = (id: string, version: number) => `${MODULES_PATH}/${id}@${version}.js`;

const VERSION = /^[1-9][0-9]{0,8}$/;

/** The API's view of a stored version. */
function versionSummary(row: VersionRow) {
  return {
    id: row.form_id,
    version: Number(row.version),
    hash: row.hash,
    module: moduleUrl(row.form_id, Number(row.version)),
    current: row.current,
    publishedAt: new Date(row.published_at).toISOString(),
    publishedBy: { id: row.published_by, email: row.publisher_email },
  };
}

/** The 422 of a definition that may not be published: every problem with its pointer into the body. */
function refuseDefinition(c: Context, problems: readonly LintProblem[]): Response {
  return c.json({ error: { code: 'invalid-definition', problems } }, 422);
}

/** The form id of the path when it can name a form (else a 404 answers). */
function formId(c: Context): string | null {
  const id = c.req.param('id') ?? '';
  return FORM_ID.test(id) ? id : null;
}

/** The version number of the path when it can name one (else a 404 answers). */
function versionParam(c: Context): number | null {
  const text = c.req.param('version') ?? '';
  return VERSION.test(text) ? Number(text) : null;
}

/** The version `id`@`version` of the path with its definition, or the 404 to send. */
async function pathVersion(c: Context, ctx: ServerContext) {
  const id = formId(c);
  const version = versionParam(c);
  if (id === null) return { response: fail(c, 404, 'unknown-form') };
  const row = version === null ? undefined : await findVersion(ctx.db, id, version);
  if (row) return { row };
  const known = (await currentVersion(ctx.db, id)) !== undefined;
  return { response: fail(c, 404, known ? 'unknown-version' : 'unknown-form') };
}

/** The publishing API as a Hono app for `app.route('/forms', …)`. */
export function publishedFormsApi(
  ctx: ServerContext,
  limit: number,
  files: FileStorage = databaseFileStorage(ctx.db),
): Hono<GatehouseEnv> {
  const api = new Hono<GatehouseEnv>();
  const editor = requireSession(ctx, 'forms');

  api.get('/', editor, async (c) => {
    const rows = await listForms(ctx.db);
    return c.json({
      forms: rows.map((row) => ({
        id: row.id,
        current: Number(row.current_version),
        latest: Number(row.latest_version),
        module: moduleUrl(row.id, Number(row.current_version)),
        publishedAt: new Date(row.published_at).toISOString(),
      })),
    });
  });

  api.get('/:id', editor, async (c) => {
    const id = formId(c);
    const rows = id === null ? [] : await listVersions(ctx.db, id);
    if (id === null || rows.length === 0) return fail(c, 404, 'unknown-form');
    const current = rows.find((row) => row.current);
    return c.json({ id, current: Number(current?.version), versions: rows.map(versionSummary) });
  });

  api.get('/:id/versions/:version', editor, async (c) => {
    const found = await pathVersion(c, ctx);
    if (!found.row) return found.response;
    return c.json({ ...versionSummary(found.row), definition: JSON.parse(found.row.definition) });
  });

  api.post('/:id/versions', editor, async (c) => {
    const id = c.req.param('id');
    const body = await readJson(c, DEFINITION_LIMIT);
    if (!body.ok) return body.response;
    if (!FORM_ID.test(id)) {
      return refuseDefinition(c, [
        {
          pointer: '/id',
          message: 'a form id is a lower-case letter, then letters, digits or dashes (at most 64)',
        },
      ]);
    }
    const prepared = await prepareVersion(id, body.value);
    if (!prepared.ok) return refuseDefinition(c, prepared.problems);
    const current = await currentVersion(ctx.db, id);
    // The same content again is nothing new: no version, no audit entry.
    if (current?.hash === prepared.value.hash) return c.json(versionSummary(current), 200);
    const account = c.get('account');
    const at = ctx.now();
    const version = await ctx.db.transaction(async (tx) => {
      const number = await insertVersion(tx, {
        id,
        // The server numbers the versions; the stored definition says which one it is.
        definition: (number) => JSON.stringify({ ...prepared.value.definition, version: number }),
        module: prepared.value.module,
        chunks: prepared.value.chunks,
        hash: prepared.value.hash,
        publishedBy: account.id,
        at,
      });
      await audit(tx, at, {
        event: 'form-published',
        actor: account.id,
        subject: id,
        ip: clientIp(c, ctx.trustProxy),
        detail: { id, version: number, hash: prepared.value.hash },
      });
      return number;
    });
    const stored = await findVersion(ctx.db, id, version);
    return c.json(versionSummary(stored as VersionRow), 201);
  });

  api.post('/:id/restore', editor, async (c) => {
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const id = formId(c);
    if (id === null) return fail(c, 404, 'unknown-form');
    const wanted = body.value.version;
    if (typeof wanted !== 'number' || !Number.isInteger(wanted) || wanted < 1) {
      return rejectBody(c, [{ path: '/version', code: 'type', params: { type: 'integer' } }]);
    }
    const row = await findVersion(ctx.db, id, wanted);
    if (!row) {
      const known = (await currentVersion(ctx.db, id)) !== undefined;
      return fail(c, 404, known ? 'unknown-version' : 'unknown-form');
    }
    const account = c.get('account');
    const at = ctx.now();
    await ctx.db.transaction(async (tx) => {
      const before = await setCurrent(tx, id, wanted, at);
      await audit(tx, at, {
        event: 'form-restored',
        actor: account.id,
        subject: id,
        ip: clientIp(c, ctx.trustProxy),
        detail: { id, version: wanted, hash: row.hash, previous: before },
      });
    });
    return c.json(versionSummary({ ...row, current: true }));
  });

  api.get('/:id/current', async (c) => {
    const id = formId(c);
    const row = id === null ? undefined : await currentVersion(ctx.db, id);
    if (!row) return fail(c, 404, 'unknown-form');
    const version = Number(row.version);
    return c.json({ id: row.form_id, version, hash: row.hash, module: moduleUrl(row.form_id, version) });
  });

  api.post('/:id/versions/:version/submissions', async (c) => {
    const session = await findSession(c, ctx, SESSION_COOKIE, ['full']);
    const accountId = session?.account.status === 'active' ? session.account.id : null;
    const limited = await limitRequest(c, ctx, 'form-submission', clientIp(c, ctx.trustProxy), accountId);
    if (limited) return limited;
    const body = await readJson(c, limit);
    if (!body.ok) return body.response;
    const found = await pathVersion(c, ctx);
    if (!found.row) return found.response;
    const form = submissionForm(found.row);
    const definition = JSON.parse(found.row.definition) as { schema?: Parameters<typeof dropUnknown>[0] };
    const data = dropUnknown(definition.schema, body.value);
    // File references become the stored files' facts (type read from the bytes) before the form judges them.
    const uploads = await resolveFileReferences(files, {
      formId: found.row.form_id,
      files: fileFieldsOf(form),
      data: (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>,
    });
    if (!uploads.ok) return rejectBody(c, uploads.issues);
    const result = form.validate(typeof data === 'object' && data !== null ? uploads.data : data);
    if (!result.ok) return rejectBody(c, result.issues);
    const submission = {
      id: randomId('sub'),
      formId: found.row.form_id,
      version: Number(found.row.version),
      at: ctx.now(),
    };
    // Claimed before the submission is stored, so two submissions racing for one upload cannot both keep it.
    if (uploads.fileIds.length > 0 && !(await files.attach(uploads.fileIds, submission.id)))
      return rejectBody(c, [{ path: '', code: 'file-not-uploaded', params: { name: '' } }]);
    await insertSubmission(ctx.db, { ...submission, data: result.value, accountId });
    return c.json(
      {
        id: submission.id,
        formId: submission.formId,
        version: submission.version,
        submittedAt: submission.at.toISOString(),
      },
      201,
    );
  });

  return api;
}
