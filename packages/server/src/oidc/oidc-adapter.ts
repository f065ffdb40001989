import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Queryable } from '../storage/database.js';

interface ModelRow {
  payload: AdapterPayload;
  consumed_at: Date | null;
}

/**
 * The storage oidc-provider asks for, on the Gatehouse database (PGlite or Postgres, table `oidc_models`): one
 * row per model name and id with its JSON payload, so every server process sees the same sessions, codes and
 * grants. The one thing to know: an expired row is never returned (the clock is `now`, which tests move), and
 * `consume` only stamps the row — oidc-provider itself refuses a consumed code and revokes its grant.
 */
export function createOidcAdapter(db: Queryable, now: () => Date): new (model: string) => Adapter {
  return class GatehouseOidcAdapter implements Adapter {
    constructor(readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const expiresAt = expiresIn ? new Date(now().getTime() + expiresIn * 1000) : null;
      await db.query(
        `INSERT INTO oidc_models (model, id, payload, grant_id, user_code, uid, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (model, id) DO UPDATE SET payload = $3, grant_id = $4, user_code = $5, uid = $6, expires_at = $7`,
        [
          this.model,
          id,
          JSON.stringify(payload),
          payload.grantId ?? null,
          payload.userCode ?? null,
          payload.uid ?? null,
          expiresAt,
        ],
      );
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return this.one('id = $2', id);
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.one('uid = $2', uid);
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return this.one('user_code = $2', userCode);
    }

    async consume(id: string): Promise<void> {
      await db.query(
        'UPDATE oidc_models SET consumed_at = $3 WHERE model = $1 AND id = $2 AND consumed_at IS NULL',
        [this.model, id, now()],
      );
    }

    async destroy(id: string): Promise<void> {
      await db.query('DELETE FROM oidc_models WHERE model = $1 AND id = $2', [this.model, id]);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      // Every artefact of the grant, whatever its model: a replayed code takes its tokens with it.
      await db.query('DELETE FROM oidc_models WHERE grant_id = $1', [grantId]);
    }

    /** The live row of this model matching `where` (on `$2`), with `consumed` set as oidc-provider expects. */
    private async one(where: string, value: string): Promise<AdapterPayload | undefined> {
      // Ids come from clients (codes, tokens): anything longer than any id the provider makes is not looked up.
      if (typeof value !== 'string' || value.length === 0 || value.length > 512) return undefined;
      const rows = await db.query<ModelRow>(
        `SELECT payload, consumed_at FROM oidc_models
         WHERE model = $1 AND ${where} AND (expires_at IS NULL OR expires_at > $3)`,
        [this.model, value, now()],
      );
      const row = rows[0];
      if (!row) return undefined;
      return row.consumed_at
        ? { ...row.payload, consumed: Math.floor(new Date(row.consumed_at).getTime() / 1000) }
        : row.payload;
    }
  };
}

/** Deletes provider rows that expired before `before` (the server's maintenance calls it). */
export async function pruneOidcModels(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM oidc_models WHERE expires_at < $1', [before]);
  await db.query('DELETE FROM oidc_login_links WHERE expires_at < $1', [before]);
}
