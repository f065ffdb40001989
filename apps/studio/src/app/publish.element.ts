/**
 * `<studio-publish>`: publishing to the Gatehouse server. Sign in as a form editor (password, then a code when
 * the account has a second factor), publish the form being edited — lint problems block it and are listed —, see
 * the published versions, compare one with the editor, and make an earlier one current again.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Definition } from '../model/definition.js';
import { formatDefinition } from '../model/format-definition.js';
import {
  failed,
  type Problem,
  type PublishedVersion,
  type PublishState,
  publish,
  publishedVersion,
  publishedVersions,
  publishState,
  restore,
  signIn,
  signOut,
  verifyCode,
} from './api.js';

/** `studio-compare`: show the diff between a published version and the editor. */
export interface CompareDetail {
  label: string;
  text: string;
}

/** The publish pane. */
export class StudioPublish extends LitElement {
  static override properties: PropertyDeclarations = {
    def: { attribute: false },
    lint: { attribute: false },
    state: { state: true },
    off: { state: true },
    versions: { state: true },
    message: { state: true },
    refused: { state: true },
    busy: { state: true },
  };

  def: Definition | undefined;
  lint: Problem[] = [];
  state: PublishState | undefined;
  /** Why publishing is unavailable ('' when it is available). */
  off = '';
  versions: PublishedVersion[] = [];
  message = '';
  refused: Problem[] = [];
  busy = false;

  private loadedFor = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  protected override updated(): void {
    const id = this.def?.id ?? '';
    if (this.state?.signedIn && id && id !== this.loadedFor) void this.loadVersions();
  }

  private async refresh() {
    const answer = await publishState();
    if (failed(answer)) this.off = answer.error;
    else this.state = answer;
  }

  private async loadVersions() {
    const id = this.def?.id ?? '';
    this.loadedFor = id;
    const answer = await publishedVersions(id);
    if (failed(answer)) this.message = answer.error;
    else this.versions = answer.versions;
  }

  private async onSignIn(e: Event) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const code = String(form.get('code') ?? '');
    this.busy = true;
    const answer = this.state?.mfaPending
      ? await verifyCode(code, 'totp')
      : await signIn(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
    this.busy = false;
    if (failed(answer)) {
      this.message = answer.error;
      return;
    }
    this.state = answer;
    this.message =
      answer.status === 'mfa-required'
        ? 'Enter the code of your authenticator app.'
        : answer.status === 'password-change-required'
          ? 'This account must change its one-time password in the portal first.'
          : `Signed in as ${answer.email}.`;
    this.loadedFor = '';
  }

  private async onSignOut() {
    const answer = await signOut();
    if (!failed(answer)) this.state = answer;
    this.versions = [];
    this.message = 'Signed out.';
  }

  private async onPublish() {
    const def = this.def;
    if (!def) return;
    if (this.lint.length) {
      this.refused = this.lint;
      this.message = `Not published: fix the ${this.lint.length} lint problem${this.lint.length === 1 ? '' : 's'} first.`;
      return;
    }
    this.busy = true;
    const answer = await publish(def.id, def);
    this.busy = false;
    if (failed(answer)) {
      this.message = `Not published: ${answer.error}`;
      return;
    }
    if ('problems' in answer) {
      this.refused = answer.problems;
      this.message = `Not published: ${answer.message}`;
      return;
    }
    this.refused = [];
    this.message = answer.unchanged
      ? `Nothing new: version ${answer.version} already is this definition.`
      : `Published version ${answer.version}; pages that load “${answer.id}” show it from their next load.`;
    await this.loadVersions();
  }

  private async onRestore(version: number) {
    const id = this.def?.id ?? '';
    const answer = await restore(id, version);
    this.message = failed(answer) ? `Not restored: ${answer.error}` : `Version ${version} is current again.`;
    await this.loadVersions();
  }

  private async onCompare(version: number) {
    const answer = await publishedVersion(this.def?.id ?? '', version);
    if (failed(answer)) {
      this.message = answer.error;
      return;
    }
    const detail: CompareDetail = {
      label: `published version ${version}`,
      text: formatDefinition(answer.definition),
    };
    this.dispatchEvent(new CustomEvent('studio-compare', { detail, bubbles: true, composed: true }));
  }

  private renderSignIn(): TemplateResult {
    const mfa = this.state?.mfaPending === true;
    return html`<form class="sign-in" @submit=${this.onSignIn}>
      <p>Sign in to ${this.state?.api} as a form editor to publish.</p>
      ${
        mfa
          ? html`<label for="publish-code">Code</label>
            <input id="publish-code" name="code" autocomplete="one-time-code" inputmode="numeric" required />`
          : html`<label for="publish-email">E-mail</label>
            <input id="publish-email" name="email" type="email" autocomplete="username" required />
            <label for="publish-password">Password</label>
            <input id="publish-password" name="password" type="password" autocomplete="current-password" required />`
      }
      <button type="submit" ?disabled=${this.busy}>${mfa ? 'Verify' : 'Sign in'}</button>
    </form>`;
  }

  private renderVersions(): TemplateResult {
    if (this.versions.length === 0) return html`<p>“${this.def?.id}” is not published yet.</p>`;
    return html`<table class="versions">
      <caption>Published versions of “${this.def?.id}”</caption>
      <thead><tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">By</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
      <tbody>
        ${this.versions.map(
          (v) => html`<tr>
            <th scope="row">${v.version}${v.current ? ' (current)' : ''}</th>
            <td><time datetime=${v.publishedAt}>${v.publishedAt.replace('T', ' ').slice(0, 16)}</time></td>
            <td class="by">${v.publishedBy.email}</td>
            <td>
              <button type="button" aria-label="Compare version ${v.version}" @click=${() => this.onCompare(v.version)}>Compare</button>
              ${v.current ? nothing : html`<button type="button" aria-label="Restore version ${v.version}" @click=${() => this.onRestore(v.version)}>Restore</button>`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  protected override render(): TemplateResult {
    return html`<section class="publish" aria-labelledby="publish-title">
      <h2 id="publish-title">Publish</h2>
      ${
        this.off
          ? html`<p>${this.off}</p>`
          : !this.state
            ? nothing
            : !this.state.signedIn
              ? this.renderSignIn()
              : html`<p>Signed in to ${this.state.api} as ${this.state.email}.
                  <button type="button" class="link" @click=${this.onSignOut}>Sign out</button></p>
                <button type="button" class="primary" ?disabled=${this.busy || !this.def} @click=${this.onPublish}>
                  Publish “${this.def?.id}”
                </button>
                ${this.renderVersions()}`
      }
      <p class="publish-message" role="status">${this.message}</p>
      ${
        this.refused.length
          ? html`<ul class="lint">${this.refused.map((p) => html`<li><code>${p.pointer || '/'}</code> ${p.message}</li>`)}</ul>`
          : nothing
      }
    </section>`;
  }
}
