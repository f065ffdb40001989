/**
 * The signed-in user as the page script sees it, and what follows from it: which menu entries show, whether
 * the page may be used at all. What a role allows comes from the one role model (`@gatehouse/rules/roles`); the
 * server enforces the same model, so hiding an entry here is a courtesy, never the protection.
 */
import type { Session } from '@gatehouse/flows/login';
import { can, type Permission } from '@gatehouse/rules/roles';
import { api } from './api.js';
import { say } from './dom.js';
import { LANG, T } from './texts.js';

/** The session's user (`GET /session`). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
  companyId: string | null;
  /** The stored language preference; null when the user never chose one. */
  locale?: 'en' | 'de' | null;
}

/** The session object of `GET /session`: the user (with the portal's fields) and what to act on. */
export interface PageSession extends Session {
  user: SessionUser;
}

let session: Promise<PageSession | null> | undefined;

/**
 * The session, or null when nobody is signed in: read once per page load, and handed to the elements that need it
 * (`<gate-session-warnings>`, `<gate-login>`) instead of each reading it again.
 */
export function currentSession(): Promise<PageSession | null> {
  session ??= api('GET', '/session').then((answer) => (answer.body?.session as PageSession) ?? null);
  return session;
}

/** The signed-in user, or null; from the page's one read of the session. */
export async function currentUser(): Promise<SessionUser | null> {
  return (await currentSession())?.user ?? null;
}

/**
 * Gives `<gate-session-warnings>` the page's session, then its endpoint (for a fresh read after a password
 * change): set together, before its first update, so it does not read the session a second time.
 */
function handSessionToWarnings(current: PageSession | null): void {
  const banner = document.querySelector('gate-session-warnings');
  if (!banner) return;
  banner.session = current;
  banner.endpoint = '/api';
}

/** Whether `user` may do what `permission` guards. */
export function allows(user: SessionUser | null, permission: string): boolean {
  return user !== null && can(user.roles, permission as Permission);
}

/**
 * Shows the elements meant for this visitor: `data-when="anonymous"` or `"signed-in"`, and `data-permission`
 * entries only when the user's roles grant that permission.
 */
export function showFor(user: SessionUser | null, root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-when]')) {
    el.hidden = (el.dataset.when === 'signed-in') !== (user !== null);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-permission]')) {
    const when = el.dataset.when;
    const forVisitor = when === undefined || (when === 'signed-in') === (user !== null);
    el.hidden = !forVisitor || !allows(user, el.dataset.permission ?? '');
  }
}

/** The language the visitor chose on this browser (the cookie the switch sets), if any. */
function chosenHere(): 'en' | 'de' | undefined {
  return /(?:^|;\s*)gatehouse-lang=(en|de)(?:;|$)/.exec(document.cookie)?.[1] as 'en' | 'de' | undefined;
}

/**
 * A signed-in user's language follows them: a choice made on this browser is stored as their preference; else
 * their stored preference is applied (the page reloads once in it). Resolves with whether the page reloads.
 */
async function followPreference(user: SessionUser | null): Promise<boolean> {
  if (!user) return false;
  const here = chosenHere();
  if (here && here !== user.locale) {
    await api('PUT', '/preferences', { locale: here });
    return false;
  }
  if (!user.locale || user.locale === LANG) return false;
  const url = new URL(location.href);
  url.searchParams.set('lang', user.locale);
  location.replace(url);
  return true;
}

/** The switch's links set the language cookie on the way (`?lang=`); for a signed-in user the server stores it too. */
function wireLanguageSwitch(user: SessionUser | null): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[data-lang]')) {
    // Keep the page's own parameters (a case's id) when switching.
    const url = new URL(location.href);
    url.searchParams.set('lang', link.dataset.lang ?? 'en');
    link.href = url.toString();
    if (!user) continue;
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      await api('PUT', '/preferences', { locale: link.dataset.lang });
      location.assign(link.href);
    });
  }
}

/** Fills the menu bar and the user menu, wires "Log out" and the language switch. */
export async function navigation(): Promise<void> {
  const current = await currentSession();
  handSessionToWarnings(current);
  const user = current?.user ?? null;
  if (await followPreference(user)) return;
  wireLanguageSwitch(user);
  showFor(user);
  const name = document.querySelector('#user-name');
  if (name && user) name.textContent = user.name || user.email;
  document.querySelector('#logout')?.addEventListener('click', async () => {
    await api('DELETE', '/session');
    location.assign('/');
  });
}

/**
 * The guard of a page for signed-in users: without a session it goes to the login page (and back here after);
 * without `permission` it says so and hides the page's content. Resolves with the user when the page may run.
 */
export async function requireUser(permission?: Permission): Promise<SessionUser | null> {
  const user = await currentUser();
  if (!user) {
    say(T.loginFirst, 'error');
    location.assign(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
    return null;
  }
  if (permission && !allows(user, permission)) {
    for (const el of document.querySelectorAll<HTMLElement>('main > :not(h1, #status)')) el.hidden = true;
    say(T.notYourRole, 'error');
    return null;
  }
  return user;
}
