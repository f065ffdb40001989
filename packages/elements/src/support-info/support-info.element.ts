/** `<gate-support-info>`: support level, regional number and rotating PIN (`supportInfoMachine` of `@gatehouse/flows/support-info`). */
import { supportInfoHttpPorts } from '@gatehouse/flows/http';
import { supportInfoMachine } from '@gatehouse/flows/support-info';
import { html, nothing } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { Countdown } from '../flow/countdown.js';
import { flowStyles } from '../flow/flow.styles.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { supportInfoStyles } from './support-info.styles.js';
import { supportInfoTexts } from './support-info.texts.js';

type Snapshot = SnapshotFrom<typeof supportInfoMachine>;

/** `95` → `1:35`: the PIN countdown. */
export function minutesSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A `tel:` URL from a displayed phone number: only `+` and digits survive, anything else yields no link. */
export function telHref(number: string): string | undefined {
  const digits = number.replace(/[\s()./-]/g, '');
  return /^\+?[0-9]{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** The public steps of `<gate-support-info>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type SupportInfoView = 'loading' | 'unavailable' | 'notEntitled' | 'showing' | 'closed';

/** `gate-complete`'s `detail.output` of `<gate-support-info>`. */
export interface SupportInfoOutput {
  level: Snapshot['context']['level'];
}

/**
 * Shows the user's support level; for Priority and Plus also the regional support number and the personal 8-digit
 * support PIN with a countdown to its rotation (the flow fetches the new PIN itself when it rotates). The PIN is
 * never written to storage.
 *
 * @fires gate-step - `detail.view`, the public step (`SupportInfoView`): `loading`, `unavailable`, `notEntitled`, `showing`, `closed`; `detail.step`, the machine state: `loading`, `showing`, `notEntitled`, `unavailable`, `closed`
 * @fires gate-complete - `detail.output`: `{ level }` (`notEntitled` or closed)
 * @fires gate-error - the port failed
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart close - the "Close" button
 * @csspart pin - the support PIN
 * @csspart refresh - the "Refresh" button
 * @csspart reopen - the "Show again" button
 * @csspart retry - the "Retry" button
 * @tag gate-support-info
 */
export class GateSupportInfo extends GateFlowElement<
  typeof supportInfoMachine,
  SupportInfoOutput,
  SupportInfoView
> {
  static override styles = [flowStyles, supportInfoStyles];

  readonly flow = 'support-info';
  protected readonly httpPorts = supportInfoHttpPorts;
  private rotation = new Countdown(this, () => this.snapshot?.context.pinValidUntil);

  protected get machine() {
    return supportInfoMachine;
  }

  protected override completeOutput(snapshot: Snapshot): SupportInfoOutput {
    return { level: snapshot.context.level };
  }

  protected view(snapshot: Snapshot, locale: string): StepView<SupportInfoView> {
    const t = textsFor(supportInfoTexts, locale);
    const c = snapshot.context;
    const level = c.level ? t(c.level) : '';
    const close = html`<button part="button close" type="button" @click=${() => this.send({ type: 'CLOSE' })}>${t('close')}</button>`;
    if (snapshot.matches('loading')) return { key: 'loading', heading: t('loading'), busy: true };
    if (snapshot.matches('unavailable')) {
      return {
        key: 'unavailable',
        heading: t('unavailableHeading'),
        actions: html`<button part="button retry" type="button" class="primary" @click=${() => this.send({ type: 'RETRY' })}>${t('retry')}</button>${close}`,
      };
    }
    if (snapshot.matches('notEntitled')) {
      return {
        key: 'notEntitled',
        heading: t('notEntitledHeading'),
        body: html`<p>${t('notEntitledText', { level })}</p>`,
      };
    }
    if (snapshot.matches('closed')) {
      // Closing folds the card; it must not leave an empty one that only a reload brings back.
      return {
        key: 'closed',
        heading: t('heading'),
        actions: html`<button part="button reopen" type="button" @click=${() => this.restart()}>${t('reopen')}</button>`,
      };
    }
    const seconds = this.rotation.secondsLeft();
    const href = c.regionalNumber ? telHref(c.regionalNumber) : undefined;
    return {
      key: 'showing',
      heading: t('heading'),
      body: html`<dl>
          <dt>${t('level')}</dt><dd>${level}</dd>
          ${
            c.regionalNumber
              ? html`<dt>${t('number')}</dt><dd>${href ? html`<a href=${href}>${c.regionalNumber}</a>` : c.regionalNumber}</dd>`
              : nothing
          }
          ${
            c.pin
              ? html`<dt>${t('pin')}</dt>
                <dd><span class="pin" part="pin">${c.pin}</span>
                <p class="muted" id="pin-time">${seconds > 0 ? t('changesIn', { time: minutesSeconds(seconds) }) : ''}</p></dd>`
              : nothing
          }
        </dl>
        <p class="muted">${t('pinHelp')}</p>`,
      actions: html`<button part="button refresh" type="button" @click=${() => this.send({ type: 'REFRESH' })}>${t('refresh')}</button>${close}`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-support-info': GateSupportInfo;
  }
}
