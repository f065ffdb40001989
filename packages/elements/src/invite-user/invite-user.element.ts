/** `<gate-invite-user>`: the Super Admin invites a user with roles (`invitationMachine` of `@gatehouse/flows/invitation`). */
import { invitationHttpPorts } from '@gatehouse/flows/http';
import { invitationForm, invitationMachine, type Role } from '@gatehouse/flows/invitation';
import { html } from 'lit';
import type { SnapshotFrom } from 'xstate';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { renderableForm } from '../flow/flow-form.js';
import { textsFor } from '../flow/texts.js';
import type { RenderableForm, RenderField } from '../form/form-model.js';
import { inviteUserTexts } from './invite-user.texts.js';

type Snapshot = SnapshotFrom<typeof invitationMachine>;

/**
 * The invitation form with the backend's roles as the choices of `/roles` (a checkbox group instead of free text).
 * Validation stays the form's own; the machine rejects roles the backend did not list.
 */
export function withRoleChoices(
  form: RenderableForm,
  roles: readonly Role[],
  labelOf: (role: Role) => string = (role) => role.label,
): RenderableForm {
  const options = roles.map((r) => ({ value: r.id, label: labelOf(r) }));
  const fields = (): RenderField[] =>
    form.fields().map((f) => (f.pointer === '/roles' ? { ...f, options } : f));
  return Object.create(form, { fields: { value: fields } }) as RenderableForm;
}

type RoleKey = Extract<keyof typeof inviteUserTexts.en, `role.${string}`>;

/**
 * Names of the built-in roles in `locale`. The backend's labels are English: an English page shows them as given
 * (a backend may name its roles its own way), another language its own name of a built-in role, and a role the
 * backend adds keeps the backend's label.
 */
function roleLabels(locale: string): (role: Role) => string {
  const t = textsFor(inviteUserTexts, locale);
  if (/^en\b/i.test(locale)) return (role) => role.label;
  return (role) => {
    const key = `role.${role.id}`;
    return key in inviteUserTexts.en ? t(key as RoleKey) : role.label;
  };
}

/** The public steps of `<gate-invite-user>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type InviteUserView = 'loadingRoles' | 'unavailable' | 'editing' | 'invited' | 'cancelled';

/** `gate-complete`'s `detail.output` of `<gate-invite-user>`. */
export interface InviteUserOutput {
  /** The invitation's id; null when the user cancelled. */
  invitationId: string | null;
  email: string | null;
}

/**
 * Invites a user by e-mail with one or more roles (Super Admin only; the backend answers `forbidden` to anyone
 * else). The invited user sets a password and then follows the same login and MFA rules.
 *
 * @fires gate-step - `detail.view`, the public step (`InviteUserView`): `loadingRoles`, `unavailable`, `editing`, `invited`, `cancelled`; `detail.step`, the machine state: `loadingRoles`, `unavailable`, `editing`, `sending`, `invited`, `cancelled`
 * @fires gate-complete - `detail.output`: `{ invitationId, email }` (or nulls when cancelled)
 * @fires gate-error - a port failed (`forbidden`, `conflict`, …)
 * @csspart button - every button; a second name says which (`::part(cancel)`)
 * @csspart cancel - the "Cancel" button
 * @csspart note - notes (spam-folder hint, sender reminder, confirmations)
 * @csspart retry - the "Retry" button
 * @tag gate-invite-user
 */
export class GateInviteUser extends GateFlowElement<
  typeof invitationMachine,
  InviteUserOutput,
  InviteUserView
> {
  readonly flow = 'invitation';
  protected readonly httpPorts = invitationHttpPorts;
  private formFor: { roles: readonly Role[]; locale: string; form: RenderableForm } | undefined;

  protected get machine() {
    return invitationMachine;
  }

  protected override completeOutput(snapshot: Snapshot): InviteUserOutput {
    const c = snapshot.context;
    return {
      invitationId: c.invitationId,
      email: c.invitationId ? ((c.data.email as string | undefined) ?? null) : null,
    };
  }

  private form(roles: readonly Role[], locale: string): RenderableForm {
    if (this.formFor?.roles !== roles || this.formFor.locale !== locale) {
      const base = this.forms[invitationForm.id] ?? renderableForm(invitationForm);
      this.formFor = { roles, locale, form: withRoleChoices(base, roles, roleLabels(locale)) };
    }
    return this.formFor.form;
  }

  protected view(snapshot: Snapshot, locale: string): StepView<InviteUserView> {
    const t = textsFor(inviteUserTexts, locale);
    const c = snapshot.context;
    const cancel = (busy = false) =>
      html`<button part="button cancel" type="button" ?disabled=${busy} @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`;
    if (snapshot.matches('loadingRoles')) return { key: 'loadingRoles', heading: t('loading'), busy: true };
    if (snapshot.matches('unavailable')) {
      return {
        key: 'unavailable',
        heading: t('unavailableHeading'),
        actions: html`<button part="button retry" type="button" class="primary" @click=${() => this.send({ type: 'RETRY' })}>${t('retry')}</button>${cancel()}`,
      };
    }
    if (snapshot.matches('editing') || snapshot.matches('sending')) {
      const busy = snapshot.matches('sending');
      return {
        key: 'editing',
        heading: t('heading'),
        body: html`<p class="muted">${t('intro')}</p>`,
        form: {
          form: invitationForm,
          renderable: this.form(c.roles, locale),
          submitLabel: t('submit'),
          showRequired: true,
          busy,
          value: c.data,
        },
        actions: cancel(busy),
      };
    }
    if (snapshot.matches('invited')) {
      return {
        key: 'invited',
        heading: t('invitedHeading'),
        body: html`<p class="note success" part="note">${t('invitedText', { email: String(c.data.email ?? '') })}</p>`,
      };
    }
    return { key: 'cancelled', heading: t('cancelledHeading') };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-invite-user': GateInviteUser;
  }
}
