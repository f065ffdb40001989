import type { Database } from './database.js';
import { migrate } from './migrations.js';
import { createPgliteDatabase } from './pglite.js';
import { createPostgresDatabase } from './postgres.js';

/** Where the data lives: a Postgres connection string, a PGlite directory, or in memory. */
export type DatabaseLocation = { url: string } | { dataDir: string } | { memory: true };

/**
 * Opens the database at `location` and migrates it to the newest schema. A `postgres://` URL uses the
 * `pg` pool; anything else uses embedded PGlite. The caller owns the result and must `close()` it.
 */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  const db =
    'url' in location
      ? await createPostgresDatabase({ connectionString: location.url })
      : await createPgliteDatabase('dataDir' in location ? { dataDir: location.dataDir } : {});
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
