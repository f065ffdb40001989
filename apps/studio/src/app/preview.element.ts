/**
 * `<studio-preview>`: the form as a person will see it, in `<gate-form>` with the module the server built from
 * the definition (the same `buildForm` a publish runs), at desktop or phone width, in English or German, light
 * or dark, with the "still required" pane.
 */
import type { GateForm } from '@gatehouse/elements/form';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

type Width = 'desktop' | 'mobile';
type Theme = 'light' | 'dark';

/** The preview. */
export class StudioPreview extends LitElement {
  static override properties: PropertyDeclarations = {
    module: {},
    buildError: {},
    width: { state: true },
    lang: { state: true },
    theme: { state: true },
    submitted: { state: true },
    loadError: { state: true },
  };

  /** URL of the built module (`/preview/<hash>.js`). */
  module = '';
  /** Why the definition does not build ('' when it does). */
  buildError = '';
  width: Width = 'desktop';
  override lang = 'en';
  theme: Theme = 'light';
  submitted = '';
  loadError = '';

  private loaded = '';
  private built: GateForm['form'];
  /** What was typed into the preview, carried over when a language switch renders a fresh `<gate-form>`. */
  private kept: Record<string, unknown> = {};

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override async updated(): Promise<void> {
    const element = this.querySelector<GateForm>('gate-form');
    if (element && this.built && element.form !== this.built) {
      element.form = this.built;
      element.value = this.kept;
    }
    if (!this.module || this.module === this.loaded) return;
    const url = this.module;
    this.loaded = url;
    try {
      const built = (await import(/* @vite-ignore */ url)) as { form: GateForm['form'] };
      if (url !== this.module) return;
      this.built = built.form;
      // What was typed into the preview stays across edits of the form (a new module after every change), as it
      // does across a language switch: a person trying the form does not start over at each edit.
      const current = this.querySelector<GateForm>('gate-form');
      this.kept = { ...(current?.value ?? {}) };
      if (current) {
        current.form = built.form;
        current.value = this.kept;
      }
      this.loadError = '';
      this.submitted = '';
    } catch (error) {
      this.loadError = `The preview could not load: ${(error as Error).message}`;
    }
  }

  /** Switches the language: a fresh `<gate-form>` (its step buttons are labelled once), with the data kept. */
  private setLang(lang: string) {
    this.kept = { ...(this.querySelector<GateForm>('gate-form')?.value ?? {}) };
    this.lang = lang;
  }

  private choice<T extends string>(
    name: string,
    label: string,
    current: T,
    options: [T, string][],
    set: (v: T) => void,
  ) {
    return html`<fieldset class="toggle">
      <legend>${label}</legend>
      ${options.map(
        ([
          value,
          text,
        ]) => html`<label><input type="radio" name=${name} value=${value} .checked=${current === value}
          @change=${() => set(value)} />${text}</label>`,
      )}
    </fieldset>`;
  }

  private onSubmit(e: Event) {
    const value = (e as CustomEvent<{ value: unknown }>).detail.value;
    this.submitted = JSON.stringify(value, null, 2);
  }

  protected override render(): TemplateResult {
    return html`<section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      <div class="toggles">
        ${this.choice<Width>(
          'width',
          'Width',
          this.width,
          [
            ['desktop', 'Desktop'],
            ['mobile', 'Phone (390 px)'],
          ],
          (v) => (this.width = v),
        )}
        ${this.choice(
          'lang',
          'Language',
          this.lang,
          [
            ['en', 'English'],
            ['de', 'Deutsch'],
          ],
          (v) => this.setLang(v),
        )}
        ${this.choice<Theme>(
          'theme',
          'Theme',
          this.theme,
          [
            ['light', 'Light'],
            ['dark', 'Dark'],
          ],
          (v) => (this.theme = v),
        )}
      </div>
      ${this.buildError ? html`<p class="error" role="alert">The form does not build: ${this.buildError}</p>` : nothing}
      ${this.loadError ? html`<p class="error" role="alert">${this.loadError}</p>` : nothing}
      <div class="frame frame-${this.width}" data-gate-theme=${this.theme} lang=${this.lang}>
        ${keyed(this.lang, html`<gate-form show-required lang=${this.lang} @gate-submit=${this.onSubmit}></gate-form>`)}
      </div>
      ${
        this.submitted
          ? html`<div class="submitted" role="status"><p>The preview accepted this data (as the server will):</p><pre>${this.submitted}</pre></div>`
          : nothing
      }
    </section>`;
  }
}
