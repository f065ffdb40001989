/**
 * The portal's HTML pages in English and German: one layout (navigation as the manual describes it, the language
 * switch) and one body per page. Static markup only: the flow elements of `@gatehouse/elements` (pointed at the
 * API with `endpoint`, speaking the page's `lang`) and a few lists `portal.js` fills in as text. No inline script
 * or style (strict CSP).
 */

/** The languages the portal is written in. */
export type PortalLang = 'en' | 'de';

/** Every language with the name it has in itself (the switch shows each in its own language). */
export const LANGUAGES: readonly [PortalLang, string][] = [
  ['en', 'English'],
  ['de', 'Deutsch'],
];

/** The words of the layout and of every page, in English; every other language has the same keys. */
const EN = {
  portal: 'Customer portal',
  nav: {
    home: 'Home',
    register: 'Register',
    login: 'Log in',
    cases: 'Support cases',
    rma: 'RMA',
    users: 'Users',
    approvals: 'Approvals',
    devices: 'Devices',
  },
  mainMenu: 'Main',
  account: 'My account',
  profile: 'My profile',
  mfa: 'MFA settings',
  passkeys: 'Passkeys',
  password: 'Change password',
  email: 'Change e-mail address',
  data: 'Your data',
  logout: 'Log out',
  language: 'Language',
  outbox: 'Outbox (dev)',
  title: {
    home: 'Welcome',
    register: 'Registration',
    confirm: 'Registration',
    'email-change': 'Your new e-mail address',
    'email-change-cancel': 'Stop the e-mail change',
    login: 'Customer portal',
    reset: 'Account recovery',
    profile: 'My profile',
    support: 'Support cases',
    case: 'Support case',
    rma: 'RMA requests',
    devices: 'Device registry',
    users: 'Users',
    invitation: 'Accept your invitation',
    reviewer: 'Approval queue',
    warranty: 'Warranty claim',
  },
  body: {
    anonymousHome:
      'Register your company for a portal account, confirm your e-mail address, and after our approval log in with the one-time password we send you.',
    registerCompany: 'Register your company',
    warrantyIntro:
      'Tell us about the device, the purchase and how we reach you; we answer within two working days.',
    upgrade:
      'To upgrade to Priority or Plus support (a regional support number and a personal support PIN), contact your account manager or',
    tasks: 'What you can do here',
    tileCases: 'Open a case and follow your cases.',
    tileRma: 'Return faulty hardware of your company.',
    tileUsers: 'Invite colleagues and manage their roles.',
    tileApprovals: 'Decide registrations waiting for approval.',
    tileDevices: 'Import the devices each customer company owns.',
    tileProfile: 'Your details, MFA and password.',
    rmaTile: 'RMA request',
    registerHint: "Use your personal business address at your company's domain.",
    forgot: 'Forgot your password?',
    myCases: 'My cases',
    casesCaption: 'Your support cases, newest update first',
    colCase: 'Case',
    colTitle: 'Title',
    colEnvironment: 'Environment',
    colStatus: 'Status',
    colUpdate: 'Last update',
    noCases: 'You have no support cases yet.',
    allCases: '← All my cases',
    description: 'Description',
    comments: 'Comments',
    noComments: 'No comments yet.',
    addComment: 'Add a follow-up comment',
    addCommentButton: 'Add comment',
    myRmas: 'My RMA requests',
    colNumber: 'Number',
    colSerials: 'Serial numbers',
    colSubmitted: 'Submitted',
    noRmas: 'You have not requested an RMA yet.',
    devicesIntro:
      "The devices each customer company owns, by its e-mail domain. Only these serial numbers can be returned through the portal's RMA form.",
    importDevices: 'Import devices',
    csvFile: 'Choose a CSV file',
    noFile: 'No file chosen',
    csvFormat:
      'Columns: <code>company_domain, serial, part_number, unit_type</code> (<code>appliance, blade, power-supply, fan-module, other</code>), <code>purchase_date</code> (YYYY-MM-DD). A serial already registered moves to the company of the newest import.',
    import: 'Import',
    registered: 'Registered devices',
    companyDomain: 'Company domain',
    colSerial: 'Serial',
    colPart: 'Part number',
    colUnit: 'Unit type',
    colPurchased: 'Purchased',
    noDevices: 'No devices registered.',
    companyUsers: 'Users of your company',
    usersCaption: 'Users and open invitations with their roles and state',
    colName: 'Name',
    colEmail: 'E-mail',
    colRoles: 'Roles',
    colState: 'State',
    colActions: 'Actions',
    reviewerIntro:
      'Confirmed registrations waiting for a decision, with what the e-mail policy found. Items older than 24 hours are overdue. Use ↑ and ↓ to move through the list, Enter to open a registration, Escape to close it.',
    registrations: 'Registrations',
    nothingToReview: 'Nothing to review here.',
  },
};

/** The words of the layout and of every page, in German. */
const DE: PageTexts = {
  portal: 'Kundenportal',
  nav: {
    home: 'Start',
    register: 'Registrieren',
    login: 'Anmelden',
    cases: 'Supportfälle',
    rma: 'RMA',
    users: 'Benutzer',
    approvals: 'Freigaben',
    devices: 'Geräte',
  },
  mainMenu: 'Hauptmenü',
  account: 'Mein Konto',
  profile: 'Mein Profil',
  mfa: 'MFA-Einstellungen',
  passkeys: 'Passkeys',
  password: 'Passwort ändern',
  email: 'E-Mail-Adresse ändern',
  data: 'Ihre Daten',
  logout: 'Abmelden',
  language: 'Sprache',
  outbox: 'Postausgang (Entwicklung)',
  title: {
    home: 'Willkommen',
    register: 'Registrierung',
    confirm: 'Registrierung',
    'email-change': 'Ihre neue E-Mail-Adresse',
    'email-change-cancel': 'E-Mail-Änderung stoppen',
    login: 'Kundenportal',
    reset: 'Konto wiederherstellen',
    profile: 'Mein Profil',
    support: 'Supportfälle',
    case: 'Supportfall',
    rma: 'RMA-Anträge',
    devices: 'Geräteverzeichnis',
    users: 'Benutzer',
    invitation: 'Einladung annehmen',
    reviewer: 'Freigabe-Warteschlange',
    warranty: 'Garantieantrag',
  },
  body: {
    anonymousHome:
      'Registrieren Sie Ihr Unternehmen für ein Portalkonto, bestätigen Sie Ihre E-Mail-Adresse und melden Sie sich nach unserer Freigabe mit dem Einmalpasswort an, das wir Ihnen senden.',
    registerCompany: 'Unternehmen registrieren',
    warrantyIntro:
      'Beschreiben Sie das Gerät, den Kauf und wie wir Sie erreichen; wir antworten innerhalb von zwei Werktagen.',
    upgrade:
      'Für Priority- oder Plus-Support (regionale Supportnummer und persönliche Support-PIN) wenden Sie sich an Ihre Ansprechperson im Vertrieb oder an',
    tasks: 'Was Sie hier tun können',
    tileCases: 'Fälle eröffnen und verfolgen.',
    tileRma: 'Defekte Hardware Ihres Unternehmens zurücksenden.',
    tileUsers: 'Kolleginnen und Kollegen einladen und ihre Rollen verwalten.',
    tileApprovals: 'Über wartende Registrierungen entscheiden.',
    tileDevices: 'Die Geräte der Kundenunternehmen importieren.',
    tileProfile: 'Ihre Angaben, MFA und Passwort.',
    rmaTile: 'RMA-Antrag',
    registerHint: 'Verwenden Sie Ihre persönliche geschäftliche Adresse unter der Domain Ihres Unternehmens.',
    forgot: 'Passwort vergessen?',
    myCases: 'Meine Fälle',
    casesCaption: 'Ihre Supportfälle, zuletzt aktualisierte zuerst',
    colCase: 'Fall',
    colTitle: 'Titel',
    colEnvironment: 'Umgebung',
    colStatus: 'Status',
    colUpdate: 'Letzte Änderung',
    noCases: 'Sie haben noch keine Supportfälle.',
    allCases: '← Alle meine Fälle',
    description: 'Beschreibung',
    comments: 'Kommentare',
    noComments: 'Noch keine Kommentare.',
    addComment: 'Einen Kommentar ergänzen',
    addCommentButton: 'Kommentar hinzufügen',
    myRmas: 'Meine RMA-Anträge',
    colNumber: 'Nummer',
    colSerials: 'Seriennummern',
    colSubmitted: 'Eingereicht',
    noRmas: 'Sie haben noch keine RMA beantragt.',
    devicesIntro:
      'Die Geräte jedes Kundenunternehmens, nach seiner E-Mail-Domain. Nur diese Seriennummern können über das RMA-Formular des Portals zurückgesendet werden.',
    importDevices: 'Geräte importieren',
    csvFile: 'CSV-Datei wählen',
    noFile: 'Keine Datei gewählt',
    csvFormat:
      'Spalten: <code>company_domain, serial, part_number, unit_type</code> (<code>appliance, blade, power-supply, fan-module, other</code>), <code>purchase_date</code> (JJJJ-MM-TT). Eine bereits registrierte Seriennummer geht an das Unternehmen des neuesten Imports.',
    import: 'Importieren',
    registered: 'Registrierte Geräte',
    companyDomain: 'Unternehmensdomain',
    colSerial: 'Seriennummer',
    colPart: 'Teilenummer',
    colUnit: 'Gerätetyp',
    colPurchased: 'Gekauft',
    noDevices: 'Keine Geräte registriert.',
    companyUsers: 'Benutzer Ihres Unternehmens',
    usersCaption: 'Benutzer und offene Einladungen mit Rollen und Status',
    colName: 'Name',
    colEmail: 'E-Mail',
    colRoles: 'Rollen',
    colState: 'Status',
    colActions: 'Aktionen',
    reviewerIntro:
      'Bestätigte Registrierungen, die auf eine Entscheidung warten, mit den Befunden der E-Mail-Prüfung. Nach 24 Stunden ist ein Eintrag überfällig. Mit ↑ und ↓ durch die Liste, mit Enter eine Registrierung öffnen, mit Escape schließen.',
    registrations: 'Registrierungen',
    nothingToReview: 'Hier gibt es nichts zu prüfen.',
  },
};

type PageTexts = typeof EN;

const TEXTS: Record<PortalLang, PageTexts> = { en: EN, de: DE };

/**
 * The menu bar. Every entry is hidden until the page script knows the session: `data-when` says for whom
 * (`anonymous` or `signed-in`), `data-permission` which permission of the role model it needs. So a logged-out
 * visitor never sees "Log out", and nobody sees a page their roles would refuse.
 */
const NAV: {
  href: string;
  text: keyof PageTexts['nav'];
  when: 'anonymous' | 'signed-in';
  permission?: string;
}[] = [
  { href: '/', text: 'home', when: 'anonymous' },
  { href: '/register.html', text: 'register', when: 'anonymous' },
  { href: '/login.html', text: 'login', when: 'anonymous' },
  { href: '/', text: 'home', when: 'signed-in' },
  { href: '/support.html', text: 'cases', when: 'signed-in', permission: 'support-cases' },
  { href: '/rma.html', text: 'rma', when: 'signed-in', permission: 'rma' },
  { href: '/users.html', text: 'users', when: 'signed-in', permission: 'users' },
  { href: '/reviewer.html', text: 'approvals', when: 'signed-in', permission: 'approvals' },
  { href: '/devices.html', text: 'devices', when: 'signed-in', permission: 'approvals' },
];

function navItem(t: PageTexts, item: (typeof NAV)[number], here: string): string {
  const permission = item.permission ? ` data-permission="${item.permission}"` : '';
  const current = item.href === here ? ' aria-current="page"' : '';
  return `<li data-when="${item.when}"${permission} hidden><a href="${item.href}"${current}>${t.nav[item.text]}</a></li>`;
}

/**
 * The user menu of a signed-in user (a disclosure, keyboard-ready): links to the cards of the profile page —
 * profile, MFA settings, passkeys, password, e-mail address, the data rights — and "Log out".
 */
function userMenu(t: PageTexts): string {
  return `<details class="user-menu" data-when="signed-in" hidden>
<summary><span id="user-name">${t.account}</span></summary>
<ul>
<li><a href="/profile.html#details">${t.profile}</a></li>
<li><a href="/profile.html#mfa">${t.mfa}</a></li>
<li><a href="/profile.html#passkeys">${t.passkeys}</a></li>
<li><a href="/profile.html#password">${t.password}</a></li>
<li><a href="/profile.html#email">${t.email}</a></li>
<li><a href="/profile.html#data">${t.data}</a></li>
<li><button id="logout" type="button">${t.logout}</button></li>
</ul>
</details>`;
}

/**
 * The language switch: plain links (`?lang=`), so it works before the script runs. The portal server remembers
 * the choice in a cookie that holds only the language; the script also stores it for a signed-in user.
 */
function languageSwitch(t: PageTexts, lang: PortalLang): string {
  const links = LANGUAGES.map(([code, name]) =>
    code === lang
      ? `<li><a href="?lang=${code}" lang="${code}" hreflang="${code}" aria-current="true" data-lang="${code}">${name}</a></li>`
      : `<li><a href="?lang=${code}" lang="${code}" hreflang="${code}" data-lang="${code}">${name}</a></li>`,
  ).join('');
  return `<nav class="lang-switch" aria-label="${t.language}"><ul>${links}</ul></nav>`;
}

function layout(lang: PortalLang, page: string, body: string): string {
  const t = TEXTS[lang];
  const title = (t.title as Record<string, string>)[page] ?? page;
  const here = page === 'home' ? '/' : `/${page}.html`;
  const links = NAV.map((item) => navItem(t, item, here)).join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page === 'login' ? t.nav.login : title} · ${t.portal}</title>
<link rel="stylesheet" href="/portal.css">
<script type="module" src="/portal.js"></script>
</head>
<body data-page="${page}"${holdsOneFlow(body) ? ' class="card-page"' : ''}>
<header><a class="brand" href="/">${t.portal}</a>
<nav class="main-nav" aria-label="${t.mainMenu}"><ul>${links}</ul></nav>${userMenu(t)}${languageSwitch(t, lang)}</header>
<main>
<h1>${title}</h1>
<p id="status" role="status" aria-live="polite"></p>
<gate-session-warnings password-change-href="/profile.html#password" lang="${lang}" hidden></gate-session-warnings>
${body}
</main>
<footer id="dev-footer" hidden><a href="/dev/outbox">${t.outbox}</a></footer>
</body>
</html>
`;
}

/**
 * A page that holds one flow element, after at most a line of introduction (login, registration, a link's page):
 * the portal shows that element as its centred card (`body.card-page` in portal.css), so a new page of that kind
 * needs no stylesheet edit. A published form (`<gate-form form-id>`) keeps the page's full width.
 */
export function holdsOneFlow(body: string): boolean {
  const elements = body.match(/<gate-[\w-]+/g) ?? [];
  return elements.length === 1 && elements[0] !== '<gate-form' && /<\/gate-[\w-]+>\s*$/.test(body);
}

/** The flow element `tag` in the page's language (extra attributes and children as given). */
function flow(lang: PortalLang, tag: string, attrs = 'persist="none"', children = ''): string {
  const endpoint = tag === 'login' ? '' : 'endpoint="/api" ';
  return `<gate-${tag} ${endpoint}${attrs} lang="${lang}">${children}</gate-${tag}>`;
}

function bodies(lang: PortalLang): Record<string, string> {
  const b = TEXTS[lang].body;
  const tile = (permission: string | undefined, href: string, title: string, text: string) =>
    `<li${permission ? ` data-permission="${permission}" hidden` : ''}><a href="${href}">${title}</a><span>${text}</span></li>`;
  const t = TEXTS[lang];
  return {
    'index.html': `<div id="anonymous-home" hidden>
<p>${b.anonymousHome}</p>
<p><a class="button" href="/register.html">${b.registerCompany}</a> <a class="button" href="/login.html">${t.nav.login}</a></p>
</div>
<div id="dashboard" hidden>
<section id="support-card" hidden>
<p id="upgrade" hidden>${b.upgrade} <a href="mailto:sales@portal.example">sales@portal.example</a>.</p>
</section>
<section aria-labelledby="tasks-title"><h2 id="tasks-title">${b.tasks}</h2>
<ul class="tiles">
${tile('support-cases', '/support.html', t.nav.cases, b.tileCases)}
${tile('rma', '/rma.html', b.rmaTile, b.tileRma)}
${tile('users', '/users.html', t.nav.users, b.tileUsers)}
${tile('approvals', '/reviewer.html', t.nav.approvals, b.tileApprovals)}
${tile('approvals', '/devices.html', t.nav.devices, b.tileDevices)}
${tile(undefined, '/profile.html', t.profile, b.tileProfile)}
</ul>
</section>
</div>`,
    'register.html': `<p>${b.registerHint}</p>
${flow(lang, 'registration', 'no-reply-sender="no-reply@portal.example"')}`,
    // The element reads nothing from the URL itself: the page script hands it the link's token.
    'confirm.html': flow(lang, 'registration'),
    // A login in progress holds a pending cookie only; nothing about it needs to survive a reload. No endpoint in
    // the markup: the page script reads the session once and starts the element knowing it.
    'login.html': flow(
      lang,
      'login',
      'persist="none"',
      `<p slot="links"><a href="/reset.html">${b.forgot}</a> · <a href="/register.html">${t.nav.register}</a></p>`,
    ),
    'reset.html': flow(lang, 'password-reset'),
    // The link sent to a new e-mail address: the page script hands the element the link's token.
    'email-change.html': flow(lang, 'email-change'),
    // The "this was not me" link of the notice to the old address: the page script hands the element its token.
    'email-change-cancel.html': flow(
      lang,
      'email-change',
      'persist="none" password-change-href="/profile.html#password"',
    ),
    // Each element names its own part (one heading each); the sections only give the user menu its anchors.
    'profile.html': `<section id="mfa">${flow(lang, 'mfa-enrollment', 'persist="none" passkeys-href="#passkeys"')}</section>
<section id="details">${flow(lang, 'profile')}</section>
<section id="password">${flow(lang, 'password-change')}</section>
<section id="email">${flow(lang, 'email-change')}</section>
<section id="sessions">${flow(lang, 'sessions')}</section>
<section id="passkeys">${flow(lang, 'passkeys')}</section>
<section id="data">${flow(lang, 'data-rights')}</section>`,
    'support.html': `<section aria-labelledby="cases-title"><h2 id="cases-title">${b.myCases}</h2>
<table id="cases" class="stack" hidden><caption class="visually-hidden">${b.casesCaption}</caption>
<thead><tr><th scope="col">${b.colCase}</th><th scope="col">${b.colTitle}</th><th scope="col">${b.colEnvironment}</th><th scope="col">${b.colStatus}</th><th scope="col">${b.colUpdate}</th></tr></thead>
<tbody></tbody></table>
<p id="no-cases" hidden>${b.noCases}</p>
</section>
<section>${flow(lang, 'support-case')}</section>`,
    'case.html': `<p><a href="/support.html">${b.allCases}</a></p>
<section id="case" aria-labelledby="case-title" hidden><h2 id="case-title"></h2>
<dl id="case-facts" class="facts"></dl>
<h3>${b.description}</h3><p id="case-description" class="prewrap"></p>
<h3>${b.comments}</h3><ol id="comments" class="comments"></ol><p id="no-comments" hidden>${b.noComments}</p>
<form id="comment-form" novalidate>
<label for="comment">${b.addComment}</label>
<textarea id="comment" name="body" rows="4" maxlength="10000" required aria-describedby="comment-error"></textarea>
<p id="comment-error" class="field-error" hidden></p>
<button type="submit" class="primary">${b.addCommentButton}</button>
</form>
</section>`,
    'rma.html': `<section>${flow(lang, 'rma-request')}</section>
<section aria-labelledby="my-rmas"><h2 id="my-rmas">${b.myRmas}</h2>
<div class="table-scroll"><table class="list stack"><thead><tr><th scope="col">${b.colNumber}</th><th scope="col">${b.colSerials}</th><th scope="col">${b.colSubmitted}</th><th scope="col">${b.colStatus}</th></tr></thead>
<tbody id="rmas"></tbody></table></div><p id="no-rmas" hidden>${b.noRmas}</p></section>`,
    'devices.html': `<p>${b.devicesIntro}</p>
<section aria-labelledby="import"><h2 id="import">${b.importDevices}</h2>
<form id="device-import">
<p class="file-pick"><input id="device-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="device-file-name device-format"><label for="device-file">${b.csvFile}</label> <span id="device-file-name">${b.noFile}</span></p>
<p id="device-format" class="hint">${b.csvFormat}</p>
<p><button type="submit" class="primary">${b.import}</button></p>
</form>
<ul id="import-issues" class="issues" hidden></ul></section>
<section id="device-registry" aria-labelledby="registered"><h2 id="registered">${b.registered}</h2>
<p><label for="device-domain">${b.companyDomain}</label> <input id="device-domain" type="search" placeholder="northwind-logistics.com"></p>
<div class="table-scroll"><table class="list stack"><thead><tr><th scope="col">${b.colSerial}</th><th scope="col">${b.companyDomain}</th><th scope="col">${b.colPart}</th><th scope="col">${b.colUnit}</th><th scope="col">${b.colPurchased}</th></tr></thead>
<tbody id="devices"></tbody></table></div><p id="no-devices" hidden>${b.noDevices}</p></section>`,
    'users.html': `<section aria-labelledby="users-title"><h2 id="users-title">${b.companyUsers}</h2>
<div class="table-scroll"><table id="users" class="stack"><caption class="visually-hidden">${b.usersCaption}</caption>
<thead><tr><th scope="col">${b.colName}</th><th scope="col">${b.colEmail}</th><th scope="col">${b.colRoles}</th><th scope="col">${b.colState}</th><th scope="col">${b.colActions}</th></tr></thead>
<tbody></tbody></table></div>
</section>
<section>${flow(lang, 'invite-user')}</section>`,
    'invitation.html': flow(lang, 'invitation-accept'),
    // A form published to the server (docs/forms/publishing.md): its current version loads by id, no rebuild.
    'warranty.html': `<p>${b.warrantyIntro}</p>
<gate-form form-id="warranty-claim" endpoint="/api" show-required lang="${lang}"></gate-form>`,
    'reviewer.html': `<p>${b.reviewerIntro}</p>
<div id="queue-tools" class="toolbar"></div>
<div class="queue-layout"><ul id="queue" class="queue" aria-label="${b.registrations}"></ul>
<section id="detail" class="detail" aria-labelledby="detail-heading" hidden></section></div>
<p id="empty" hidden>${b.nothingToReview}</p>`,
  };
}

/** File name → HTML, in `lang`. */
export function pagesIn(lang: PortalLang): Record<string, string> {
  return Object.fromEntries(
    Object.entries(bodies(lang)).map(([file, body]) => [file, layout(lang, pageName(file), body)]),
  );
}

/** `index.html` → `home`, `case.html` → `case`. */
function pageName(file: string): string {
  return file === 'index.html' ? 'home' : file.replace(/\.html$/, '');
}

/** The English pages (file name → HTML). */
export const pages: Record<string, string> = pagesIn('en');
