/**
 * The demo portal's one script. Every flow page embeds a flow element of `@gatehouse/elements` pointed at the
 * API with `endpoint="/api"` (the elements run the flows' machines with build-time compiled forms, so they work
 * under `script-src 'self'`); this script only wires page concerns around them: the link's token, where to go
 * after a login, the status line, the login guard. The reviewer page is a table of its own (see there).
 * Text from the server is always set as text.
 */
import '@gatehouse/elements/registration/define';
import '@gatehouse/elements/login/define';
import '@gatehouse/elements/password-reset/define';
import '@gatehouse/elements/password-change/define';
import '@gatehouse/elements/email-change/define';
import '@gatehouse/elements/mfa-enrollment/define';
import '@gatehouse/elements/profile/define';
import '@gatehouse/elements/support-info/define';
import '@gatehouse/elements/sessions/define';
// On every page: the banner for what the session says to act on (a password found in data breaches).
import '@gatehouse/elements/session-warnings/define';
import '@gatehouse/elements/passkeys/define';
import '@gatehouse/elements/data-rights/define';
import '@gatehouse/elements/support-case/define';
import '@gatehouse/elements/rma-request/define';
import '@gatehouse/elements/invite-user/define';
import '@gatehouse/elements/invitation-accept/define';
// `<gate-form>` with step navigation and `form-id` (forms published to the server, loaded on demand).
import '@gatehouse/elements/form/define';
// German texts of the elements (and of the forms and flows under them), for the German pages.
import '@gatehouse/elements/locales/de';
import { keepAnchorInView } from './anchor-scroll.js';
import { api, errorText } from './api.js';
import { commentForm, listCases, showCase } from './cases.js';
import { $, h, say } from './dom.js';
import { reviewerPage } from './reviewer.js';
import { currentUser, navigation, requireUser, showFor } from './session.js';
import { LANG, T, when } from './texts.js';
import { listUsers } from './users.js';
import { unitTypeText } from './values.js';

/** The first element `selector` matches, typed by its tag. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const el = document.querySelector(tag);
  if (!el) throw new Error(`missing <${tag}>`);
  return el;
}

/** Mirrors an element's completion into the page's status line (the element shows its own steps). */
function onComplete(el: HTMLElement, text: (output: Record<string, unknown>) => string | undefined): void {
  el.addEventListener('gate-complete', (event) => {
    const message = text((event as CustomEvent<{ output?: Record<string, unknown> }>).detail.output ?? {});
    if (message) say(message, 'ok');
  });
}

const pages: Record<string, () => Promise<void> | void> = {
  /** Logged out: how to get an account. Signed in: the portal home with the support information and tasks. */
  async home() {
    const user = await currentUser();
    $('#anonymous-home').hidden = user !== null;
    $('#dashboard').hidden = user === null;
    if (!user) return;
    $('h1').textContent = T.welcome(user.name || user.email);
    showFor(user, $('#dashboard'));
    // The support contract belongs to a company: the operator's reviewers have none.
    if (!user.companyId) return;
    // Made here rather than in the markup: it asks the server at once, which only makes sense when signed in.
    const info = h('gate-support-info', { endpoint: '/api', persist: 'none', lang: LANG });
    info.addEventListener('gate-complete', (event) => {
      const level = (event as CustomEvent<{ output?: { level?: string } }>).detail.output?.level;
      $('#upgrade').hidden = level === 'priority' || level === 'plus';
    });
    $('#support-card').prepend(info);
    $('#support-card').hidden = false;
  },

  register() {
    onComplete(element('gate-registration'), (o) => T.registration(String(o.status)));
  },

  confirm() {
    const el = element('gate-registration');
    el.confirmationToken = new URLSearchParams(location.search).get('token') ?? '';
    el.addEventListener('gate-step', (event) => {
      const { step } = (event as CustomEvent<{ step: string }>).detail;
      if (step.startsWith('awaitingApproval')) {
        say(T.confirmed, 'ok');
      }
    });
  },

  /** The link sent to a new e-mail address: confirmed at once, signed in or not; then on to the login or profile. */
  'email-change'() {
    const el = element('gate-email-change');
    el.confirmationToken = new URLSearchParams(location.search).get('token') ?? '';
    // The token has done its work: a reload or a shared screenshot of the address bar does not carry it on.
    history.replaceState(null, '', location.pathname);
  },

  /** The notice's "this was not me" link: cancelled at once, signed in or not; the page recommends a new password. */
  'email-change-cancel'() {
    const el = element('gate-email-change');
    el.cancelToken = new URLSearchParams(location.search).get('token') ?? '';
    history.replaceState(null, '', location.pathname);
  },

  async login() {
    // After login the portal home (support information, tasks), unless the user came from a page.
    const next = new URLSearchParams(location.search).get('next') ?? '/';
    // Only same-site paths: an open redirect would turn the login page into a phishing tool.
    const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
    const el = element('gate-login');
    el.addEventListener('gate-complete', () => location.assign(target));
    // The element's own session check (an existing single sign-on session completes at once) is the page's one
    // read of the session: signed in already, on to the target; else the element starts without asking again.
    if (await currentUser()) return location.assign(target);
    el.input = { checkSession: false };
    el.endpoint = '/api';
  },

  reset() {
    onComplete(element('gate-password-reset'), () => T.resetDone);
  },

  /** A published form: the element loads and submits it; the page only says how it went. */
  warranty() {
    const form = element('gate-form');
    form.addEventListener('gate-form-submitted', (event) => {
      form.hidden = true;
      say(T.formSubmitted(event.detail.id), 'ok');
    });
    form.addEventListener('gate-error', () => say(T.formUnavailable, 'error'));
  },

  async profile() {
    if (!(await requireUser())) return;
    onComplete(element('gate-mfa-enrollment'), (o) =>
      o.outcome === 'enrolled'
        ? o.method === 'totp'
          ? T.totpOn
          : T.emailOn
        : o.outcome === 'regenerated'
          ? T.codesRenewed
          : undefined,
    );
    onComplete(element('gate-password-change'), () => T.passwordChanged);
    onComplete(element('gate-email-change'), (o) =>
      o.outcome === 'changed' ? T.emailChanged(String(o.email)) : undefined,
    );
    // The account is gone and the server has ended the session: the person lands signed out on the home page.
    element('gate-data-rights').addEventListener('gate-complete', (event) => {
      if ((event as CustomEvent<{ output?: { deleted?: boolean } }>).detail.output?.deleted)
        location.assign('/');
    });
    // The change form refuses her names, company and address as the server does, and states her minimum.
    const [profile, factors] = await Promise.all([api('GET', '/profile'), api('GET', '/mfa/factors')]);
    const p = profile.body?.profile;
    if (p) {
      element('gate-email-change').email = p.email;
      element('gate-password-change').subject = {
        contextWords: [p.givenName, p.familyName, p.company, p.email].filter(Boolean),
        mfa: (factors.body?.factors ?? []).length > 0,
      };
    }
  },

  async support() {
    if (!(await requireUser('support-cases'))) return;
    await listCases();
    onComplete(element('gate-support-case'), (o) => T.caseCreated(String(o.number)));
    element('gate-support-case').addEventListener('gate-complete', () => void listCases());
  },

  async case() {
    if (!(await requireUser('support-cases'))) return;
    commentForm();
    await showCase();
  },

  async rma() {
    if (!(await requireUser('rma'))) return;
    const el = element('gate-rma-request');
    onComplete(el, (o) => (typeof o.number === 'string' ? T.rmaSubmitted(o.number) : undefined));
    el.addEventListener('gate-complete', () => void listRmas());
    await listRmas();
  },

  async devices() {
    if (!(await requireUser('approvals'))) return;
    const form = $('#device-import') as HTMLFormElement;
    const picked = $('#device-file-name');
    const none = picked.textContent ?? '';
    // The chosen file's name beside the picker (the native input, which would say it, is not shown).
    const showPicked = () => {
      picked.textContent = ($('#device-file') as HTMLInputElement).files?.[0]?.name ?? none;
    };
    $('#device-file').addEventListener('change', showPicked);
    form.addEventListener('reset', () => setTimeout(showPicked));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const file = ($('#device-file') as HTMLInputElement).files?.[0];
      if (!file) return say(T.chooseCsv, 'error');
      const { status, body } = await api('POST', '/devices', { csv: await file.text() });
      const answer = { ok: status === 200, status };
      const issues = $('#import-issues');
      const list = (body?.error?.issues ?? []) as {
        path: string;
        code: string;
        params: Record<string, unknown>;
      }[];
      issues.replaceChildren(...list.map((i) => h('li', {}, deviceIssueText(i))));
      issues.hidden = list.length === 0;
      if (answer.ok) {
        say(T.devicesImported(body.imported), 'ok');
        form.reset();
        await listDevices();
      } else
        say(list.length ? T.importRefused(list.length) : errorText({ status: answer.status, body }), 'error');
    });
    let typing: ReturnType<typeof setTimeout> | undefined;
    $('#device-domain').addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => void listDevices(), 250);
    });
    await listDevices();
  },

  async users() {
    if (!(await requireUser('users'))) return;
    await listUsers();
    onComplete(element('gate-invite-user'), () => T.invitationSent);
    element('gate-invite-user').addEventListener('gate-complete', () => void listUsers());
  },

  async invitation() {
    const el = element('gate-invitation-accept');
    el.token = new URLSearchParams(location.search).get('token') ?? '';
    el.addEventListener('gate-complete', () => location.assign('/'));
    // Her names, company and address are refused in the password in the browser too, as on the server.
    if (!el.token) return;
    const preview = await api('POST', '/invitations/preview', { token: el.token });
    const p = preview.status === 200 ? preview.body : undefined;
    if (p) el.subject = { contextWords: [p.givenName, p.familyName, p.company, p.email].filter(Boolean) };
  },

  async reviewer() {
    if (!(await requireUser('approvals'))) return;
    await reviewerPage();
  },
};

/** Fills the RMA page's list of the user's own requests. */
async function listRmas() {
  const answer = await api('GET', '/rma');
  if (answer.status !== 200) return;
  const items = answer.body.items as {
    number: string;
    serialNumber: string;
    additionalSerialNumbers: string[];
    createdAt: string;
    status: string;
  }[];
  $('#rmas').replaceChildren(
    ...items.map((i) =>
      h(
        'tr',
        {},
        h('td', { 'data-label': T.colNumber }, i.number),
        h('td', { 'data-label': T.colSerials }, [i.serialNumber, ...i.additionalSerialNumbers].join(', ')),
        h('td', { 'data-label': T.colSubmitted }, when(i.createdAt)),
        h(
          'td',
          { 'data-label': T.colStatus },
          h('span', { class: 'badge' }, T.rmaStatus[i.status] ?? i.status),
        ),
      ),
    ),
  );
  $('#no-rmas').hidden = items.length > 0;
}

/** Fills the registry page's table (filtered by the domain typed). */
async function listDevices() {
  const domain = ($('#device-domain') as HTMLInputElement).value.trim();
  const answer = await api('GET', `/devices${domain ? `?domain=${encodeURIComponent(domain)}` : ''}`);
  if (answer.status !== 200) return say(errorText(answer), 'error');
  const devices = answer.body.devices as Record<string, string>[];
  $('#devices').replaceChildren(
    ...devices.map((d) =>
      h(
        'tr',
        {},
        h('td', { 'data-label': T.colSerial }, d.serial ?? ''),
        h('td', { 'data-label': T.companyDomain }, d.companyDomain ?? ''),
        h('td', { 'data-label': T.colPart }, d.partNumber ?? ''),
        h('td', { 'data-label': T.colUnit }, d.unitType ? unitTypeText(d.unitType) : ''),
        h('td', { 'data-label': T.colPurchased }, d.purchaseDate ?? ''),
      ),
    ),
  );
  $('#no-devices').hidden = devices.length > 0;
}

/** An import problem as a sentence: `/devices/3/serial` is line 5 of the file (the header is line 1). */
function deviceIssueText(issue: { path: string; code: string; params: Record<string, unknown> }): string {
  const row = /^\/devices\/(\d+)\/?(\w*)/.exec(issue.path);
  const csvLine = /^\/csv\/(\d+)/.exec(issue.path);
  const where = row
    ? `${T.line(Number(row[1]) + 2)}${row[2] ? `, ${COLUMN[row[2]] ?? row[2]}` : ''}`
    : csvLine
      ? T.line(csvLine[1] ?? '')
      : issue.path === '/csv/header'
        ? T.header
        : T.file;
  const says = T.deviceIssue;
  const what: Record<string, string> = {
    pattern: says.pattern,
    format:
      row?.[2] === 'purchaseDate' ? says.date : row?.[2] === 'companyDomain' ? says.domain : says.format,
    enum: says.enum,
    uniqueItems: says.uniqueItems,
    required: says.required,
    columns:
      issue.path === '/csv/header'
        ? says.header(String(issue.params.missing ?? ''), String(issue.params.unknown ?? ''))
        : says.fields(String(issue.params.expected), String(issue.params.found)),
    maxLength: says.maxLength,
    'unclosed-quote': says.unclosedQuote,
  };
  return `${where}: ${what[issue.code] ?? issue.code}.`;
}

const COLUMN: Record<string, string> = {
  serial: 'serial',
  companyDomain: 'company_domain',
  partNumber: 'part_number',
  unitType: 'unit_type',
  purchaseDate: 'purchase_date',
};

/**
 * After a navigation, focus starts on the page's heading on every page (a screen reader says where the person is;
 * Tab goes on to the content). Only when nothing has focus yet: a person who already clicked or typed keeps it.
 */
function focusHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading || (document.activeElement && document.activeElement !== document.body)) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

keepAnchorInView();
void navigation();
void Promise.resolve(pages[document.body.dataset.page ?? 'home']?.()).then(focusHeading);
