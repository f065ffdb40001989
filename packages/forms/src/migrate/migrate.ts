/**
 * Versions and migrations of stored submissions. A stored submission records which form and which revision it
 * was filled in with (`{ form, version, data }`); a definition of revision N may declare how data of revision
 * N-1 (or older) becomes its own, with declarative operations only (no code), so the same migration runs on the
 * server, in a review tool and in `gatehouse-forms migrate --check`.
 */
import type { FormDefinition } from '../definition/types.js';
import { formatPointer, parsePointer } from '../engine/pointer.js';

/** One step of a migration, applied to the data in order. Pointers are JSON Pointers into the data. */
export type MigrationOp =
  /** Renames or moves a field (`/phone` → `/contact/phone`); nothing happens when `from` is absent. */
  | { op: 'rename'; from: string; to: string }
  /** Sets a value where none is (a new required field). */
  | { op: 'default'; path: string; value: unknown }
  /** Removes a field the form no longer has (its data would otherwise be kept silently). */
  | { op: 'drop'; path: string }
  /** Replaces values (`{ "poc": "proof-of-concept" }`); values not listed stay as they are. */
  | { op: 'map'; path: string; values: Record<string, unknown> };

/** How data of revision `from` becomes data of the definition's own `version`. */
export interface Migration {
  from: number;
  ops: MigrationOp[];
}

/** A submission as stored: the form id, its revision and the data. */
export interface StoredSubmission {
  form: string;
  version: number;
  data: Record<string, unknown>;
}

/** Why a submission could not be migrated (no path from its revision, an unknown form). */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly code: 'unknown-form' | 'no-migration' | 'newer-than-definitions',
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Records a submission with the form's id and revision (revision 1 when the definition states none). */
export function recordSubmission(
  definition: Pick<FormDefinition, 'id' | 'version'>,
  data: Record<string, unknown>,
): StoredSubmission {
  return { form: definition.id, version: definition.version ?? 1, data };
}

/** Applies migration operations to a copy of `data`; the input is never changed. */
export function applyMigration(
  data: Record<string, unknown>,
  ops: readonly MigrationOp[],
): Record<string, unknown> {
  const out = structuredClone(data);
  for (const op of ops) {
    if (op.op === 'rename') {
      const value = take(out, op.from);
      if (value !== undefined) put(out, op.to, value);
    } else if (op.op === 'default') {
      if (read(out, op.path) === undefined) put(out, op.path, structuredClone(op.value));
    } else if (op.op === 'drop') {
      take(out, op.path);
    } else {
      const value = read(out, op.path);
      const key = typeof value === 'string' ? value : JSON.stringify(value);
      if (value !== undefined && Object.hasOwn(op.values, key))
        put(out, op.path, structuredClone(op.values[key]));
    }
  }
  return out;
}

/**
 * Migrates a stored submission to the newest revision among `definitions` (every revision of its form that may
 * hold a migration), step by step along the declared `migrations`. Throws `MigrationError` when no path exists.
 */
export function migrateSubmission(
  submission: StoredSubmission,
  definitions: readonly FormDefinition[],
): StoredSubmission {
  const revisions = definitions.filter((d) => d.id === submission.form);
  if (revisions.length === 0)
    throw new MigrationError(`no definition of form "${submission.form}"`, 'unknown-form');
  const latest = Math.max(...revisions.map((d) => d.version ?? 1));
  if (submission.version > latest)
    throw new MigrationError(
      `form "${submission.form}" revision ${submission.version} is newer than every definition (${latest})`,
      'newer-than-definitions',
    );
  let { version, data } = submission;
  while (version < latest) {
    // The nearest revision that states how to come from this one.
    const next = revisions
      .filter((d) => (d.version ?? 1) > version && migrationsOf(d).some((m) => m.from === version))
      .sort((a, b) => (a.version ?? 1) - (b.version ?? 1))[0];
    if (!next)
      throw new MigrationError(
        `form "${submission.form}": no migration from revision ${version} (latest is ${latest})`,
        'no-migration',
      );
    data = applyMigration(data, migrationsOf(next).find((m) => m.from === version)!.ops);
    version = next.version ?? 1;
  }
  return { form: submission.form, version, data };
}

/** The `migrations` a definition declares (none when absent). */
export function migrationsOf(definition: FormDefinition): Migration[] {
  return Array.isArray(definition.migrations) ? (definition.migrations as Migration[]) : [];
}

const opFields: Record<MigrationOp['op'], string[]> = {
  rename: ['from', 'to'],
  default: ['path'],
  drop: ['path'],
  map: ['path'],
};

/** Problems of a definition's `migrations`, each `{ pointer, message }` into the definition (compile reports them). */
export function migrationProblems(definition: {
  version?: unknown;
  migrations?: unknown;
}): { pointer: string; message: string }[] {
  const out: { pointer: string; message: string }[] = [];
  if (definition.migrations === undefined) return out;
  if (!Array.isArray(definition.migrations))
    return [{ pointer: '/migrations', message: 'migrations must be a list' }];
  const version = typeof definition.version === 'number' ? definition.version : 1;
  definition.migrations.forEach((m: unknown, i) => {
    const at = `/migrations/${i}`;
    if (
      !isObject(m) ||
      !Number.isInteger(m.from) ||
      (m.from as number) < 1 ||
      (m.from as number) >= version
    ) {
      out.push({ pointer: `${at}/from`, message: `from must be an older revision than version ${version}` });
      return;
    }
    if (!Array.isArray(m.ops)) {
      out.push({ pointer: `${at}/ops`, message: 'ops must be a list of operations' });
      return;
    }
    m.ops.forEach((op: unknown, k) => {
      const kind = isObject(op) ? (op.op as MigrationOp['op']) : undefined;
      const needs = kind ? opFields[kind] : undefined;
      if (!needs) {
        out.push({ pointer: `${at}/ops/${k}/op`, message: 'op must be rename, default, drop or map' });
        return;
      }
      for (const field of needs) {
        const value = (op as Record<string, unknown>)[field];
        if (typeof value !== 'string' || !value.startsWith('/'))
          out.push({
            pointer: `${at}/ops/${k}/${field}`,
            message: `${field} must be a JSON Pointer like "/email"`,
          });
      }
      if (kind === 'map' && !isObject((op as Record<string, unknown>).values))
        out.push({ pointer: `${at}/ops/${k}/values`, message: 'values must map old values to new ones' });
    });
  });
  return out;
}

function read(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of parsePointer(pointer)) {
    if (!isObject(node) || !Object.hasOwn(node, seg)) return undefined;
    node = node[seg];
  }
  return node;
}

function take(data: Record<string, unknown>, pointer: string): unknown {
  const segs = parsePointer(pointer);
  const parent = read(data, formatPointer(segs.slice(0, -1)));
  const last = segs.at(-1);
  if (!isObject(parent) || last === undefined || !Object.hasOwn(parent, last)) return undefined;
  const value = parent[last];
  delete parent[last];
  return value;
}

function put(data: Record<string, unknown>, pointer: string, value: unknown): void {
  const segs = parsePointer(pointer);
  let node: Record<string, unknown> = data;
  for (const seg of segs.slice(0, -1)) {
    if (!isObject(node[seg])) node[seg] = {};
    node = node[seg] as Record<string, unknown>;
  }
  node[segs.at(-1)!] = value;
}
