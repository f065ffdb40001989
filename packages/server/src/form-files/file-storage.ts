/**
 * Where uploaded form files live: a port a host can replace (object storage, a virus-scanning service), with the
 * default keeping them in the database beside the submissions (table `form_files`, PGlite or Postgres alike).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../storage/database.js';

/** A file the server has read and checked, about to be stored. */
export interface NewFormFile {
  formId: string;
  version: number;
  /** JSON Pointer of the form field it was uploaded for (`/photos`). */
  field: string;
  /** The name on the person's computer (shown only, never used as a path). */
  name: string;
  /** The media type read from the content (never the browser's claim). */
  type: string;
  content: Uint8Array;
}

/** A stored file without its content: what a submission's reference is checked against. */
export interface StoredFormFile {
  id: string;
  formId: string;
  version: number;
  field: string;
  name: string;
  type: string;
  size: number;
  /** `sha256-<base64url>` of the content. */
  hash: string;
  /** The submission that references it; `undefined` until one does. */
  submissionId?: string;
}

/** The storage port: save, look up, read and attach files. Every method may throw on an outage (500 upstream). */
export interface FileStorage {
  /** Stores a checked file and returns it with its new id. */
  save(file: NewFormFile): Promise<StoredFormFile>;
  /** The file's record without content, or `undefined` for an unknown id. */
  find(id: string): Promise<StoredFormFile | undefined>;
  /** The file's bytes, or `undefined` for an unknown id. */
  read(id: string): Promise<Uint8Array | undefined>;
  /**
   * Marks files as referenced by a submission. Resolves `false` (and attaches none) when one of them is unknown or
   * already attached to another submission, so one upload can never be claimed twice.
   */
  attach(ids: readonly string[], submissionId: string): Promise<boolean>;
}

interface FileRow {
  id: string;
  form_id: string;
  form_version: number;
  field: string;
  name: string;
  media_type: string;
  size: number;
  hash: string;
  submission_id: string | null;
}

const columns = 'id, form_id, form_version, field, name, media_type, size, hash, submission_id';

const fromRow = (row: FileRow): StoredFormFile => ({
  id: row.id,
  formId: row.form_id,
  version: Number(row.form_version),
  field: row.field,
  name: row.name,
  type: row.media_type,
  size: Number(row.size),
  hash: row.hash,
  ...(row.submission_id ? { submissionId: row.submission_id } : {}),
});

/** The default {@link FileStorage}: files in the `form_files` table of the server's database. */
export function databaseFileStorage(db: Database): FileStorage {
  return {
    async save(file) {
      // Unguessable ids: a reference in a submission must not let anyone name another person's upload.
      const id = `file_${randomBytes(18).toString('base64url')}`;
      const hash = `sha256-${createHash('sha256').update(file.content).digest('base64url')}`;
      const rows = await db.query<FileRow>(
        `INSERT INTO form_files (id, form_id, form_version, field, name, media_type, size, hash, content, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now()) RETURNING ${columns}`,
        [
          id,
          file.formId,
          file.version,
          file.field,
          file.name,
          file.type,
          file.content.length,
          hash,
          Buffer.from(file.content),
        ],
      );
      return fromRow(rows[0]!);
    },
    async find(id) {
      const rows = await db.query<FileRow>(`SELECT ${columns} FROM form_files WHERE id = $1`, [id]);
      return rows[0] ? fromRow(rows[0]) : undefined;
    },
    async read(id) {
      const rows = await db.query<{ content: Uint8Array }>('SELECT content FROM form_files WHERE id = $1', [
        id,
      ]);
      return rows[0] ? new Uint8Array(rows[0].content) : undefined;
    },
    attach(ids, submissionId) {
      return db
        .transaction(async (tx) => {
          const rows = await tx.query<{ id: string }>(
            `UPDATE form_files SET submission_id = $2
           WHERE id = ANY($1::text[]) AND (submission_id IS NULL OR submission_id = $2) RETURNING id`,
            [[...new Set(ids)], submissionId],
          );
          // All or nothing: throwing rolls the transaction back, so no file stays half-claimed.
          if (rows.length !== new Set(ids).size) throw new NotAttached();
          return true;
        })
        .catch((error: unknown) => {
          if (error instanceof NotAttached) return false;
          throw error;
        });
    },
  };
}

class NotAttached extends Error {}
