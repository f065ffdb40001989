/**
 * The portal's HTML pages: one layout (navigation as the manual describes it) and one body per page.
 * Static markup only: the flow elements of `@gatehouse/elements` (pointed at the API with `endpoint`) and, on the
 * reviewer page, a table `portal.js` fills in as text. No inline script or style (strict CSP).
 */

/**
 * The menu bar. Every entry is hidden until the page script knows the session: `data-when` says for whom
 * (`anonymous` or `signed-in`), `data-permission` which permission of the role model it needs. So a logged-out
 * visitor never sees "Log out", and nobody sees a page their roles would refuse.
 */
const NAV: { href: string; text: string; when: 'anonymous' | 'signed-in'; permission?: string }[] = [
  { href: '/', text: 'Home', when: 'anonymous' },
  { href: '/register.html', text: 'Register', when: 'anonymous' },
  { href: '/login.html', text: 'Log in', when: 'anonymous' },
  { href: '/', text: 'Home', when: 'signed-in' },
  { href: '/support.html', text: 'Support cases', when: 'signed-in', permission: 'support-cases' },
  { href: '/rma.html', text: 'RMA', when: 'signed-in', permission: 'rma' },
  { href: '/users.html', text: 'Users', when: 'signed-in', permission: 'users' },
  { href: '/reviewer.html', text: 'Approvals', when: 'signed-in', permission: 'approvals' },
  { href: '/devices.html', text: 'Devices', when: 'signed-in', permission: 'approvals' },
];

function navItem(item: (typeof NAV)[number], here: string): string {
  const permission = item.permission ? ` data-permission="${item.permission}"` : '';
  const current = item.href === here ? ' aria-current="page"' : '';
  return `<li data-when="${item.when}"${permission} hidden><a href="${item.href}"${current}>${item.text}</a></li>`;
}

/** The user menu of a signed-in user: profile, MFA settings, password, log out (a disclosure, keyboard-ready). */
const USER_MENU = `<details class="user-menu" data-when="signed-in" hidden>
<summary><span id="user-name">My account</span></summary>
<ul>
<li><a href="/profile.html#details">My profile</a></li>
<li><a href="/profile.html#mfa">MFA settings</a></li>
<li><a href="/profile.html#password">Change password</a></li>
<li><button id="logout" type="button">Log out</button></li>
</ul>
</details>`;

function layout(page: string, title: string, body: string): string {
  const here = page === 'home' ? '/' : `/${page}.html`;
  const links = NAV.map((item) => navItem(item, here)).join('');
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
<nav aria-label="Main"><ul>${links}</ul></nav>${USER_MENU}</header>
<main>
<h1>${title}</h1>
<p id="status" role="status" aria-live="polite"></p>
${body}
</main>
<footer><a href="/dev/outbox">Outbox (dev)</a></footer>
</body>
</html>
`;
}

/** File name → HTML. */
export const pages: Record<string, string> = {
  'index.html': layout(
    'home',
    'Welcome',
    `<div id="anonymous-home" hidden>
<p>Register your company for a portal account, confirm your e-mail address, and after our approval log in with the one-time password we send you.</p>
<p><a class="button" href="/register.html">Register your company</a> <a class="button" href="/login.html">Log in</a></p>
</div>
<div id="dashboard" hidden>
<p id="who"></p>
<section id="support-card" hidden>
<p id="upgrade" hidden>To upgrade to Priority or Plus support (a regional support number and a personal support PIN), contact your account manager or <a href="mailto:sales@portal.example">sales@portal.example</a>.</p>
</section>
<section aria-labelledby="tasks-title"><h2 id="tasks-title">What you can do here</h2>
<ul class="tiles">
<li data-permission="support-cases" hidden><a href="/support.html">Support cases</a><span>Open a case and follow your cases.</span></li>
<li data-permission="rma" hidden><a href="/rma.html">RMA request</a><span>Return faulty hardware of your company.</span></li>
<li data-permission="users" hidden><a href="/users.html">Users</a><span>Invite colleagues and manage their roles.</span></li>
<li data-permission="approvals" hidden><a href="/reviewer.html">Approvals</a><span>Decide registrations waiting for approval.</span></li>
<li><a href="/profile.html">My profile</a><span>Your details, MFA and password.</span></li>
</ul>
</section>
</div>`,
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
    `<section id="mfa" aria-labelledby="mfa-title"><h2 id="mfa-title">Sign-in security (MFA)</h2><gate-mfa-enrollment endpoint="/api" persist="none" lang="en"></gate-mfa-enrollment></section>
<section id="details" aria-labelledby="details-title"><h2 id="details-title">Profile details</h2><gate-profile endpoint="/api" persist="none" lang="en"></gate-profile></section>
<section id="password" aria-labelledby="password-title"><h2 id="password-title">Change password</h2><gate-password-change endpoint="/api" persist="none" lang="en"></gate-password-change></section>`,
  ),
  'support.html': layout(
    'support',
    'Support cases',
    `<section aria-labelledby="cases-title"><h2 id="cases-title">My cases</h2>
<table id="cases" class="stack" hidden><caption class="visually-hidden">Your support cases, newest update first</caption>
<thead><tr><th scope="col">Case</th><th scope="col">Title</th><th scope="col">Environment</th><th scope="col">Status</th><th scope="col">Last update</th></tr></thead>
<tbody></tbody></table>
<p id="no-cases" hidden>You have no support cases yet.</p>
</section>
<section><gate-support-case endpoint="/api" persist="none" lang="en"></gate-support-case></section>`,
  ),
  'case.html': layout(
    'case',
    'Support case',
    `<p><a href="/support.html">← All my cases</a></p>
<section id="case" aria-labelledby="case-title" hidden><h2 id="case-title"></h2>
<dl id="case-facts" class="facts"></dl>
<h3>Description</h3><p id="case-description" class="prewrap"></p>
<h3>Comments</h3><ol id="comments" class="comments"></ol><p id="no-comments" hidden>No comments yet.</p>
<form id="comment-form" novalidate>
<label for="comment">Add a follow-up comment</label>
<textarea id="comment" name="body" rows="4" maxlength="10000" required aria-describedby="comment-error"></textarea>
<p id="comment-error" class="field-error" hidden></p>
<button type="submit">Add comment</button>
</form>
</section>`,
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
    `<section aria-labelledby="users-title"><h2 id="users-title">Users of your company</h2>
<div class="table-scroll"><table id="users" class="stack"><caption class="visually-hidden">Users and open invitations with their roles and state</caption>
<thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Roles</th><th scope="col">State</th><th scope="col">Actions</th></tr></thead>
<tbody></tbody></table></div>
</section>
<section><gate-invite-user endpoint="/api" persist="none" lang="en"></gate-invite-user></section>`,
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
