/**
 * `formModules`: serves the published forms' built modules from the host's own origin, so a page under
 * `script-src 'self'` may import them. Versioned modules never change (cached for a year, immutable); the
 * unversioned one re-exports whichever version is current and is revalidated on every load. The chunks a module
 * imports lazily (`rule-phone.<hash>.js`, named by content) are immutable too.
 */
import { Hono } from 'hono';
import type { Queryable } from '../storage/database.js';
import { currentVersion, findChunk, findModule } from './form-store.js';
import { FORM_ID } from './publish-form.js';

/** Options of {@link formModules}. */
export interface FormModulesOptions {
  /** The database the Gatehouse server publishes into. */
  db: Queryable;
}

const VERSIONED = /^([a-z][a-z0-9-]{0,63})@([1-9][0-9]{0,8})\.js$/;
const CURRENT = /^([a-z][a-z0-9-]{0,63})\.js$/;
// A dot before the hash: never a form id, so no form can shadow a chunk.
const CHUNK = /^[a-z][a-z-]{0,31}\.[0-9a-f]{16}\.js$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const JS = 'text/javascript; charset=utf-8';

/**
 * The module server, a Hono app to mount at `/forms` of the portal's origin (`app.route('/forms', formModules({
 * db }))`): `GET /<id>@<version>.js` answers the module `buildForm` made at publishing, `GET /<id>.js` a module
 * re-exporting the current version with `published = { id, version, hash }`, `GET /<chunk>.<hash>.js` a chunk a
 * module imports lazily. Unknown forms, versions and chunks get a plain 404; nothing else is answered.
 */
export function formModules(options: FormModulesOptions): Hono {
  const app = new Hono();
  app.get('/:file', async (c) => {
    const file = c.req.param('file');
    const versioned = VERSIONED.exec(file);
    if (versioned) {
      const [, id = '', version = ''] = versioned;
      const row = await findModule(options.db, id, Number(version));
      if (!row) return c.text('unknown form version', 404);
      return c.body(row.module, 200, {
        'content-type': JS,
        'cache-control': IMMUTABLE,
        etag: `"${row.hash}"`,
      });
    }
    if (CHUNK.test(file)) {
      const chunk = await findChunk(options.db, file);
      if (!chunk) return c.text('unknown chunk', 404);
      return c.body(chunk.code, 200, { 'content-type': JS, 'cache-control': IMMUTABLE });
    }
    const current = CURRENT.exec(file);
    const id = current?.[1];
    const row = id && FORM_ID.test(id) ? await currentVersion(options.db, id) : undefined;
    if (!row) return c.text('unknown form', 404);
    const version = Number(row.version);
    const tag = `"${row.hash}@${version}"`;
    const headers = { 'content-type': JS, 'cache-control': 'no-cache', etag: tag };
    if (c.req.header('if-none-match') === tag) return c.body(null, 304, headers);
    const target = JSON.stringify(`./${row.form_id}@${version}.js`);
    const published = JSON.stringify({ id: row.form_id, version, hash: row.hash });
    return c.body(
      `export { form, default } from ${target};\nexport const published = ${published};\n`,
      200,
      headers,
    );
  });
  return app;
}
