/**
 * `gatehouse-forms migrate --check`: proves that every stored submission of a dump validates against the newest
 * revision of its form after migration, naming the dump entry and the data pointer of each failure.
 */

import { compileForm } from '../compile/compile-form.js';
import type { FormDefinition } from '../definition/types.js';
import type { CompiledForm } from '../engine/engine.js';
import { MigrationError, migrateSubmission, type StoredSubmission } from './migrate.js';

/** One submission that does not survive migration: where it is in the dump, and what is wrong. */
export interface MigrationFailure {
  /** JSON Pointer of the submission in the dump (`/3`), plus the data pointer when a field is at fault. */
  pointer: string;
  code: string;
  message: string;
}

/** The outcome of checking a dump: how many submissions were checked, and every failure. */
export interface MigrationCheck {
  checked: number;
  failures: MigrationFailure[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Migrates each submission of `dump` (a list of `{ form, version, data }`) with `definitions` (every revision
 * of the forms involved) and validates it with the newest revision. Never throws on bad entries: each becomes a
 * failure at its pointer.
 */
export function checkMigrations(definitions: readonly FormDefinition[], dump: unknown): MigrationCheck {
  if (!Array.isArray(dump))
    return {
      checked: 0,
      failures: [{ pointer: '', code: 'invalid-dump', message: 'a dump is a JSON list of submissions' }],
    };
  const compiled = new Map<string, CompiledForm>();
  const newest = (id: string) => {
    let form = compiled.get(id);
    if (!form) {
      const latest = definitions
        .filter((d) => d.id === id)
        .sort((a, b) => (b.version ?? 1) - (a.version ?? 1))[0]!;
      form = compileForm(latest);
      compiled.set(id, form);
    }
    return form;
  };
  const failures: MigrationFailure[] = [];
  dump.forEach((entry: unknown, i) => {
    const at = `/${i}`;
    if (
      !isObject(entry) ||
      typeof entry.form !== 'string' ||
      !Number.isInteger(entry.version) ||
      !isObject(entry.data)
    ) {
      failures.push({
        pointer: at,
        code: 'invalid-submission',
        message: 'a submission is { form, version, data }',
      });
      return;
    }
    let migrated: StoredSubmission;
    try {
      migrated = migrateSubmission(entry as unknown as StoredSubmission, definitions);
    } catch (error) {
      if (!(error instanceof MigrationError)) throw error;
      failures.push({ pointer: at, code: error.code, message: error.message });
      return;
    }
    const result = newest(migrated.form).validate(migrated.data);
    if (!result.ok)
      for (const issue of result.issues)
        failures.push({ pointer: `${at}/data${issue.path}`, code: issue.code, message: issue.message });
  });
  return { checked: dump.length, failures };
}
