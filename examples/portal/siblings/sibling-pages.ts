import type { SiblingUser } from './sibling-sessions.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The one page of a sibling portal: who is logged in (or a Log in button), under the portal's stylesheet. */
export function siblingPage(portalName: string, user: SiblingUser | undefined, notice?: string): string {
  const name = escapeHtml(portalName);
  const body = user
    ? `<section aria-labelledby="who-title"><h2 id="who-title">Logged in</h2>
<dl class="facts" id="who">
<dt>Name</dt><dd data-field="name">${escapeHtml(user.name)}</dd>
<dt>E-mail</dt><dd data-field="email">${escapeHtml(user.email)}</dd>
<dt>Second factor</dt><dd data-field="mfa">${user.acr.endsWith(':mfa') ? 'yes' : 'no'} (${escapeHtml(user.amr.join(', '))})</dd>
</dl>
<form method="post" action="/logout"><button type="submit" class="button">Log out</button></form>
</section>`
    : `<p>You are not logged in. One login opens the Customer Portal, the App Portal and the App Creator Portal.</p>
<p><a class="button" href="/login" id="login">Log in</a></p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}</title>
<link rel="stylesheet" href="/portal.css">
</head>
<body data-page="sibling">
<header><a class="brand" href="/">${name}</a></header>
<main>
<h1>${name}</h1>
${notice ? `<p id="status" role="status" data-kind="error">${escapeHtml(notice)}</p>` : ''}
${body}
</main>
</body>
</html>
`;
}
