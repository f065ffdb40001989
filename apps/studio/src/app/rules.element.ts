/**
 * `<studio-rules>`: conditional rules in words, made by pointing at fields: "Show and require <field> when
 * <field> is <value>". The value list comes from the deciding field (Yes/No, its options), so no JSON Schema is
 * written by hand.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { kindOf, optionsOf } from '../model/constraints.js';
import { type Definition, hintOf, nameOf, stepsOf } from '../model/definition.js';
import { simpleRule, withoutRule, withRule } from '../model/rules.js';
import { optionText, textOf } from '../model/texts.js';
import { change } from './events.js';

/** The rules editor. */
export class StudioRules extends LitElement {
  static override properties: PropertyDeclarations = {
    def: { attribute: false },
    when: { state: true },
    is: { state: true },
    target: { state: true },
    effect: { state: true },
    error: { state: true },
  };

  def!: Definition;
  when = '';
  is = '';
  target = '';
  effect: 'show' | 'show-require' = 'show-require';
  error = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private label(pointer: string) {
    return textOf(this.def, hintOf(this.def, pointer).label, 'en') || nameOf(pointer);
  }

  /** The values a field can be compared with: [value as JSON text, what the person reads]. */
  private valuesOf(pointer: string): [string, string][] {
    const kind = kindOf(this.def, pointer);
    if (kind === 'boolean')
      return [
        ['true', 'Yes'],
        ['false', 'No'],
      ];
    if (kind === 'choice')
      return optionsOf(this.def, pointer).map((v) => [
        JSON.stringify(v),
        optionText(this.def, pointer, v, 'en') || v,
      ]);
    return [];
  }

  private words(value: unknown, pointer: string) {
    return this.valuesOf(pointer).find(([v]) => v === JSON.stringify(value))?.[1] ?? JSON.stringify(value);
  }

  private add(e: Event) {
    e.preventDefault();
    if (!this.when || !this.target || this.is === '') {
      this.error = 'Choose the field that decides, its value and the field to show.';
      return;
    }
    if (this.when === this.target) {
      this.error = 'A field cannot decide about itself.';
      return;
    }
    this.error = '';
    const rule = {
      when: this.when,
      is: JSON.parse(this.is) as string | number | boolean,
      target: this.target,
      require: this.effect === 'show-require',
    };
    change(this, {
      def: withRule(this.def, rule),
      status: `Rule added: ${this.label(this.target)} shows when ${this.label(this.when)} is ${this.words(rule.is, this.when)}.`,
    });
    this.target = '';
  }

  private renderRules(): TemplateResult {
    const rules = this.def.rules ?? [];
    if (rules.length === 0) return html`<p>No rules: every field is always shown.</p>`;
    return html`<ul class="rules">
      ${rules.map((rule, i) => {
        const s = simpleRule(rule);
        const text = s
          ? `${s.require ? 'Show and require' : 'Show'} “${this.label(s.target)}” when “${this.label(s.when)}” is ${this.words(s.is, s.when)}.`
          : `A rule written in JSON (${JSON.stringify(rule).slice(0, 80)}…).`;
        return html`<li>${text} <button type="button" aria-label="Remove rule ${i + 1}" @click=${() => change(this, { def: withoutRule(this.def, i), status: 'Rule removed.' })}>Remove</button></li>`;
      })}
    </ul>`;
  }

  protected override render(): TemplateResult {
    const fields = stepsOf(this.def).flatMap((s) => s.fields);
    const deciding = fields.filter((p) => this.valuesOf(p).length > 0);
    const values = this.when ? this.valuesOf(this.when) : [];
    return html`<section class="rules-editor" aria-labelledby="rules-title">
      <h2 id="rules-title">Rules</h2>
      ${this.renderRules()}
      <form class="rule-form" @submit=${this.add}>
        <label for="rule-effect">Show</label>
        <select id="rule-effect" @change=${(e: Event) => (this.effect = (e.target as HTMLSelectElement).value as 'show')}>
          <option value="show-require" ?selected=${this.effect === 'show-require'}>show and require</option>
          <option value="show" ?selected=${this.effect === 'show'}>show (optional)</option>
        </select>
        <label for="rule-target">the field</label>
        <select id="rule-target" @change=${(e: Event) => (this.target = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.target === ''}>choose a field</option>
          ${fields.map((p) => html`<option value=${p} ?selected=${this.target === p}>${this.label(p)}</option>`)}
        </select>
        <label for="rule-when">when</label>
        <select id="rule-when" @change=${(e: Event) => {
          this.when = (e.target as HTMLSelectElement).value;
          this.is = this.valuesOf(this.when)[0]?.[0] ?? '';
        }}>
          <option value="" ?selected=${this.when === ''}>choose a field</option>
          ${deciding.map((p) => html`<option value=${p} ?selected=${this.when === p}>${this.label(p)}</option>`)}
        </select>
        <label for="rule-is">is</label>
        <select id="rule-is" ?disabled=${values.length === 0} @change=${(e: Event) => (this.is = (e.target as HTMLSelectElement).value)}>
          ${values.map(([v, text]) => html`<option value=${v} ?selected=${this.is === v}>${text}</option>`)}
        </select>
        <button type="submit">Add rule</button>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        ${deciding.length === 0 ? html`<p class="help">Rules are decided by Yes/No, checkbox and choice fields; add one first.</p>` : nothing}
      </form>
    </section>`;
  }
}
