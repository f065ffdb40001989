/**
 * `<gate-session-warnings>`: the banner a signed-in page shows for what the session says the person should act on
 * (`warnings` of the session object, docs/rest-contract.md). Today that is `breached-password`: the password the
 * person signed in with appears in known data breaches, and the banner leads them to the password change.
 */

import { createHttpClient, type HttpClientOptions } from '@gatehouse/flows/http';
import type { Session } from '@gatehouse/flows/login';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { GateCompleteDetail } from '../common/events.js';
import { resolveLocale } from '../common/messages.js';
import { safeHref } from '../common/safe-url.js';
import { textsFor } from '../flow/texts.js';
import { sessionWarningsStyles } from './session-warnings.styles.js';
import { sessionWarningsTexts } from './session-warnings.texts.js';

/** The warnings this element has words for; others (from a newer backend) are left out, never shown raw. */
export const KNOWN_SESSION_WARNINGS = ['breached-password'] as const;

type Known = (typeof KNOWN_SESSION_WARNINGS)[number];
const isKnown = (warning: string): warning is Known =>
  (KNOWN_SESSION_WARNINGS as readonly string[]).includes(warning);

/**
 * Shows one banner per warning of the signed-in session, and nothing without a session or warnings; put it on the
 * pages a person lands on after signing in (no code needed). With `endpoint` it reads `GET /session` itself; a host
 * that already has the session sets `session` instead. It reads the session again when a `<gate-password-change>`
 * on the page completes a change, and takes a `<gate-login>`'s session when one completes, so the banner appears and
 * disappears without a reload. The banner is an alert: screen readers announce it when it appears.
 *
 * @csspart banner - one warning's banner (`role=alert`)
 * @csspart heading - the banner's first line
 * @csspart link - the link to the password change (`password-change-href`)
 * @cssproperty --gate-color-accent - the link
 * @cssproperty --gate-color-error - the banner's border
 * @cssproperty --gate-color-surface - the banner's background
 * @cssproperty --gate-color-text - text
 * @cssproperty --gate-focus-ring - focus ring of the link (a box-shadow)
 * @cssproperty --gate-font - font family
 * @cssproperty --gate-font-size - base font size
 * @cssproperty --gate-radius - corner radius
 * @cssproperty --gate-space - padding and the space below a banner
 * @tag gate-session-warnings
 */
export class GateSessionWarnings extends LitElement {
  static override styles = [sessionWarningsStyles];

  static override properties: PropertyDeclarations = {
    endpoint: {},
    http: { attribute: false },
    session: { attribute: false },
    passwordChangeHref: { attribute: 'password-change-href' },
    lang: {},
  };

  /** Base URL of the REST contract; the element reads `GET /session` under it when `session` is not set. */
  endpoint = '';

  /** Extra fetch options for `endpoint` (`headers` such as a CSRF token, or a custom `fetch`). */
  http: Omit<HttpClientOptions, 'baseUrl'> = {};

  /**
   * The signed-in session (`{ user, warnings }`), or null when nobody is; set by a host that has it already.
   * Undefined (the default): read from `endpoint`.
   */
  session: Session | null | undefined = undefined;

  /**
   * Where the person changes the password (a page of the site, e.g. `/account#password`). Only `https:` URLs and
   * the page's own origin become a link; without one the banner says where to go in words.
   */
  passwordChangeHref = '';

  /** Locale of the texts; defaults to the nearest `lang` in the page. */
  override lang!: string;

  private reading = 0;

  /** A change on a `<gate-password-change>`, or a sign-in on a `<gate-login>`, anywhere in the page. */
  private readonly onComplete = (event: Event): void => {
    const detail = (event as CustomEvent<GateCompleteDetail<{ session?: Session } | null>>).detail;
    if (detail?.flow === 'login' && detail.output?.session) this.session = detail.output.session;
    else if (detail?.flow === 'password-change' && detail.step === 'changed') void this.read();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('gate-complete', this.onComplete);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('gate-complete', this.onComplete);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') && this.endpoint && this.session === undefined) void this.read();
    // Nothing to say takes no room in the page (a host's margins around it stay off too).
    this.hidden = this.known().length === 0;
  }

  private known(): Known[] {
    return (this.session?.warnings ?? []).filter(isKnown);
  }

  /**
   * Reads the session from `endpoint` (again); resolves once the banner shows what the server says. A failed read
   * shows nothing: the banner is advice, and the page's own requests report an outage.
   */
  async read(): Promise<void> {
    if (!this.endpoint) return;
    const reading = ++this.reading;
    const answer = await createHttpClient({ ...this.http, baseUrl: this.endpoint })
      .call<{ session: Session | null }>('GET', '/session', undefined)
      .catch(() => undefined);
    // A later read (or a session set meanwhile) wins over an older answer.
    if (reading === this.reading && answer) this.session = answer.session ?? null;
    await this.updateComplete;
  }

  protected override render() {
    const warnings = this.known();
    if (warnings.length === 0) return nothing;
    const t = textsFor(sessionWarningsTexts, this.lang || resolveLocale(this));
    const href = safeHref(this.passwordChangeHref);
    // One kind of warning today; each known warning gets its own banner.
    return warnings.map(
      () => html`<div class="banner" part="banner" role="alert">
        <p class="heading" part="heading">${t('breachedHeading')}</p>
        <p>${t('breachedText')}</p>
        <p>${href ? html`<a part="link" href=${href}>${t('breachedLink')}</a>` : t('breachedNoLink')}</p>
      </div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-session-warnings': GateSessionWarnings;
  }
}
