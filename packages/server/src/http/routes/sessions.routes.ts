import type { Hono } from 'hono';
import { type PlaceColumns, storedPlace } from '../../places/stored-place.js';
import { audit } from '../../security/audit.js';
import { fail, type GatehouseEnv, type ServerContext } from '../context.js';
import { endSessions, requireSession } from '../session.js';
import { describeDevice } from '../user-agent.js';

/** A session row as the list reads it. */
interface SessionRow extends PlaceColumns {
  token_hash: string;
  public_id: string | null;
  user_agent: string;
  ip: string;
  created_at: Date;
  authenticated_at: Date;
  expires_at: Date;
}

/** The name a session has in the API: its public id, or for sessions of older versions a prefix of its hash. */
const publicId = (row: SessionRow) => row.public_id ?? `old_${row.token_hash.slice(0, 24)}`;

/**
 * The signed-in user's sessions: `GET /sessions` lists them (browser and system as the browser states them, the
 * address and its place when the host's lookup knew it, when they signed in), `DELETE /sessions/{id}` ends one of the others, `DELETE /sessions` ends all others.
 * The current session is ended by logging out (`DELETE /session`), never from the list.
 */
export function sessionsRoutes(app: Hono<GatehouseEnv>, ctx: ServerContext): void {
  const others = async (accountId: string) =>
    ctx.db.query<SessionRow>(
      `SELECT token_hash, public_id, user_agent, ip, place_city, place_region, place_country, created_at,
              authenticated_at, expires_at FROM sessions
       WHERE account_id = $1 AND stage = 'full' AND expires_at > $2 ORDER BY created_at DESC`,
      [accountId, ctx.now()],
    );

  app.get('/sessions', requireSession(ctx), async (c) => {
    const rows = await others(c.get('account').id);
    const current = c.get('sessionHash');
    const sessions = rows.map((row) => {
      const place = storedPlace(row);
      return {
        id: publicId(row),
        current: row.token_hash === current,
        ...describeDevice(row.user_agent),
        ip: row.ip,
        // Left out when unknown (no lookup, or it knew nothing), as the contract says.
        ...(place ? { place } : {}),
        signedInAt: row.created_at.toISOString(),
        expiresAt: row.expires_at.toISOString(),
      };
    });
    // The current one first: "this browser", then the others newest first.
    sessions.sort((a, b) => Number(b.current) - Number(a.current));
    return c.json({ sessions });
  });

  app.delete('/sessions/:id', requireSession(ctx), async (c) => {
    const account = c.get('account');
    const row = (await others(account.id)).find((r) => publicId(r) === c.req.param('id'));
    if (!row) return fail(c, 404, 'not-found');
    if (row.token_hash === c.get('sessionHash')) return fail(c, 409, 'current-session');
    await endSessions(ctx, [row.token_hash]);
    await audit(ctx.db, ctx.now(), { event: 'session-ended', actor: account.id, subject: account.id });
    return c.body(null, 204);
  });

  app.delete('/sessions', requireSession(ctx), async (c) => {
    const account = c.get('account');
    const current = c.get('sessionHash');
    const ended = (await others(account.id)).filter((r) => r.token_hash !== current);
    await endSessions(
      ctx,
      ended.map((r) => r.token_hash),
    );
    await audit(ctx.db, ctx.now(), {
      event: 'other-sessions-ended',
      actor: account.id,
      subject: account.id,
      detail: { count: ended.length },
    });
    return c.json({ ended: ended.length });
  });
}
