/**
 * `<studio-json-pane>`: the definition as JSON, editable. Every keystroke goes up (`studio-json`); while the text
 * is broken the designer keeps the last good definition and the pane names line and column of the mistake.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** The JSON pane. */
export class StudioJsonPane extends LitElement {
  static override properties: PropertyDeclarations = { text: {}, problem: {} };

  text = '';
  problem = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private onInput(e: Event) {
    const text = (e.target as HTMLTextAreaElement).value;
    this.dispatchEvent(new CustomEvent('studio-json', { detail: { text }, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    return html`<label for="json-text" class="pane-label">Definition (JSON)</label>
      ${this.problem ? html`<p id="json-problem" class="error" role="alert">${this.problem}</p>` : nothing}
      <textarea id="json-text" class="json" spellcheck="false" autocomplete="off"
        aria-invalid=${this.problem ? 'true' : 'false'}
        aria-describedby=${this.problem ? 'json-problem' : nothing}
        .value=${live(this.text)} @input=${this.onInput}></textarea>`;
  }
}
