/** `<gate-passkeys>`: the user's passkeys — add, rename, remove (`passkeysMachine` of `@gatehouse/flows/passkeys`). */
import { passkeysHttpPorts } from '@gatehouse/flows/http';
import { mfaReauthenticateForm } from '@gatehouse/flows/mfa-enrollment';
import { type PasskeySummary, passkeysMachine } from '@gatehouse/flows/passkeys';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { SnapshotFrom } from 'xstate';
import type { GateIssue } from '../common/events.js';
import { choiceStyles } from '../flow/choice.styles.js';
import { flowStyles } from '../flow/flow.styles.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { downloadRecoveryCodes } from '../mfa-enrollment/recovery-codes-file.js';
import { withPasskeyTexts } from './passkey-issues.js';
import { createPasskeyPort, passkeysSupported } from './passkey-ports.js';
import { passkeysStyles } from './passkeys.styles.js';
import { passkeysTexts } from './passkeys.texts.js';

type Snapshot = SnapshotFrom<typeof passkeysMachine>;
type T = ReturnType<typeof textsFor<keyof typeof passkeysTexts.en>>;

/** The public steps of `<gate-passkeys>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type PasskeysView =
  | 'loading'
  | 'listing'
  | 'reauthenticating'
  | 'adding'
  | 'showingRecoveryCodes'
  | 'closed';

/** `gate-complete`'s `detail.output` of `<gate-passkeys>`. */
export interface PasskeysOutput {
  /** How many passkeys the account has. */
  passkeys: number;
}

const machineWithCeremony = passkeysMachine.provide({ actors: { createPasskey: createPasskeyPort } });

/**
 * Lists the user's passkeys (name, when added and last used, whether the platform syncs it) and adds one (after the
 * password when the last login is not recent; the browser's WebAuthn code loads only then), renames or removes one.
 * The first passkey of an account without another second factor shows the recovery codes once.
 *
 * @fires gate-step - `detail.view`, the public step (`PasskeysView`): `loading`, `listing`, `reauthenticating`, `adding`, `showingRecoveryCodes`, `closed`; `detail.step`, the machine state: `loading`, `listing`, `reauthenticating.editing|submitting`, `requestingOptions`, `creating`, `saving`, `showingRecoveryCodes`, `renaming`, `removing`, `closed`
 * @fires gate-complete - `detail.output`: `{ passkeys }` (closed)
 * @fires gate-error - a port failed (`passkey-cancelled`, `passkey-not-accepted`, `reauthentication-required`, …)
 * @csspart button - every button; a second name says which (`::part(add)`)
 * @csspart add - the "Add a passkey" button
 * @csspart cancel - the "Cancel" buttons (password step, rename form)
 * @csspart close - the "Close" button
 * @csspart codes - the list of recovery codes
 * @csspart download - the "Download codes" button
 * @csspart note - the message after a change
 * @csspart passkey - one passkey
 * @csspart reload - the "Refresh" button
 * @csspart remove - the "Remove" button of a passkey
 * @csspart rename - the "Rename" button of a passkey
 * @csspart reopen - the "Show your passkeys" button
 * @csspart save - the "Save name" button of the rename form
 * @csspart saved - the "I have saved my codes" button
 * @cssproperty --gate-color-border - the border of each passkey
 * @tag gate-passkeys
 */
export class GatePasskeys extends GateFlowElement<typeof passkeysMachine, PasskeysOutput, PasskeysView> {
  static override styles = [flowStyles, choiceStyles, passkeysStyles];
  static override properties: PropertyDeclarations = { editing: { state: true } };

  readonly flow = 'passkeys';
  protected readonly httpPorts = passkeysHttpPorts;
  /** The passkey whose name is being edited (local to the page: nothing changes until it is saved). */
  private editing: string | null = null;

  protected get machine() {
    return machineWithCeremony;
  }

  protected override completeOutput(snapshot: Snapshot): PasskeysOutput {
    return { passkeys: snapshot.context.passkeys.length };
  }

  protected override issuesOf(snapshot: Snapshot): readonly GateIssue[] {
    return withPasskeyTexts(super.issuesOf(snapshot), this.locale);
  }

  private when(iso: string | null | undefined, locale: string): string {
    const date = new Date(iso ?? '');
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  private renameForm(t: T, p: PasskeySummary, invalid: boolean): TemplateResult {
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const name = new FormData(e.target as HTMLFormElement).get('name');
      this.send({ type: 'RENAME', id: p.id, data: { name: String(name ?? '') } });
    };
    return html`<form class="rename" @submit=${submit} novalidate>
      <label for="name-${p.id}">${t('nameLabel')}</label>
      <input id="name-${p.id}" name="name" .value=${p.name} maxlength="64" autocomplete="off" required
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `name-error-${p.id}` : nothing} />
      ${invalid ? html`<p class="error" id="name-error-${p.id}" role="alert">${t('nameInvalid')}</p>` : nothing}
      <div class="row-actions">
        <button part="button save" type="submit" class="primary">${t('save')}</button>
        <button part="button cancel" type="button" @click=${() => {
          this.editing = null;
        }}>${t('cancel')}</button>
      </div>
    </form>`;
  }

  private row(t: T, p: PasskeySummary, locale: string, busy: boolean, nameIssue: boolean): TemplateResult {
    const used = p.lastUsedAt ? t('lastUsed', { time: this.when(p.lastUsedAt, locale) }) : t('neverUsed');
    return html`<li class="passkey" part="passkey">
      <div>
        <h3>${p.name}${p.backedUp ? html`<span class="badge">${t('synced')}</span>` : nothing}</h3>
        <p class="muted">${t('added', { time: this.when(p.createdAt, locale) })} · ${used}</p>
      </div>
      ${
        this.editing === p.id
          ? this.renameForm(t, p, nameIssue)
          : html`<div class="row-actions">
              <button part="button rename" type="button" ?disabled=${busy} aria-label=${t('renameLabel', { name: p.name })}
                @click=${() => {
                  this.editing = p.id;
                }}>${t('rename')}</button>
              <button part="button remove" type="button" ?disabled=${busy} aria-label=${t('removeLabel', { name: p.name })}
                @click=${() => this.send({ type: 'REMOVE', id: p.id })}>${t('remove')}</button>
            </div>`
      }
    </li>`;
  }

  private codesView(t: T, codes: readonly string[]): StepView<PasskeysView> {
    return {
      key: 'showingRecoveryCodes',
      heading: t('codesHeading'),
      body: html`<p>${t('codesText')}</p>
        <ol class="codes" part="codes" aria-label=${t('codesLabel')}>${codes.map((code) => html`<li><code>${code}</code></li>`)}</ol>
        <div class="actions">
          <button part="button download" type="button" @click=${() =>
            downloadRecoveryCodes(
              this,
              t('codesFileHeading', { site: location.host }),
              codes,
            )}>${t('download')}</button>
        </div>`,
      actions: html`<button part="button saved" type="button" class="primary" @click=${() => this.send({ type: 'ACKNOWLEDGE' })}>${t('codesSaved')}</button>`,
    };
  }

  protected view(snapshot: Snapshot, locale: string): StepView<PasskeysView> {
    const t = textsFor(passkeysTexts, locale);
    const c = snapshot.context;
    if (snapshot.matches('closed')) {
      return {
        key: 'closed',
        heading: t('closedHeading'),
        actions: html`<button part="button reopen" type="button" @click=${() => this.restart()}>${t('reopen')}</button>`,
      };
    }
    if (snapshot.matches('loading')) return { key: 'loading', heading: t('loading'), busy: true };
    if (snapshot.matches('reauthenticating')) {
      return {
        key: 'reauthenticating',
        heading: t('reauthHeading'),
        body: html`<p>${t('reauthText')}</p>`,
        form: {
          form: mfaReauthenticateForm,
          submitLabel: t('reauthSubmit'),
          busy: snapshot.matches({ reauthenticating: 'submitting' }),
        },
        actions: html`<button part="button cancel" type="button" @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`,
      };
    }
    if (snapshot.matches('showingRecoveryCodes')) return this.codesView(t, c.recoveryCodes ?? []);
    const adding =
      snapshot.matches('requestingOptions') || snapshot.matches('creating') || snapshot.matches('saving');
    const busy = !snapshot.matches('listing');
    // A rename that went through closes its form; one refused for its name keeps it open with the reason.
    if (c.notice === 'renamed' && this.editing !== null) this.editing = null;
    const nameIssue = c.issues.some((i) => i.path === '/name');
    const notice =
      c.notice === 'added'
        ? t('noticeAdded')
        : c.notice === 'renamed'
          ? t('noticeRenamed')
          : c.notice === 'removed'
            ? t('noticeRemoved')
            : '';
    return {
      key: adding ? 'adding' : 'listing',
      heading: t('heading'),
      body: html`<p>${t('intro')}</p>
        ${
          c.passkeys.length > 0
            ? html`<ul class="plain passkeys">${c.passkeys.map((p) => this.row(t, p, locale, busy, nameIssue && this.editing === p.id))}</ul>`
            : html`<p class="muted">${t('none')}</p>`
        }
        ${adding ? html`<p class="muted" role="status">${t('adding')}</p>` : nothing}
        ${notice ? html`<p class="note success" part="note" role="status">${notice}</p>` : nothing}
        ${passkeysSupported() ? nothing : html`<p class="muted">${t('unsupported')}</p>`}`,
      actions: html`${
        passkeysSupported()
          ? html`<button part="button add" type="button" class="primary" ?disabled=${busy}
              @click=${() => this.send({ type: 'ADD' })}>${t('add')}</button>`
          : nothing
      }<button part="button reload" type="button" ?disabled=${busy} @click=${() => this.send({ type: 'RELOAD' })}>${t('reload')}</button><button
        part="button close" type="button" @click=${() => this.send({ type: 'CLOSE' })}>${t('close')}</button>`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-passkeys': GatePasskeys;
  }
}
