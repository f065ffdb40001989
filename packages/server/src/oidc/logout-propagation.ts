import type Provider from 'oidc-provider';
import type { Queryable } from '../storage/database.js';

/** A client as oidc-provider has it at run time (its typings leave out the back-channel call). */
interface BackchannelClient {
  backchannelLogoutUri?: string;
  backchannelLogout(sub: string, sid: string): Promise<void>;
}

/**
 * Ends, for one portal session that was logged out at the portal (`DELETE /session`), every provider session that
 * rode on it: each sibling portal it logged into gets a back-channel logout token (with the `sid` it holds), the
 * grants (and so their access tokens) are revoked, and the provider session is deleted. The one thing to know: a
 * portal that does not answer is logged and skipped — the logout at the provider stands either way.
 */
export async function propagatePortalLogout(
  provider: Provider,
  db: Queryable,
  portalHash: string,
): Promise<void> {
  const links = await db.query<{ session_uid: string }>(
    'DELETE FROM oidc_login_links WHERE gatehouse_session = $1 RETURNING session_uid',
    [portalHash],
  );
  for (const { session_uid: uid } of links) {
    const session = await provider.Session.findByUid(uid);
    if (!session?.accountId) continue;
    const accountId = session.accountId;
    const authorizations = Object.entries(session.authorizations ?? {});
    await Promise.all(
      authorizations.map(async ([clientId, authorization]) => {
        const client = (await provider.Client.find(clientId)) as BackchannelClient | undefined;
        if (client?.backchannelLogoutUri && authorization.sid) {
          await client.backchannelLogout(accountId, authorization.sid).catch((error: unknown) => {
            console.error(
              `gatehouse: back-channel logout to ${clientId} failed:`,
              error instanceof Error ? error.message : error,
            );
          });
        }
        if (authorization.grantId) {
          await db.query("DELETE FROM oidc_models WHERE grant_id = $1 OR (model = 'Grant' AND id = $1)", [
            authorization.grantId,
          ]);
        }
      }),
    );
    await session.destroy();
  }
}

/**
 * Ends the portal session a browser holds when it confirmed a logout at the provider (RP-initiated logout): the
 * Customer Portal is one of "all portals". Returns whether a session row was deleted.
 */
export async function endPortalSession(db: Queryable, portalHash: string): Promise<boolean> {
  await db.query('DELETE FROM oidc_login_links WHERE gatehouse_session = $1', [portalHash]);
  const rows = await db.query('DELETE FROM sessions WHERE token_hash = $1 RETURNING token_hash', [
    portalHash,
  ]);
  return rows.length > 0;
}
