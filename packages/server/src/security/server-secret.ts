import { randomBytes } from 'node:crypto';
import type { Queryable } from '../storage/database.js';

/**
 * The named server secret (e.g. the code pepper), created once and shared through the database by every
 * server process. Concurrent first starts agree on one value (insert-if-absent, then read).
 */
export async function serverSecret(db: Queryable, name: string): Promise<string> {
  await db.query(
    'INSERT INTO server_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING',
    [name, randomBytes(32).toString('base64url'), new Date()],
  );
  const rows = await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [name]);
  const value = rows[0]?.value;
  if (!value) throw new Error(`server secret ${name} missing after insert`);
  return value;
}
