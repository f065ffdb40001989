/**
 * `<studio-checks>`: the lint problems of the definition (each with "Go to", which selects the field it is about)
 * and sample data tried against the server's validator, with its answer: the cleaned value or every issue.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Definition } from '../model/definition.js';
import { parseJson } from '../model/json-error.js';
import { fieldOfPointer } from '../model/lint-target.js';
import { failed, type Problem, type SampleAnswer, validateSample } from './api.js';
import { select } from './events.js';

/** The checks pane. */
export class StudioChecks extends LitElement {
  static override properties: PropertyDeclarations = {
    def: { attribute: false },
    lint: { attribute: false },
    stale: { type: Boolean },
    sample: { state: true },
    sampleLang: { state: true },
    answer: { state: true },
    sampleError: { state: true },
  };

  def: Definition | undefined;
  lint: Problem[] = [];
  stale = false;
  sample = '{\n}';
  sampleLang = 'en';
  answer: SampleAnswer | undefined;
  sampleError = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async trySample(e: Event) {
    e.preventDefault();
    const parsed = parseJson(this.sample);
    if (!parsed.ok) {
      this.sampleError = parsed.message;
      this.answer = undefined;
      return;
    }
    if (!this.def) return;
    const answer = await validateSample(this.def, parsed.value, this.sampleLang);
    if (failed(answer)) {
      this.sampleError = answer.error;
      return;
    }
    this.sampleError = '';
    this.answer = answer;
  }

  private renderLint(): TemplateResult {
    if (this.stale) return html`<p>Fix the JSON to check the form again.</p>`;
    if (this.lint.length === 0) return html`<p class="ok">No problems: the form can be published.</p>`;
    return html`<p>${this.lint.length} problem${this.lint.length === 1 ? '' : 's'} (they block publishing):</p>
      <ul class="lint">
        ${this.lint.map((p) => {
          const field = fieldOfPointer(p.pointer);
          return html`<li>
            <code>${p.pointer || '/'}</code> ${p.message}
            ${
              field && this.def?.schema.properties[field.slice(1)] !== undefined
                ? html`<button type="button" class="link" @click=${() => select(this, field)}>Go to ${field}</button>`
                : nothing
            }
          </li>`;
        })}
      </ul>`;
  }

  private renderAnswer(): TemplateResult | typeof nothing {
    const a = this.answer;
    if (!a) return nothing;
    if ('problems' in a)
      return html`<p class="error">The form does not compile: ${a.problems.map((p) => `${p.pointer} ${p.message}`).join('; ')}</p>`;
    if (a.result.ok)
      return html`<div class="answer ok"><p>Accepted. The server keeps:</p><pre>${JSON.stringify(a.result.value, null, 2)}</pre></div>`;
    return html`<div class="answer"><p>Refused, ${a.result.issues.length} issue${a.result.issues.length === 1 ? '' : 's'}:</p>
      <ul>${a.result.issues.map((i) => html`<li><code>${i.path || '/'}</code> <code>${i.code}</code> ${i.message}</li>`)}</ul></div>`;
  }

  protected override render(): TemplateResult {
    return html`<section class="checks" aria-labelledby="lint-title">
        <h2 id="lint-title">Lint</h2>
        ${this.renderLint()}
      </section>
      <section class="checks" aria-labelledby="sample-title">
        <h2 id="sample-title">Try sample data</h2>
        <form @submit=${this.trySample}>
          <label for="sample-data">Data (JSON), checked by the server's validator</label>
          <textarea id="sample-data" class="json small" spellcheck="false" .value=${this.sample}
            aria-describedby=${this.sampleError ? 'sample-error' : nothing}
            @input=${(e: Event) => (this.sample = (e.target as HTMLTextAreaElement).value)}></textarea>
          <label for="sample-lang">Messages in</label>
          <select id="sample-lang" @change=${(e: Event) => (this.sampleLang = (e.target as HTMLSelectElement).value)}>
            <option value="en">English</option><option value="de">Deutsch</option>
          </select>
          <button type="submit">Try it</button>
        </form>
        ${this.sampleError ? html`<p id="sample-error" class="error" role="alert">${this.sampleError}</p>` : nothing}
        <div aria-live="polite">${this.renderAnswer()}</div>
      </section>`;
  }
}
