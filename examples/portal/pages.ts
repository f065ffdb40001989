/**
 * The portal's HTML pages: one layout (navigation as the manual describes it) and one body per page.
 * Static markup only: the flow elements of `@gatehouse/elements` (pointed at the API with `endpoint`) and, on the
 * reviewer page, a table `portal.js` fills in as text. No inline script or style (strict CSP).
 */

const NAV: [string, string][] = [
  ['/', 'Home'],
  ['/register.html', 'Register'],
  ['/login.html', 'Log in'],
  ['/profile.html', 'My profile'],
  ['/support.html', 'Support'],
  ['/rma.html', 'RMA'],
  ['/users.html', 'Users'],
  ['/reviewer.html', 'Approvals'],
  ['/devices.html', 'Devices'],
  ['/dev/outbox', 'Outbox (dev)'],
];

function layout(page: string, title: string, body: string): string {
  const here = page === 'home' ? '/' : `/${page}.html`;
  const links = NAV.map(
    ([href, text]) => `<li><a href="${href}"${href === here ? ' aria-current="page"' : ''}>${text}</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Customer portal</title>
<link rel="stylesheet" href="/portal.css">
<script type="module" src="/portal.js"></script>
</head>
<body data-page="${page}">
<header><a class="brand" href="/">Customer portal</a>
<nav aria-label="Main"><ul>${links}<li><button id="logout" type="button">Log out</button></li></ul></nav></header>
<main>
<h1>${title}</h1>
<p id="status" role="status" aria-live="polite"></p>
${body}
</main>
</body>
</html>
`;
}

/** File name → HTML. */
export const pages: Record<string, string> = {
  'index.html': layout(
    'home',
    'Welcome',
    `<p id="who"></p>
<p>Register your company for a portal account, confirm your e-mail address, and after our approval log in with the one-time password we send you.</p>`,
  ),
  'register.html': layout(
    'register',
    'Register your company',
    `<p>Use your personal business address at your company's domain.</p>
<gate-registration endpoint="/api" no-reply-sender="no-reply@portal.example" lang="en"></gate-registration>`,
  ),
  'confirm.html': layout(
    'confirm',
    'Confirm your e-mail address',
    // The element reads nothing from the URL itself: the page script hands it the link's token.
    `<gate-registration endpoint="/api" persist="none" lang="en"></gate-registration>`,
  ),
  'login.html': layout(
    'login',
    'Log in',
    // A login in progress holds a pending cookie only; nothing about it needs to survive a reload.
    `<gate-login endpoint="/api" persist="none" lang="en"><p slot="links"><a href="/reset.html">Forgot your password?</a> · <a href="/register.html">Register</a></p></gate-login>`,
  ),
  'reset.html': layout(
    'reset',
    'Reset your password',
    `<gate-password-reset endpoint="/api" persist="none" lang="en"></gate-password-reset>`,
  ),
  'profile.html': layout(
    'profile',
    'My profile',
    `<section><h2>Sign-in security (MFA)</h2><gate-mfa-enrollment endpoint="/api" persist="none" lang="en"></gate-mfa-enrollment></section>
<section><h2>Profile details</h2><gate-profile endpoint="/api" persist="none" lang="en"></gate-profile></section>
<section><h2>Change password</h2><gate-password-change endpoint="/api" persist="none" lang="en"></gate-password-change></section>`,
  ),
  'support.html': layout(
    'support',
    'Support',
    `<section><gate-support-info endpoint="/api" persist="none" lang="en"></gate-support-info></section>
<section><h2>Create a support case</h2><gate-support-case endpoint="/api" lang="en"></gate-support-case></section>`,
  ),
  'rma.html': layout(
    'rma',
    'Return material authorization (RMA)',
    `<gate-rma-request endpoint="/api" persist="none" lang="en"></gate-rma-request>
<section aria-labelledby="my-rmas"><h2 id="my-rmas">My RMA requests</h2>
<table class="list"><thead><tr><th scope="col">Number</th><th scope="col">Serial numbers</th><th scope="col">Submitted</th><th scope="col">Status</th></tr></thead>
<tbody id="rmas"></tbody></table><p id="no-rmas" hidden>You have not requested an RMA yet.</p></section>`,
  ),
  'devices.html': layout(
    'devices',
    'Device registry',
    `<p>The devices each customer company owns, by its e-mail domain. Only these serial numbers can be returned through the portal's RMA form.</p>
<section aria-labelledby="import"><h2 id="import">Import devices</h2>
<form id="device-import">
<p><label for="device-file">CSV file</label>
<input id="device-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="device-format"></p>
<p id="device-format" class="hint">Columns: company_domain, serial, part_number, unit_type (appliance, blade, power-supply, fan-module, other), purchase_date (YYYY-MM-DD). A serial already registered moves to the company of the newest import.</p>
<p><button type="submit" class="primary">Import</button></p>
</form>
<ul id="import-issues" class="issues" hidden></ul></section>
<section aria-labelledby="registered"><h2 id="registered">Registered devices</h2>
<p><label for="device-domain">Company domain</label> <input id="device-domain" type="search" placeholder="northwind-logistics.com"></p>
<table class="list"><thead><tr><th scope="col">Serial</th><th scope="col">Company domain</th><th scope="col">Part number</th><th scope="col">Unit type</th><th scope="col">Purchased</th></tr></thead>
<tbody id="devices"></tbody></table><p id="no-devices" hidden>No devices registered.</p></section>`,
  ),
  'users.html': layout(
    'users',
    'Users',
    `<section><h2>Invite a user</h2><gate-invite-user endpoint="/api" persist="none" lang="en"></gate-invite-user></section>`,
  ),
  'invitation.html': layout(
    'invitation',
    'Accept your invitation',
    `<gate-invitation-accept endpoint="/api" persist="none" lang="en"></gate-invitation-accept>`,
  ),
  'reviewer.html': layout(
    'reviewer',
    'Approval queue',
    `<p>Confirmed registrations waiting for a decision, with what the e-mail policy found. Items older than 24 hours are overdue. Use ↑ and ↓ to move through the list, Enter to open a registration, Escape to close it.</p>
<div id="queue-tools" class="toolbar"></div>
<div class="queue-layout"><ul id="queue" class="queue" aria-label="Registrations"></ul>
<section id="detail" class="detail" aria-labelledby="detail-heading" hidden></section></div>
<p id="empty" hidden>Nothing to review here.</p>`,
  ),
};
