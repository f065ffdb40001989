/** `@gatehouse/forms/migrate`: stored submissions with form id and revision, declarative migrations, checks and diffs. */
export { checkMigrations, type MigrationCheck, type MigrationFailure } from './check.js';
export { type DefinitionChange, diffDefinitions } from './diff.js';
export {
  applyMigration,
  type Migration,
  MigrationError,
  type MigrationOp,
  migrateSubmission,
  migrationProblems,
  migrationsOf,
  recordSubmission,
  type StoredSubmission,
} from './migrate.js';
