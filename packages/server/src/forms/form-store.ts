/**
 * The stored, versioned form definitions and the submissions made with them: plain SQL on the tables of
 * migration 210, the same on PGlite and Postgres.
 */
import type { Queryable } from '../storage/database.js';

/** One stored version, without its definition and module (what lists show). */
export interface VersionRow {
  form_id: string;
  version: number;
  hash: string;
  published_at: Date;
  /** Null once the publishing account was deleted. */
  published_by: string | null;
  publisher_email: string;
  current: boolean;
}

/** One published form in the list. */
export interface FormRow {
  id: string;
  current_version: number;
  latest_version: number;
  published_at: Date;
}

const VERSION_COLUMNS = `v.form_id, v.version, v.hash, v.published_at, v.published_by,
  COALESCE(a.email, '') AS publisher_email, (f.current_version = v.version) AS current`;
const VERSION_FROM = `published_form_versions v JOIN published_forms f ON f.id = v.form_id
  LEFT JOIN accounts a ON a.id = v.published_by`;

/** Every published form, by id. */
export async function listForms(db: Queryable): Promise<FormRow[]> {
  return db.query<FormRow>(
    `SELECT f.id, f.current_version, MAX(v.version) AS latest_version,
            MAX(v.published_at) FILTER (WHERE v.version = f.current_version) AS published_at
     FROM published_forms f JOIN published_form_versions v ON v.form_id = f.id
     GROUP BY f.id, f.current_version ORDER BY f.id`,
  );
}

/** The versions of form `id`, newest first (empty for an unknown form). */
export async function listVersions(db: Queryable, id: string): Promise<VersionRow[]> {
  return db.query<VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM ${VERSION_FROM} WHERE v.form_id = $1 ORDER BY v.version DESC`,
    [id],
  );
}

/** One version with its definition (the JSON text as stored), or undefined. */
export async function findVersion(
  db: Queryable,
  id: string,
  version: number,
): Promise<(VersionRow & { definition: string }) | undefined> {
  const rows = await db.query<VersionRow & { definition: string }>(
    `SELECT ${VERSION_COLUMNS}, v.definition FROM ${VERSION_FROM} WHERE v.form_id = $1 AND v.version = $2`,
    [id, version],
  );
  return rows[0];
}

/** The current version of form `id` (the one pages get), or undefined for an unknown form. */
export async function currentVersion(db: Queryable, id: string): Promise<VersionRow | undefined> {
  const rows = await db.query<VersionRow>(
    `SELECT ${VERSION_COLUMNS} FROM ${VERSION_FROM} WHERE v.form_id = $1 AND v.version = f.current_version`,
    [id],
  );
  return rows[0];
}

/** The built module of one version, or undefined. */
export async function findModule(
  db: Queryable,
  id: string,
  version: number,
): Promise<{ module: string; hash: string } | undefined> {
  const rows = await db.query<{ module: string; hash: string }>(
    'SELECT module, hash FROM published_form_versions WHERE form_id = $1 AND version = $2',
    [id, version],
  );
  return rows[0];
}

/** A new version to store. */
export interface NewVersion {
  id: string;
  /** The definition's JSON text for the number the version gets. */
  definition: (version: number) => string;
  module: string;
  /** The content-named chunks the module imports lazily; a file already stored is the same code. */
  chunks: readonly { file: string; code: string }[];
  hash: string;
  publishedBy: string;
  at: Date;
}

/**
 * Stores the next version of a form and makes it current; returns its number. Locks the form's row first, so
 * two publishes at once get consecutive numbers instead of one failing. Call it inside a transaction.
 */
export async function insertVersion(tx: Queryable, entry: NewVersion): Promise<number> {
  await tx.query(
    'INSERT INTO published_forms (id, current_version, updated_at) VALUES ($1, 0, $2) ON CONFLICT (id) DO NOTHING',
    [entry.id, entry.at],
  );
  await tx.query('SELECT 1 FROM published_forms WHERE id = $1 FOR UPDATE', [entry.id]);
  const [next] = await tx.query<{ version: number }>(
    'SELECT COALESCE(MAX(version), 0) + 1 AS version FROM published_form_versions WHERE form_id = $1',
    [entry.id],
  );
  const version = Number(next?.version ?? 1);
  await tx.query(
    `INSERT INTO published_form_versions (form_id, version, definition, module, hash, published_by, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [entry.id, version, entry.definition(version), entry.module, entry.hash, entry.publishedBy, entry.at],
  );
  await tx.query('UPDATE published_forms SET current_version = $2, updated_at = $3 WHERE id = $1', [
    entry.id,
    version,
    entry.at,
  ]);
  for (const chunk of entry.chunks)
    await tx.query(
      'INSERT INTO published_form_chunks (file, code, stored_at) VALUES ($1, $2, $3) ON CONFLICT (file) DO NOTHING',
      [chunk.file, chunk.code, entry.at],
    );
  return version;
}

/** A stored chunk of the published modules (`rule-phone.<hash>.js`), or undefined. */
export async function findChunk(db: Queryable, file: string): Promise<{ code: string } | undefined> {
  const rows = await db.query<{ code: string }>('SELECT code FROM published_form_chunks WHERE file = $1', [
    file,
  ]);
  return rows[0];
}

/** Makes `version` of form `id` current; returns the version that was current before (undefined: no such form). */
export async function setCurrent(
  tx: Queryable,
  id: string,
  version: number,
  at: Date,
): Promise<number | undefined> {
  const rows = await tx.query<{ current_version: number }>(
    'SELECT current_version FROM published_forms WHERE id = $1 FOR UPDATE',
    [id],
  );
  const before = rows[0]?.current_version;
  if (before === undefined) return undefined;
  await tx.query('UPDATE published_forms SET current_version = $2, updated_at = $3 WHERE id = $1', [
    id,
    version,
    at,
  ]);
  return Number(before);
}

/** A submission to store. */
export interface NewSubmission {
  id: string;
  formId: string;
  version: number;
  data: unknown;
  accountId: string | null;
  at: Date;
}

/** Stores one submission of a published form. */
export async function insertSubmission(db: Queryable, entry: NewSubmission): Promise<void> {
  await db.query(
    `INSERT INTO form_submissions (id, form_id, version, data, account_id, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [entry.id, entry.formId, entry.version, JSON.stringify(entry.data), entry.accountId, entry.at],
  );
}
