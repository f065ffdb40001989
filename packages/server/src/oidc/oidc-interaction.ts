import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { GatehouseSession } from '../host/host-session.js';
import { consentPage, errorPage, OIDC_PAGE_HEADERS, pageLanguage } from './oidc-pages.js';
import { portalAuthentication } from './portal-login.js';

/** What the interaction handler needs besides the request. */
export interface InteractionContext {
  provider: Provider;
  mountPath: string;
  /** The portal's login page (relative URL); `?next=` is appended, where the page returns after a login. */
  loginUrl: string;
  getSession(request: IncomingMessage): Promise<GatehouseSession | null>;
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}

function page(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, OIDC_PAGE_HEADERS);
  res.end(html);
}

/** Whether the client asked for a fresh login (`prompt=login`, an exceeded `max_age`) the portal session predates. */
function needsFreshLogin(reasons: string[], session: GatehouseSession, startedAt: number): boolean {
  const asked = reasons.includes('login_prompt') || reasons.includes('max_age');
  return asked && Date.parse(session.authenticatedAt) / 1000 < startedAt;
}

/**
 * The provider's interaction (login and consent) at `<mount>/interaction/<uid>`. Login is the portal's own: with a
 * portal session the user passes straight through (same `acr`/`amr` as the portal login), without one the browser
 * goes to the portal's login page (`<gate-login>`: password, forced change of a one-time password, MFA, lockout),
 * which returns here. Consent is asked only of clients that are not first-party (`POST …/confirm`, `…/abort`).
 */
export async function handleInteraction(
  ic: InteractionContext,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: 'show' | 'confirm' | 'abort',
): Promise<void> {
  const lang = pageLanguage(req);
  const details = await ic.provider.interactionDetails(req, res).catch(() => null);
  if (!details || details.uid !== uid) {
    page(
      res,
      400,
      errorPage(ic.mountPath, 'invalid_request', 'This login expired or was already finished.', lang),
    );
    return;
  }
  const post = req.method === 'POST';
  const finish = async (result: Parameters<Provider['interactionResult']>[2], merge = false) =>
    redirect(res, await ic.provider.interactionResult(req, res, result, { mergeWithLastSubmission: merge }));
  if (action === 'abort' && post) {
    return finish({ error: 'access_denied', error_description: 'The user denied the request.' });
  }
  if (details.prompt.name === 'login' && action === 'show' && !post) {
    const portal = await ic.getSession(req);
    if (portal && !needsFreshLogin(details.prompt.reasons, portal, details.iat)) {
      const login = portalAuthentication(portal);
      return finish({
        login: { accountId: login.accountId, acr: login.acr, amr: login.amr, ts: login.loginTs },
      });
    }
    const next = `${ic.mountPath}/interaction/${uid}`;
    return redirect(
      res,
      `${ic.loginUrl}${ic.loginUrl.includes('?') ? '&' : '?'}next=${encodeURIComponent(next)}`,
    );
  }
  if (details.prompt.name === 'consent') {
    const clientId = String(details.params.client_id);
    const client = await ic.provider.Client.find(clientId);
    const scopes = String(details.params.scope ?? 'openid').split(' ');
    if (action === 'show' && !post) {
      return page(res, 200, consentPage(ic.mountPath, uid, client?.clientName ?? clientId, scopes, lang));
    }
    if (action === 'confirm' && post && details.session?.accountId) {
      const grant = details.grantId
        ? await ic.provider.Grant.find(details.grantId)
        : new ic.provider.Grant({ accountId: details.session.accountId, clientId });
      if (!grant)
        return page(res, 400, errorPage(ic.mountPath, 'invalid_request', 'The grant expired.', lang));
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      return finish({ consent: { grantId: await grant.save() } }, true);
    }
  }
  page(
    res,
    400,
    errorPage(ic.mountPath, 'invalid_request', 'This step of the login is not available here.', lang),
  );
}
