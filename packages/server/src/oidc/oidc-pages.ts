import { cookieHeader, cookieValue, type RequestLike } from '../host/host-session.js';
import { chooseLocale, LOCALE_COOKIE } from '../http/locale.js';
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

/** The texts of the provider's pages in each language the portal speaks. */
const TEXTS = {
  en: {
    logoutTitle: 'Log out of all portals?',
    logoutBody: 'This ends your session at the Customer Portal and at every portal you entered with it.',
    logoutFrom: (client: string) => ` You asked ${client} to log you out.`,
    logoutButton: 'Log out',
    loggedOutTitle: 'You are logged out',
    loggedOutBody: 'You are logged out of every portal.',
    home: 'Customer Portal',
    consentTitle: (client: string) => `Allow ${client}?`,
    consentBody: (client: string, scopes: string) => `${client} asks to know who you are: ${scopes}.`,
    allow: 'Allow',
    deny: 'Deny',
    errorTitle: 'This login cannot continue',
    errorDefault: 'The request was not valid.',
    errorCode: (code: string) =>
      `Error: <code>${code}</code>. Go back to the portal you came from and select Log in again.`,
  },
  de: {
    logoutTitle: 'Von allen Portalen abmelden?',
    logoutBody: 'Damit endet Ihre Sitzung im Kundenportal und in jedem Portal, das Sie damit betreten haben.',
    logoutFrom: (client: string) => ` ${client} hat die Abmeldung angefordert.`,
    logoutButton: 'Abmelden',
    loggedOutTitle: 'Sie sind abgemeldet',
    loggedOutBody: 'Sie sind von allen Portalen abgemeldet.',
    home: 'Kundenportal',
    consentTitle: (client: string) => `${client} erlauben?`,
    consentBody: (client: string, scopes: string) => `${client} möchte wissen, wer Sie sind: ${scopes}.`,
    allow: 'Erlauben',
    deny: 'Ablehnen',
    errorTitle: 'Diese Anmeldung kann nicht fortgesetzt werden',
    errorDefault: 'Die Anfrage war ungültig.',
    errorCode: (code: string) =>
      `Fehler: <code>${code}</code>. Gehen Sie zurück zum Portal, von dem Sie kamen, und wählen Sie erneut Anmelden.`,
  },
} as const;

/** A language of the provider's pages. */
export type OidcPageLang = keyof typeof TEXTS;

/** The language of a provider page for `request`: the portal's language cookie, else `Accept-Language`. */
export function pageLanguage(request: RequestLike): OidcPageLang {
  const header = request.headers as Record<string, string | string[] | undefined>;
  const accept = header['accept-language'];
  return chooseLocale(
    cookieValue(cookieHeader(request), LOCALE_COOKIE),
    Array.isArray(accept) ? accept[0] : accept,
  );
}

/** A whole page: `title` as its heading, `body` already-escaped HTML. */
export function oidcPage(mountPath: string, title: string, body: string, lang: OidcPageLang = 'en'): string {
  return `<!doctype html>
<html lang="${lang}">
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
export function logoutPage(
  mountPath: string,
  formHtml: string,
  clientName: string | undefined,
  lang: OidcPageLang = 'en',
): string {
  const t = TEXTS[lang];
  const from = clientName ? t.logoutFrom(escapeHtml(clientName)) : '';
  return oidcPage(
    mountPath,
    t.logoutTitle,
    `<p>${t.logoutBody}${from}</p>
${formHtml}
<div class="actions"><button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>${t.logoutButton}</button></div>`,
    lang,
  );
}

/** After a logout without a way back to the client. */
export function loggedOutPage(mountPath: string, homeUrl: string, lang: OidcPageLang = 'en'): string {
  const t = TEXTS[lang];
  return oidcPage(
    mountPath,
    t.loggedOutTitle,
    `<p>${t.loggedOutBody}</p><p><a class="button" href="${escapeHtml(homeUrl)}">${t.home}</a></p>`,
    lang,
  );
}

/** Asks a user whether `clientName` may see their profile (clients that are not first-party). */
export function consentPage(
  mountPath: string,
  uid: string,
  clientName: string,
  scopes: string[],
  lang: OidcPageLang = 'en',
): string {
  const t = TEXTS[lang];
  const base = `${escapeHtml(mountPath)}/interaction/${escapeHtml(uid)}`;
  return oidcPage(
    mountPath,
    t.consentTitle(clientName),
    `<p>${t.consentBody(escapeHtml(clientName), escapeHtml(scopes.join(', ')))}</p>
<div class="actions">
<form method="post" action="${base}/confirm"><button type="submit">${t.allow}</button></form>
<form method="post" action="${base}/abort"><button type="submit" class="secondary">${t.deny}</button></form>
</div>`,
    lang,
  );
}

/** An error the browser sees (bad client, bad redirect URI, expired login): the protocol's code and what to do. */
export function errorPage(
  mountPath: string,
  code: string,
  description: string | undefined,
  lang: OidcPageLang = 'en',
): string {
  const t = TEXTS[lang];
  // The protocol's description is English (oidc-provider's); the German page says what to do in German.
  return oidcPage(
    mountPath,
    t.errorTitle,
    `<p>${escapeHtml(description ?? t.errorDefault)}</p>
<p>${t.errorCode(escapeHtml(code))}</p>`,
    lang,
  );
}
