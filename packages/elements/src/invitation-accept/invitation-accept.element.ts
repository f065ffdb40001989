/** `<gate-invitation-accept>`: the invitee sets a password (`invitationAcceptMachine` of `@gatehouse/flows/invitation-accept`). */
import { invitationAcceptHttpPorts } from '@gatehouse/flows/http';
import { invitationAcceptForm, invitationAcceptMachine } from '@gatehouse/flows/invitation-accept';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { invitationAcceptTexts } from './invitation-accept.texts.js';

type Snapshot = SnapshotFrom<typeof invitationAcceptMachine>;

/** The public steps of `<gate-invitation-accept>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type InvitationAcceptView = 'editing' | 'accepted' | 'expired' | 'invalidLink';

/** `gate-complete`'s `detail.output` of `<gate-invitation-accept>`. */
export interface InvitationAcceptOutput {
  status: 'accepted' | 'expired' | 'invalidLink';
  /** The new user's session (logged in after accepting), else null. */
  session: Snapshot['context']['session'];
}

/**
 * The page behind an invite link: the invitee chooses a password (live requirement hints, `new-password` inputs in
 * a real light-DOM form), then signs in under the usual rules. Set `token` from the link's `?token=` before the
 * element connects; the token is never written to storage.
 *
 * @fires gate-step - `detail.view`, the public step (`InvitationAcceptView`): `editing`, `accepted`, `expired`, `invalidLink`; `detail.step`, the machine state: `editing`, `accepting`, `accepted`, `expired`, `invalidLink`
 * @fires gate-complete - `detail.output`: `{ status: 'accepted' | 'expired' | 'invalidLink', session }`
 * @fires gate-error - the port failed, or the link is invalid or expired (`invalid-token`, `expired-token`)
 * @csspart button - every button (`::part(submit)` for the password form's)
 * @csspart note - notes (spam-folder hint, sender reminder, confirmations)
 * @tag gate-invitation-accept
 */
export class GateInvitationAccept extends GateFlowElement<
  typeof invitationAcceptMachine,
  InvitationAcceptOutput,
  InvitationAcceptView
> {
  static override properties: PropertyDeclarations = {
    token: {},
  };

  readonly flow = 'invitation-accept';
  protected readonly httpPorts = invitationAcceptHttpPorts;

  /** The single-use token of the invite link. */
  token = '';

  protected get machine() {
    return invitationAcceptMachine;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The token is the machine's input: hand it over before the base starts the flow.
    if (this.token && this.input?.token !== this.token) this.input = { ...this.input, token: this.token };
    super.willUpdate(changed);
  }

  protected override completeOutput(snapshot: Snapshot): InvitationAcceptOutput {
    return {
      status: String(snapshot.value) as InvitationAcceptOutput['status'],
      session: snapshot.context.session,
    };
  }

  protected view(snapshot: Snapshot, locale: string): StepView<InvitationAcceptView> {
    const t = textsFor(invitationAcceptTexts, locale);
    if (snapshot.matches('editing') || snapshot.matches('accepting')) {
      return {
        key: 'editing',
        heading: t('heading'),
        body: html`<p class="muted">${t('intro')}</p>`,
        form: { form: invitationAcceptForm, submitLabel: t('submit'), busy: snapshot.matches('accepting') },
      };
    }
    if (snapshot.matches('accepted')) {
      return {
        key: 'accepted',
        heading: t('acceptedHeading'),
        body: html`<p class="note success" part="note">${t('acceptedText')}</p>`,
      };
    }
    if (snapshot.matches('expired')) {
      return { key: 'expired', heading: t('expiredHeading'), body: html`<p>${t('expiredText')}</p>` };
    }
    return { key: 'invalidLink', heading: t('invalidHeading'), body: html`<p>${t('invalidText')}</p>` };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-invitation-accept': GateInvitationAccept;
  }
}
