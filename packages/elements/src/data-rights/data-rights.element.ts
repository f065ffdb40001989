/** `<gate-data-rights>`: download my data, delete my account (`dataRightsMachine` of `@gatehouse/flows/data-rights`). */

import { accountDeletionForm, dataRightsMachine } from '@gatehouse/flows/data-rights';
import { dataRightsHttpPorts } from '@gatehouse/flows/http';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Actor, SnapshotFrom } from 'xstate';
import { downloadFile } from '../common/download-file.js';
import type { GateIssue } from '../common/events.js';
import { choiceStyles } from '../flow/choice.styles.js';
import { flowStyles } from '../flow/flow.styles.js';
import { GateFlowElement, type StepView } from '../flow/flow-element.js';
import { textsFor } from '../flow/texts.js';
import { dataRightsStyles } from './data-rights.styles.js';
import { dataRightsIssueTexts, dataRightsTexts } from './data-rights.texts.js';

type Snapshot = SnapshotFrom<typeof dataRightsMachine>;
type T = ReturnType<typeof textsFor<keyof typeof dataRightsTexts.en>>;

/** The public steps of `<gate-data-rights>` (`gate-step`'s `detail.view`): stable, documented, safe to route on. */
export type DataRightsView = 'loading' | 'overview' | 'confirming' | 'deleted' | 'closed';

/** `gate-complete`'s `detail.output` of `<gate-data-rights>`. */
export interface DataRightsOutput {
  /** `true`: the account is gone and this browser is signed out (leave the page); `false`: the person closed it. */
  deleted: boolean;
}

const given = new WeakMap<readonly GateIssue[], readonly GateIssue[]>();

/**
 * A person's data rights on their profile page. "Download my data" saves everything the backend holds about them as
 * a `.json` file (made in the browser from the answer; kept nowhere). "Delete my account" says what is deleted and
 * what is kept, asks for the password (the deleting request re-authenticates), asks the company's last Super Admin
 * for a colleague who takes the role over, and deletes. Then `gate-complete` with `{ deleted: true }`: the browser is
 * signed out, the host leaves the page.
 *
 * @fires gate-step - `detail.view`, the public step (`DataRightsView`): `loading`, `overview`, `confirming`, `deleted`, `closed`; `detail.step`, the machine state: `loading`, `overview`, `exporting`, `confirming`, `deleting`, `deleted`, `closed`
 * @fires gate-complete - `detail.output`: `{ deleted }` (`true` after the deletion, `false` when closed)
 * @fires gate-error - a port failed (`hand-over-required`, `locked`, `unauthenticated`, …)
 * @csspart button - every button; a second name says which (`::part(export)`)
 * @csspart cancel - the "Cancel" button of the deletion step
 * @csspart close - the "Close" button
 * @csspart delete - the "Delete my account" button of the overview
 * @csspart export - the "Download my data" button
 * @csspart facts - what is deleted and what is kept
 * @csspart note - the message after a download
 * @csspart reopen - the "Show your data settings" button
 * @csspart successor - the drop-down of colleagues who can take over the Super Admin role
 * @cssproperty --gate-color-error - the buttons that delete
 * @cssproperty --gate-color-border - the mark beside what is deleted and what is kept
 * @tag gate-data-rights
 */
export class GateDataRights extends GateFlowElement<
  typeof dataRightsMachine,
  DataRightsOutput,
  DataRightsView
> {
  static override styles = [flowStyles, choiceStyles, dataRightsStyles];
  static override properties: PropertyDeclarations = { savedAs: { state: true } };

  readonly flow = 'data-rights';
  protected readonly httpPorts = dataRightsHttpPorts;
  /** The file name of the last download, for the note (the data itself is not kept). */
  private savedAs: string | null = null;

  protected get machine() {
    return dataRightsMachine;
  }

  protected override watch(actor: Actor<typeof dataRightsMachine>): void {
    actor.on('download', ({ fileName, data }) => {
      downloadFile(this, fileName, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
      this.savedAs = fileName;
    });
  }

  protected override completeOutput(snapshot: Snapshot): DataRightsOutput {
    return { deleted: snapshot.matches('deleted') };
  }

  /**
   * The issues for the chrome and the form: `hand-over-required` worded here, and `/successor` left out (it belongs
   * to the drop-down, which reads the machine's own list). The same list in gives the same list out, so the form is
   * not handed its issues again on every render.
   */
  protected override issuesOf(snapshot: Snapshot): readonly GateIssue[] {
    const issues = super.issuesOf(snapshot);
    if (!issues.some((i) => i.code === 'hand-over-required' || i.path === '/successor')) return issues;
    const done = given.get(issues);
    if (done) return done;
    const t = textsFor(dataRightsIssueTexts, this.locale);
    const out = issues
      .filter((i) => i.path !== '/successor')
      .map((i) => (i.code === 'hand-over-required' ? { ...i, message: t('hand-over-required') } : i));
    given.set(issues, out);
    return out;
  }

  protected override submitForm(formId: string, value: Record<string, unknown>): void {
    super.submitForm(formId, value);
    // A missing successor is not in the form: take the person to the drop-down.
    void this.updateComplete.then(() => {
      const select = this.renderRoot.querySelector<HTMLSelectElement>('select[aria-invalid="true"]');
      if (select && !this.querySelector('gate-form [aria-invalid="true"]')) select.focus();
    });
  }

  private successorField(t: T, snapshot: Snapshot): TemplateResult {
    const c = snapshot.context;
    const missing = c.issues.some((i) => i.path === '/successor');
    return html`<p>${t('handOverText')}</p>
      <div class="field">
        <label for="successor">${t('successor')}</label>
        <select id="successor" part="successor" ?disabled=${snapshot.matches('deleting')}
          aria-invalid=${missing ? 'true' : 'false'} aria-describedby=${missing ? 'successor-error' : nothing}
          @change=${(event: Event) => {
            const id = (event.target as HTMLSelectElement).value;
            if (id) this.send({ type: 'CHOOSE_SUCCESSOR', id });
          }}>
          <option value="" ?selected=${c.successor === null}>${t('chooseSuccessor')}</option>
          ${c.successors.map((s) => html`<option value=${s.id} ?selected=${c.successor === s.id}>${s.name}</option>`)}
        </select>
        ${missing ? html`<p class="error" id="successor-error">${t('successorMissing')}</p>` : nothing}
      </div>`;
  }

  private confirmView(t: T, snapshot: Snapshot): StepView<DataRightsView> {
    return {
      key: 'confirming',
      heading: t('confirmHeading'),
      body: html`<div class="facts" part="facts"><p>${t('deletedList')}</p><p>${t('keptList')}</p></div>
        <p class="warning">${t('undone')}</p>
        ${snapshot.context.handOver === 'required' ? this.successorField(t, snapshot) : nothing}`,
      form: { form: accountDeletionForm, submitLabel: t('confirm'), busy: snapshot.matches('deleting') },
      actions: html`<button part="button cancel" type="button" ?disabled=${snapshot.matches('deleting')}
        @click=${() => this.send({ type: 'CANCEL' })}>${t('cancel')}</button>`,
    };
  }

  protected view(snapshot: Snapshot, locale: string): StepView<DataRightsView> {
    const t = textsFor(dataRightsTexts, locale);
    if (snapshot.matches('deleted')) {
      return {
        key: 'deleted',
        heading: t('deletedHeading'),
        body: html`<p role="status">${t('deletedText')}</p>`,
      };
    }
    if (snapshot.matches('closed')) {
      return {
        key: 'closed',
        heading: t('closedHeading'),
        actions: html`<button part="button reopen" type="button" @click=${() => this.restart()}>${t('reopen')}</button>`,
      };
    }
    if (snapshot.matches('loading')) return { key: 'loading', heading: t('loading'), busy: true };
    if (snapshot.matches('confirming') || snapshot.matches('deleting')) return this.confirmView(t, snapshot);
    const busy = snapshot.matches('exporting');
    return {
      key: 'overview',
      heading: t('heading'),
      body: html`<p>${t('intro')}</p>
        ${busy ? html`<p class="muted" role="status">${t('exporting')}</p>` : nothing}
        ${
          this.savedAs && !busy
            ? html`<p class="note success" part="note" role="status">${t('exported', { file: this.savedAs })}</p>`
            : nothing
        }`,
      actions: html`<button part="button export" type="button" class="primary" ?disabled=${busy}
          @click=${() => this.send({ type: 'EXPORT' })}>${t('export')}</button><button part="button delete" type="button"
          class="danger" ?disabled=${busy} @click=${() => this.send({ type: 'DELETE' })}>${t('delete')}</button><button
          part="button close" type="button" @click=${() => this.send({ type: 'CLOSE' })}>${t('close')}</button>`,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gate-data-rights': GateDataRights;
  }
}
