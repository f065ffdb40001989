/**
 * The smallest relying party of the Gatehouse OpenID provider: a Node app with openid-client and node:http, no
 * framework. docs/sso.md runs it against `pnpm start`:
 *
 *   OIDC_EXAMPLE_CLIENT_SECRET=a-long-random-secret pnpm start                 # registers the client "example"
 *   OIDC_EXAMPLE_CLIENT_SECRET=a-long-random-secret node --import tsx examples/portal/oidc-client-example.ts
 *
 * then open http://localhost:3005 and select Log in. Session handling is left out on purpose (it prints who logged
 * in): the sibling portals in siblings/ show sessions, logout and back-channel logout.
 */
import { createServer } from 'node:http';
import * as oidc from 'openid-client';

const issuer = new URL(process.env.OIDC_ISSUER ?? 'http://localhost:3000/oidc');
const port = Number(process.env.EXAMPLE_PORT ?? 3005);
const redirectUri = `http://localhost:${port}/callback`;
const secret = process.env.OIDC_EXAMPLE_CLIENT_SECRET;
if (!secret) throw new Error('set OIDC_EXAMPLE_CLIENT_SECRET (the same value the portal was started with)');

// Discovery: endpoints, JWKS and supported methods from /.well-known/openid-configuration.
// allowInsecureRequests only because the demo runs on http://localhost; never against a real deployment.
const config = await oidc.discovery(issuer, 'example', secret, undefined, {
  execute: [oidc.allowInsecureRequests],
});
/** One login at a time is enough for an example; a real app keeps these per browser session. */
let pending: { verifier: string; state: string; nonce: string } | undefined;

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://localhost:${port}`);
  if (url.pathname === '/login') {
    pending = {
      verifier: oidc.randomPKCECodeVerifier(),
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
    };
    const target = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    res.writeHead(303, { location: target.href }).end();
    return;
  }
  if (url.pathname === '/callback' && pending) {
    const checks = pending;
    pending = undefined;
    try {
      // Checks state, exchanges the code with the PKCE verifier, validates the ID token (signature, iss, aud,
      // exp, nonce) — every check the provider's attack tests rely on.
      const tokens = await oidc.authorizationCodeGrant(config, url, {
        pkceCodeVerifier: checks.verifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      const user = await oidc.fetchUserInfo(config, tokens.access_token, claims?.sub ?? '');
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Logged in as ${user.email} (acr ${claims?.acr}, amr ${JSON.stringify(claims?.amr)})\n`);
    } catch (error) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Login failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    }
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><title>Example</title><a href="/login">Log in</a>\n');
}).listen(port, '127.0.0.1', () => console.log(`example relying party on http://localhost:${port}`));
