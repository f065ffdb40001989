/**
 * `<studio-field-editor>`: everything about the selected field — its name in the data, label, help and
 * placeholder in English and German side by side, whether it is required, and the constraints of its kind
 * (lengths, pattern with a tester, bounds, list limits, options, "not in the future").
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  constraintOf,
  type FieldKind,
  kindOf,
  notInFuture,
  optionsOf,
  type Target,
  withConstraint,
  withNotInFuture,
  withOption,
  withoutOption,
} from '../model/constraints.js';
import {
  childPointer,
  type Definition,
  isRequired,
  nameOf,
  parentOf,
  withRequired,
} from '../model/definition.js';
import { badName, renameField } from '../model/fields.js';
import {
  fieldText,
  LOCALES,
  type Locale,
  optionText,
  type TextPart,
  withFieldText,
  withOptionText,
} from '../model/texts.js';
import { widgetLabel, widgetOf, widgetsFor, withWidget } from '../model/widgets.js';
import { change } from './events.js';

const LANGUAGE: Record<Locale, string> = { en: 'English', de: 'German' };
const PARTS: [TextPart, string][] = [
  ['label', 'Label'],
  ['help', 'Help'],
  ['placeholder', 'Placeholder'],
];

/** A number from an input ('' → undefined). */
const numberOf = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** The field editor. */
export class StudioFieldEditor extends LitElement {
  static override properties: PropertyDeclarations = {
    def: { attribute: false },
    pointer: {},
    nameError: { state: true },
    sample: { state: true },
    newOption: { state: true },
  };

  def!: Definition;
  pointer = '';
  nameError = '';
  /** Text typed into the pattern tester. */
  sample = '';
  newOption = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private emit(def: Definition, status = '', select?: string) {
    change(this, { def, status, ...(select ? { select } : {}) });
  }

  private rename(e: Event) {
    const name = (e.target as HTMLInputElement).value.trim();
    const problem = badName(this.def, this.pointer, name);
    this.nameError = problem ?? '';
    if (problem || name === nameOf(this.pointer)) return;
    this.emit(
      renameField(this.def, this.pointer, name),
      `Renamed to ${name}.`,
      childPointer(parentOf(this.pointer), name),
    );
  }

  /** "Shown as": the widgets that fit the field; one that fits alone is stated, not offered. */
  private renderWidget(): TemplateResult {
    const widgets = widgetsFor(this.def, this.pointer);
    const current = widgetOf(this.def, this.pointer);
    const label = (w: string) => widgetLabel(this.def, this.pointer, w);
    if (widgets.length < 2) return html`<p class="help" id="field-widget">Shown as: ${label(current)}</p>`;
    return html`<label for="field-widget">Shown as</label>
      <select id="field-widget" @change=${(e: Event) => {
        const widget = (e.target as HTMLSelectElement).value;
        this.emit(withWidget(this.def, this.pointer, widget), `Shown as ${label(widget)}.`);
      }}>
        ${widgets.map((w) => html`<option value=${w} ?selected=${w === current}>${label(w)}</option>`)}
      </select>`;
  }

  private renderTexts(kind: FieldKind): TemplateResult {
    const parts = PARTS.filter(
      ([part]) => part !== 'placeholder' || ['text', 'number', 'list'].includes(kind),
    );
    return html`<table class="texts">
      <caption>Texts</caption>
      <thead><tr><td></td>${LOCALES.map((l) => html`<th scope="col">${LANGUAGE[l]}</th>`)}</tr></thead>
      <tbody>
        ${parts.map(
          ([part, name]) => html`<tr>
            <th scope="row">${name}</th>
            ${LOCALES.map(
              (l) => html`<td><input id="field-${part}-${l}" lang=${l} aria-label="${name} (${LANGUAGE[l]})"
                .value=${fieldText(this.def, this.pointer, part, l)}
                @change=${(e: Event) => this.emit(withFieldText(this.def, this.pointer, part, l, (e.target as HTMLInputElement).value))} /></td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private numberInput(key: string, label: string, target: Target = 'field', min = 0): TemplateResult {
    const id = `c-${target}-${key}`;
    return html`<div class="num"><label for=${id}>${label}</label>
      <input id=${id} type="number" min=${min} inputmode="numeric" .value=${String(constraintOf(this.def, this.pointer, key, target))}
        @change=${(e: Event) => this.emit(withConstraint(this.def, this.pointer, key, numberOf((e.target as HTMLInputElement).value), target))} /></div>`;
  }

  private renderPattern(target: Target): TemplateResult {
    const pattern = String(constraintOf(this.def, this.pointer, 'pattern', target));
    let verdict = '';
    if (pattern && this.sample) {
      try {
        // ajv compiles patterns with the `u` flag; the tester does the same so it agrees with the validator.
        verdict = new RegExp(pattern, 'u').test(this.sample)
          ? 'matches the pattern'
          : 'does not match the pattern';
      } catch (error) {
        verdict = `the pattern is not valid: ${(error as Error).message}`;
      }
    }
    return html`<label for="c-${target}-pattern">Pattern (regular expression)${target === 'item' ? ' of each entry' : ''}</label>
      <input id="c-${target}-pattern" class="mono" spellcheck="false" .value=${pattern}
        @change=${(e: Event) => this.emit(withConstraint(this.def, this.pointer, 'pattern', (e.target as HTMLInputElement).value, target))} />
      <label for="pattern-sample">Try the pattern on</label>
      <input id="pattern-sample" class="mono" .value=${this.sample} aria-describedby="pattern-verdict"
        @input=${(e: Event) => (this.sample = (e.target as HTMLInputElement).value)} />
      <p id="pattern-verdict" class="verdict" aria-live="polite">${verdict ? `“${this.sample}” ${verdict}.` : ''}</p>`;
  }

  private renderChoices(): TemplateResult {
    const values = optionsOf(this.def, this.pointer);
    return html`<fieldset class="options">
      <legend>Options</legend>
      <table class="texts">
        <thead><tr><th scope="col">Value</th>${LOCALES.map((l) => html`<th scope="col">${LANGUAGE[l]}</th>`)}<td></td></tr></thead>
        <tbody>
          ${values.map(
            (v) => html`<tr>
              <th scope="row"><code>${v}</code></th>
              ${LOCALES.map(
                (
                  l,
                ) => html`<td><input lang=${l} aria-label="Text of ${v} (${LANGUAGE[l]})" .value=${optionText(this.def, this.pointer, v, l)}
                  @change=${(e: Event) => this.emit(withOptionText(this.def, this.pointer, v, l, (e.target as HTMLInputElement).value))} /></td>`,
              )}
              <td><button type="button" aria-label="Remove option ${v}" @click=${() => this.emit(withoutOption(this.def, this.pointer, v))}>Remove</button></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <form @submit=${(e: Event) => {
        e.preventDefault();
        this.emit(withOption(this.def, this.pointer, this.newOption.trim()));
        this.newOption = '';
      }}>
        <label for="new-option">New option value</label>
        <input id="new-option" .value=${this.newOption} @input=${(e: Event) => (this.newOption = (e.target as HTMLInputElement).value)} />
        <button type="submit">Add option</button>
      </form>
    </fieldset>`;
  }

  private renderConstraints(kind: FieldKind): TemplateResult | typeof nothing {
    switch (kind) {
      case 'text':
        return html`<div class="grid">${this.numberInput('minLength', 'Minimum length')} ${this.numberInput('maxLength', 'Maximum length', 'field', 1)}</div>
          ${this.renderPattern('field')}`;
      case 'date':
        return html`<label class="check"><input type="checkbox" id="not-future" .checked=${notInFuture(this.def, this.pointer)}
          @change=${(e: Event) => this.emit(withNotInFuture(this.def, this.pointer, (e.target as HTMLInputElement).checked))} />
          Not in the future (today at the latest)</label>`;
      case 'number':
        return html`<div class="grid">${this.numberInput('minimum', 'Smallest value', 'field', -1e15)} ${this.numberInput('maximum', 'Largest value', 'field', -1e15)}</div>`;
      case 'choice':
        return this.renderChoices();
      case 'group':
        return html`<p class="help">Its fields are listed inside it under Steps and fields; to add one, choose the group
          under “to” in Add a field.</p>`;
      case 'list':
        return html`<div class="grid">${this.numberInput('minItems', 'Fewest entries')} ${this.numberInput('maxItems', 'Most entries', 'field', 1)}
            ${this.numberInput('maxLength', 'Maximum length of an entry', 'item', 1)}</div>
          <label class="check"><input type="checkbox" id="unique-items" .checked=${constraintOf(this.def, this.pointer, 'uniqueItems') === true}
            @change=${(e: Event) => this.emit(withConstraint(this.def, this.pointer, 'uniqueItems', (e.target as HTMLInputElement).checked))} />
            Entries must be different from each other</label>
          ${this.renderPattern('item')}`;
      default:
        return nothing;
    }
  }

  /** " in group “Address”" for a field inside a group, '' for a top-level field. */
  private inGroup(): string {
    const group = parentOf(this.pointer);
    return group === '' ? '' : ` in group “${fieldText(this.def, group, 'label', 'en') || nameOf(group)}”`;
  }

  protected override render(): TemplateResult {
    const kind = kindOf(this.def, this.pointer);
    const name = nameOf(this.pointer);
    return html`<section class="field-editor" aria-labelledby="field-editor-title">
      <h2 id="field-editor-title">Field “${fieldText(this.def, this.pointer, 'label', 'en') || name}”${this.inGroup()}</h2>
      <label for="field-name">Name in the data</label>
      <input id="field-name" class="mono" .value=${name} autocomplete="off"
        aria-describedby=${this.nameError ? 'field-name-error' : 'field-name-help'} aria-invalid=${this.nameError ? 'true' : 'false'}
        @change=${this.rename} />
      ${
        this.nameError
          ? html`<p id="field-name-error" class="error">${this.nameError}</p>`
          : html`<p id="field-name-help" class="help">The key in the submitted data; letters, digits and _.</p>`
      }
      ${this.renderWidget()}
      ${this.renderTexts(kind)}
      <label class="check"><input type="checkbox" id="field-required" .checked=${isRequired(this.def, this.pointer)}
        @change=${(e: Event) => this.emit(withRequired(this.def, this.pointer, (e.target as HTMLInputElement).checked))} />
        Always required</label>
      ${this.renderConstraints(kind)}
    </section>`;
  }
}
