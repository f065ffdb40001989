/**
 * The portal's HTML pages: one layout (navigation as the manual describes it) and one body per page.
 * Static markup only; the script `portal.js` fills in data as text. No inline script or style (strict CSP).
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
  ['/dev/outbox', 'Outbox (dev)'],
];

function layout(page: string, title: string, body: string): string {
  const links = NAV.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('');
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
    `<section data-step="form"><h2 tabindex="-1">Your details</h2>
<p>Use your personal business address at your company's domain. Mail comes from our no-reply sender: please make sure your IT does not block it.</p>
<div id="registration-form"></div></section>
<section data-step="sent" hidden><h2 tabindex="-1">Check your inbox</h2>
<p>We sent a confirmation link to <strong id="sent-to"></strong>. It is valid for 24 hours. If it does not arrive, check your spam folder.</p>
<button id="resend" type="button">Send the link again</button></section>`,
  ),
  'confirm.html': layout(
    'confirm',
    'Confirm your e-mail address',
    `<section data-step="done" hidden><h2 tabindex="-1">Thank you</h2><p>We review registrations within 24 hours and then e-mail you your username and a one-time password.</p></section>`,
  ),
  'login.html': layout(
    'login',
    'Log in',
    `<section data-step="credentials"><h2 tabindex="-1">E-mail and password</h2><div id="login-form"></div>
<p><a href="/reset.html">Forgot your password?</a></p></section>
<section data-step="change" hidden><h2 tabindex="-1">Choose your password</h2><div id="change-form"></div></section>
<section data-step="mfa" hidden><h2 tabindex="-1">Verification</h2><div id="mfa-form"></div>
<button id="send-code" type="button" hidden>Send me an e-mail code</button></section>`,
  ),
  'reset.html': layout(
    'reset',
    'Reset your password',
    `<section data-step="request"><h2 tabindex="-1">Your e-mail address</h2><div id="reset-request-form"></div></section>
<section data-step="code" hidden><h2 tabindex="-1">Code and new password</h2><div id="reset-code-form"></div></section>
<section data-step="done" hidden><h2 tabindex="-1">Done</h2><p><a href="/login.html">Log in</a> with your new password.</p></section>`,
  ),
  'profile.html': layout(
    'profile',
    'My profile',
    `<p id="profile-email"></p>
<section><h2>Sign-in security (MFA)</h2><p id="factors"></p>
<button id="enroll-totp" type="button">Set up an authenticator app</button>
<button id="enroll-email" type="button">Use e-mail codes</button>
<div id="reauth-step" hidden><h3>Confirm your password</h3><div id="reauth-form"></div></div>
<div id="totp-step" hidden><h3>Scan or type the key</h3>
<p>Scan the QR code with Google Authenticator, Microsoft Authenticator or Authy (or type the key), then enter the 6-digit code it shows.</p>
<div id="totp-qr"></div>
<p>Secret key: <code id="totp-secret"></code></p><p class="uri">URI: <code id="totp-uri"></code></p><div id="totp-code-form"></div></div>
<div id="email-step" hidden><h3>Enter the code we e-mailed you</h3><div id="email-code-form"></div></div></section>
<section><h2>Profile details</h2><div id="profile-form"></div>
<div id="phone-step" hidden><h3>Confirm your new phone number</h3><div id="phone-code-form"></div></div></section>
<section><h2>Change password</h2><div id="password-form"></div></section>`,
  ),
  'support.html': layout(
    'support',
    'Support',
    `<section><h2>Your support</h2><p>Support level: <strong id="level"></strong></p>
<div id="priority" hidden><p>Call <strong id="regional-number"></strong> and give your support PIN <strong id="pin"></strong> (valid until <span id="pin-until"></span>).</p></div></section>
<section><h2>Create a support case</h2><div id="case-form"></div></section>`,
  ),
  'rma.html': layout(
    'rma',
    'Return material authorization (RMA)',
    `<p>For our own hardware only; partner hardware goes to the partner's RMA process. The delivery address is filled in from your registration and is not updated automatically: please check and confirm it.</p>
<div id="rma-form"></div>`,
  ),
  'users.html': layout(
    'users',
    'Users',
    `<section><h2>Roles</h2><ul id="roles"></ul></section><section><h2>Invite a user</h2><div id="invite-form"></div></section>`,
  ),
  'invitation.html': layout(
    'invitation',
    'Accept your invitation',
    `<section><h2>Choose your password</h2><div id="accept-form"></div></section>`,
  ),
  'reviewer.html': layout(
    'reviewer',
    'Approval queue',
    `<p>Confirmed registrations waiting for a decision; items older than 24 hours are flagged overdue.</p>
<table><thead><tr><th>Name</th><th>E-mail</th><th>Company</th><th>Submitted</th><th>Due</th><th>State</th><th>Decision</th></tr></thead>
<tbody id="queue"></tbody></table><p id="empty" hidden>Nothing to review.</p>`,
  ),
};
