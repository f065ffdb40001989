/** `<gate-sessions>`: where the user is signed in, ending one or all other sessions (`sessionsMachine` of `@gatehouse/flows/sessions`). */
import { sessionsHttpPorts } from '@gatehouse/flows/http';
import { placeText, type SessionEntry, sessionsMachine } from '@gatehouse/flows/sessions';
import { html, nothing, type TemplateResult } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { choiceStyles } from '../flow/choice.styles.js';
import { flowStyles } from '../flow/flow.styles.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { sessionsStyles } from './sessions.styles.js';
import { sessionsTexts } from './sessions.texts.js';

type Snapshot = SnapshotFrom<typeof sessionsMachine>;
type T = ReturnType<typeof textsFor<keyof typeof sessionsTexts.en>>;

/** The public steps of `<gate-sessions>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type SessionsView = 'loading' | 'listing' | 'ending' | 'closed';

/** `gate-complete`'s `detail.output` of `<gate-sessions>`. */
export interface SessionsOutput {
  /** How many sessions are left, this one included. */
  sessions: number;
}

/**
 * Lists the browsers signed in to the user's account — this one first and marked, each with browser and system as
 * the browser states them, the sign-in time, the IP address and beside it the approximate place when the server's
 * place lookup knew it (`Munich, Bavaria, Germany`, the country named in the page's language) — and signs
 * out of any other one, or of all others at once. This browser is signed out by logging out, not from here.
 *
 * @fires gate-step - `detail.view`, the public step (`SessionsView`): `loading`, `listing`, `ending`, `closed`; `detail.step`, the machine state: `loading`, `listing`, `ending`, `endingOthers`, `closed`
 * @fires gate-complete - `detail.output`: `{ sessions }` (closed)
 * @fires gate-error - a port failed (`not-found`, `unauthenticated`, …)
 * @csspart button - every button; a second name says which (`::part(end)`)
 * @csspart close - the "Close" button
 * @csspart end - the "Sign out" button of another session
 * @csspart end-others - the "Sign out everywhere else" button
 * @csspart note - the count of sessions just ended
 * @csspart place - the place of a session's address (absent when unknown)
 * @csspart reload - the "Refresh" button
 * @csspart reopen - the "Show where you are signed in" button
 * @csspart session - one session
 * @cssproperty --gate-color-border - the border of each session
 * @tag gate-sessions
 */
export class GateSessions extends GateFlowElement<typeof sessionsMachine, SessionsOutput, SessionsView> {
  static override styles = [flowStyles, choiceStyles, sessionsStyles];

  readonly flow = 'sessions';
  protected readonly httpPorts = sessionsHttpPorts;

  protected get machine() {
    return sessionsMachine;
  }

  protected override completeOutput(snapshot: Snapshot): SessionsOutput {
    return { sessions: snapshot.context.sessions.length };
  }

  private when(iso: string, locale: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  private row(t: T, s: SessionEntry, locale: string, busy: boolean): TemplateResult {
    const device = t('device', {
      browser: s.browser || t('unknownBrowser'),
      system: s.system || t('unknownSystem'),
    });
    const time = this.when(s.signedInAt, locale);
    const place = placeText(s.place, locale);
    return html`<li class="session" part="session">
      <div>
        <h3>${device}${s.current ? html`<span class="badge">${t('thisBrowser')}</span>` : nothing}</h3>
        <p class="muted">${t('signedIn', { time })} · ${place ? html`<span part="place">${place}</span> · ` : nothing}${t('address', { ip: s.ip })}</p>
      </div>
      ${
        s.current
          ? nothing
          : html`<button part="button end" type="button" ?disabled=${busy} aria-label=${t('endOneLabel', { device, time })}
              @click=${() => this.send({ type: 'END', id: s.id })}>${t('endOne')}</button>`
      }
    </li>`;
  }

  protected view(snapshot: Snapshot, locale: string): StepView<SessionsView> {
    const t = textsFor(sessionsTexts, locale);
    const c = snapshot.context;
    if (snapshot.matches('closed')) {
      return {
        key: 'closed',
        heading: t('closedHeading'),
        actions: html`<button part="button reopen" type="button" @click=${() => this.restart()}>${t('reopen')}</button>`,
      };
    }
    if (snapshot.matches('loading') && c.sessions.length === 0)
      return { key: 'loading', heading: t('loading'), busy: true };
    const busy = !snapshot.matches('listing');
    const others = c.sessions.some((s) => !s.current);
    return {
      key: snapshot.matches('ending') || snapshot.matches('endingOthers') ? 'ending' : 'listing',
      heading: t('heading'),
      busy: busy && c.sessions.length === 0,
      body: html`<p>${t('intro')}</p>
        <ul class="plain sessions">${c.sessions.map((s) => this.row(t, s, locale, busy))}</ul>
        ${others ? nothing : html`<p class="muted">${t('onlyThis')}</p>`}
        ${
          c.endedOthers !== null
            ? html`<p class="note success" part="note" role="status">${t('endedOthers', { count: c.endedOthers })}</p>`
            : nothing
        }`,
      actions: html`${
        others
          ? html`<button part="button end-others" type="button" class="primary" ?disabled=${busy}
              @click=${() => this.send({ type: 'END_OTHERS' })}>${t('endOthers')}</button>`
          : nothing
      }<button part="button reload" type="button" ?disabled=${busy} @click=${() => this.send({ type: 'RELOAD' })}>${t('reload')}</button><button
        part="button close" type="button" @click=${() => this.send({ type: 'CLOSE' })}>${t('close')}</button>`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-sessions': GateSessions;
  }
}
