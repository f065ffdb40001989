import { escapeHtml } from '../mail/mail-html.js';

/**
 * The provider's own pages (logout confirmation, logged out, consent, errors): plain HTML with one same-origin
 * stylesheet, no script and nothing inline, so they pass the portal's strict Content-Security-Policy.
 */

/** The stylesheet every provider page links (served at `<mount>/oidc.css`). */
export const OIDC_PAGE_CSS = `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0;display:grid;place-items:start center;min-height:100vh;background:Canvas;color:CanvasText}
main{box-sizing:border-box;width:min(calc(100% - 2rem),28rem);margin:3rem 1rem;padding:1.5rem;border:1px solid color-mix(in srgb,CanvasText 20%,transparent);border-radius:.5rem}
h1{font-size:1.4rem;margin:0 0 1rem}
button,.button{display:inline-block;font:inherit;padding:.6rem 1.2rem;border-radius:.375rem;border:0;background:#1d4ed8;color:#fff;cursor:pointer;text-decoration:none}
button.secondary{background:transparent;color:inherit;border:1px solid currentColor}
form{display:inline}
.actions{display:flex;gap:.75rem;flex-wrap:wrap;margin-top:1.25rem}
code{overflow-wrap:anywhere}`;

/** The headers of every provider page: HTML, never cached, no script at all, no framing. */
export const OIDC_PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** A whole page: `title` as its heading, `body` already-escaped HTML. */
export function oidcPage(mountPath: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Gatehouse</title>
<link rel="stylesheet" href="${escapeHtml(mountPath)}/oidc.css">
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`;
}

/** The logout confirmation: oidc-provider's hidden form (`formHtml`) plus one button that submits it. */
export function logoutPage(mountPath: string, formHtml: string, clientName: string | undefined): string {
  const from = clientName ? ` You asked ${escapeHtml(clientName)} to log you out.` : '';
  return oidcPage(
    mountPath,
    'Log out of all portals?',
    `<p>This ends your session at the Customer Portal and at every portal you entered with it.${from}</p>
${formHtml}
<div class="actions"><button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Log out</button></div>`,
  );
}

/** After a logout without a way back to the client. */
export function loggedOutPage(mountPath: string, homeUrl: string): string {
  return oidcPage(
    mountPath,
    'You are logged out',
    `<p>You are logged out of every portal.</p><p><a class="button" href="${escapeHtml(homeUrl)}">Customer Portal</a></p>`,
  );
}

/** Asks a user whether `clientName` may see their profile (clients that are not first-party). */
export function consentPage(mountPath: string, uid: string, clientName: string, scopes: string[]): string {
  const base = `${escapeHtml(mountPath)}/interaction/${escapeHtml(uid)}`;
  return oidcPage(
    mountPath,
    `Allow ${clientName}?`,
    `<p>${escapeHtml(clientName)} asks to know who you are: ${escapeHtml(scopes.join(', '))}.</p>
<div class="actions">
<form method="post" action="${base}/confirm"><button type="submit">Allow</button></form>
<form method="post" action="${base}/abort"><button type="submit" class="secondary">Deny</button></form>
</div>`,
  );
}

/** An error the browser sees (bad client, bad redirect URI, expired login): the protocol's code and what to do. */
export function errorPage(mountPath: string, code: string, description: string | undefined): string {
  return oidcPage(
    mountPath,
    'This login cannot continue',
    `<p>${escapeHtml(description ?? 'The request was not valid.')}</p>
<p>Error: <code>${escapeHtml(code)}</code>. Go back to the portal you came from and select Log in again.</p>`,
  );
}
