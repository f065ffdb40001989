/** `<gate-rma-request>`: an RMA request for the vendor's own hardware (`rmaMachine` of `@gatehouse/flows/rma`). */
import { rmaHttpPorts } from '@gatehouse/flows/http';
import { rmaForm, rmaMachine } from '@gatehouse/flows/rma';
import { html, nothing } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { safeHref } from '../common/safe-url.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { rmaRequestTexts } from './rma-request.texts.js';

type Snapshot = SnapshotFrom<typeof rmaMachine>;

/** The public steps of `<gate-rma-request>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type RmaRequestView = 'loading' | 'editing' | 'referred' | 'submitted' | 'cancelled';

/** `gate-complete`'s `detail.output` of `<gate-rma-request>`. */
export type RmaRequestOutput = {
  rmaId: Snapshot['context']['rmaId'];
  number: Snapshot['context']['rmaNumber'];
};

/**
 * Requests an RMA: serial number, description and the delivery address (pre-filled from the registration, never
 * updated automatically, so it must be confirmed), optional part number and unit type, and, with "more than one
 * device", the serial numbers of the other devices. A serial of partner hardware refers the user to that vendor's
 * RMA process instead, with a button back to the form to correct a mistyped serial; a serial that is not registered
 * to the company is refused at its field. The draft is kept as the user types, so a reload loses nothing.
 *
 * @fires gate-step - `detail.view`, the public step (`RmaRequestView`): `loading`, `editing`, `referred`, `submitted`, `cancelled`; `detail.step`, the machine state: `loading`, `editing`, `checkingHardware`, `submitting`, `referred`, `submitted`, `cancelled`
 * @fires gate-complete - `detail.output`: `{ rmaId, number }` (a partner referral is the step `referred`, not an end)
 * @fires gate-error - a port failed
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart cancel - the "Cancel" button
 * @csspart edit - the "Edit" button
 * @csspart note - notes (spam-folder hint, sender reminder, confirmations)
 * @tag gate-rma-request
 */
export class GateRmaRequest extends GateFlowElement<typeof rmaMachine, RmaRequestOutput, RmaRequestView> {
  readonly flow = 'rma';
  protected readonly httpPorts = rmaHttpPorts;

  constructor() {
    super();
    // CHANGE keeps the draft in the flow (and so in storage) as the user types.
    this.addEventListener('gate-change', (event) => {
      if (this.snapshot?.matches('editing')) this.send({ type: 'CHANGE', data: event.detail.value });
    });
  }

  protected get machine() {
    return rmaMachine;
  }

  protected override completeOutput(snapshot: Snapshot): RmaRequestOutput {
    const c = snapshot.context;
    return { rmaId: c.rmaId, number: c.rmaNumber };
  }

  protected view(snapshot: Snapshot, locale: string): StepView<RmaRequestView> {
    const t = textsFor(rmaRequestTexts, locale);
    const c = snapshot.context;
    if (snapshot.matches('loading')) return { key: 'loading', heading: t('loading'), busy: true };
    if (
      snapshot.matches('editing') ||
      snapshot.matches('checkingHardware') ||
      snapshot.matches('submitting')
    ) {
      const busy = !snapshot.matches('editing');
      return {
        key: 'editing',
        heading: t('heading'),
        body: html`<p class="muted">${t('intro')}</p>${
          snapshot.matches('checkingHardware') ? html`<p role="status">${t('checking')}</p>` : nothing
        }`,
        form: { form: rmaForm, submitLabel: t('submit'), busy, showRequired: true, value: c.data },
        actions: html`<button part="button cancel" type="button" ?disabled=${busy} @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`,
      };
    }
    if (snapshot.matches('referred') && c.referral) {
      const vendor = c.referral.vendor;
      const href = safeHref(c.referral.rmaUrl);
      return {
        key: 'referred',
        heading: t('referredHeading'),
        body: html`<p class="note" part="note">${t('referredText', { vendor, serial: c.referral.serialNumber ?? c.data.serialNumber ?? '' })}</p>
          ${href ? html`<p><a href=${href} rel="noopener noreferrer" target="_blank">${t('referredLink', { vendor })}</a></p>` : nothing}`,
        actions: html`<button part="button edit" type="button" @click=${() => this.send({ type: 'EDIT' })}>${t('referredFix')}</button>`,
      };
    }
    if (snapshot.matches('submitted')) {
      return {
        key: 'submitted',
        heading: t('submittedHeading'),
        body: html`<p class="note success" part="note">${t('submittedText', { number: c.rmaNumber ?? c.rmaId ?? '' })}</p>`,
      };
    }
    return { key: 'cancelled', heading: t('cancelledHeading') };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-rma-request': GateRmaRequest;
  }
}
