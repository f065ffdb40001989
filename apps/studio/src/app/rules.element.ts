/**
 * `<studio-rules>`: conditional rules in words, made by pointing at fields: "Show and require <field> when
 * <field> <condition>". The conditions offered follow the deciding field's kind (Yes/No; is, is one of for
 * options; greater/less than for numbers, after/before for dates; filled/empty for all but Yes/No), and the
 * value is chosen from the field's options or typed into a number or date input, so no JSON Schema is written by
 * hand.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { type FieldKind, kindOf, optionsOf } from '../model/constraints.js';
import { type Definition, hintOf, nameOf, stepsOf } from '../model/definition.js';
import { type Condition, simpleRule, withoutRule, withRule } from '../model/rules.js';
import { optionText, textOf } from '../model/texts.js';
import { change } from './events.js';

/** A condition as the rule form offers it: its id in the list and its words. */
type Op = 'yes' | 'no' | 'is' | 'one-of' | 'filled' | 'empty' | 'greater' | 'less';

/** The conditions a field of each kind can decide with, in the order the list shows them. */
const OPS: Partial<Record<FieldKind, Op[]>> = {
  boolean: ['yes', 'no'],
  choice: ['is', 'one-of', 'filled', 'empty'],
  number: ['greater', 'less', 'filled', 'empty'],
  date: ['greater', 'less', 'filled', 'empty'],
  text: ['filled', 'empty'],
};

/** The words of a condition (dates compare as after/before). */
function opWords(op: Op, kind: FieldKind): string {
  if (kind === 'date' && op === 'greater') return 'is after';
  if (kind === 'date' && op === 'less') return 'is before';
  return {
    yes: 'is Yes',
    no: 'is No',
    is: 'is',
    'one-of': 'is one of',
    filled: 'is filled',
    empty: 'is empty',
    greater: 'is greater than',
    less: 'is less than',
  }[op];
}

/** The rules editor. */
export class StudioRules extends LitElement {
  static override properties: PropertyDeclarations = {
    def: { attribute: false },
    when: { state: true },
    op: { state: true },
    value: { state: true },
    values: { state: true },
    target: { state: true },
    effect: { state: true },
    error: { state: true },
  };

  def!: Definition;
  when = '';
  op: Op | '' = '';
  /** The value of "is", "greater", "less" as typed or chosen (an option as JSON text). */
  value = '';
  /** The options ticked for "is one of" (as JSON text). */
  values: string[] = [];
  target = '';
  effect: 'show' | 'show-require' = 'show-require';
  error = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private label(pointer: string) {
    return textOf(this.def, hintOf(this.def, pointer).label, 'en') || nameOf(pointer);
  }

  /** The options of a choice field: [value as JSON text, what the person reads]. */
  private optionsOf(pointer: string): [string, string][] {
    return optionsOf(this.def, pointer).map((v) => [
      JSON.stringify(v),
      optionText(this.def, pointer, v, 'en') || v,
    ]);
  }

  /** The words of a condition on the field at `pointer`: "is one of Red, Blue", "is after 2024-06-30". */
  private conditionWords(condition: Condition, pointer: string): string {
    const kind = kindOf(this.def, pointer);
    const option = (v: unknown) =>
      this.optionsOf(pointer).find(([json]) => json === JSON.stringify(v))?.[1] ?? JSON.stringify(v);
    switch (condition.op) {
      case 'is':
        if (typeof condition.value === 'boolean') return condition.value ? 'is Yes' : 'is No';
        return `is ${option(condition.value)}`;
      case 'one-of':
        return `is one of ${condition.values.map(option).join(', ')}`;
      case 'greater':
      case 'less':
        return `${opWords(condition.op, kind)} ${condition.value}`;
      default:
        return opWords(condition.op, kind);
    }
  }

  /** The condition chosen in the form, or the sentence saying what is missing. */
  private chosen(): Condition | string {
    const kind = kindOf(this.def, this.when);
    switch (this.op) {
      case 'yes':
      case 'no':
        return { op: 'is', value: this.op === 'yes' };
      case 'is':
        return this.value ? { op: 'is', value: JSON.parse(this.value) } : 'Choose the value.';
      case 'one-of':
        return this.values.length
          ? { op: 'one-of', values: this.values.map((v) => JSON.parse(v)) }
          : 'Tick at least one value.';
      case 'greater':
      case 'less': {
        if (this.value.trim() === '') return kind === 'date' ? 'Enter the date.' : 'Enter the number.';
        if (kind === 'date') return { op: this.op, value: this.value };
        const n = Number(this.value);
        return Number.isFinite(n) ? { op: this.op, value: n } : 'Enter a number.';
      }
      case 'filled':
      case 'empty':
        return { op: this.op };
      default:
        return 'Choose the condition.';
    }
  }

  private add(e: Event) {
    e.preventDefault();
    if (!this.when || !this.target) {
      this.error = 'Choose the field to show and the field that decides.';
      return;
    }
    if (this.when === this.target) {
      this.error = 'A field cannot decide about itself.';
      return;
    }
    const condition = this.chosen();
    if (typeof condition === 'string') {
      this.error = condition;
      return;
    }
    this.error = '';
    const rule = { when: this.when, condition, target: this.target, require: this.effect === 'show-require' };
    change(this, {
      def: withRule(this.def, rule),
      status: `Rule added: ${this.label(this.target)} shows when ${this.label(this.when)} ${this.conditionWords(condition, this.when)}.`,
    });
    this.target = '';
  }

  private pickWhen(pointer: string) {
    this.when = pointer;
    this.op = pointer ? (OPS[kindOf(this.def, pointer)]?.[0] ?? '') : '';
    this.value = '';
    this.values = [];
  }

  private renderRules(): TemplateResult {
    const rules = this.def.rules ?? [];
    if (rules.length === 0) return html`<p>No rules: every field is always shown.</p>`;
    return html`<ul class="rules">
      ${rules.map((rule, i) => {
        const s = simpleRule(rule);
        const text = s
          ? `${s.require ? 'Show and require' : 'Show'} “${this.label(s.target)}” when “${this.label(s.when)}” ${this.conditionWords(s.condition, s.when)}.`
          : `A rule written in JSON (${JSON.stringify(rule).slice(0, 80)}…).`;
        return html`<li>${text} <button type="button" aria-label="Remove rule ${i + 1}" @click=${() => change(this, { def: withoutRule(this.def, i), status: 'Rule removed.' })}>Remove</button></li>`;
      })}
    </ul>`;
  }

  /** The value part of the condition: a list of options, ticks for "is one of", a number or a date. */
  private renderValue(): TemplateResult | typeof nothing {
    const kind = kindOf(this.def, this.when);
    if (this.op === 'is')
      return html`<label for="rule-value">value</label>
        <select id="rule-value" @change=${(e: Event) => (this.value = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.value === ''}>choose a value</option>
          ${this.optionsOf(this.when).map(([v, text]) => html`<option value=${v} ?selected=${this.value === v}>${text}</option>`)}
        </select>`;
    if (this.op === 'one-of')
      return html`<fieldset class="rule-values"><legend>values</legend>
        ${this.optionsOf(this.when).map(
          ([v, text]) => html`<label class="check"><input type="checkbox" .checked=${this.values.includes(v)}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              this.values = on ? [...this.values, v] : this.values.filter((x) => x !== v);
            }} /> ${text}</label>`,
        )}
      </fieldset>`;
    if (this.op === 'greater' || this.op === 'less')
      return html`<label for="rule-value">value</label>
        <input id="rule-value" type=${kind === 'date' ? 'date' : 'number'} step="any" .value=${this.value}
          @input=${(e: Event) => (this.value = (e.target as HTMLInputElement).value)} />`;
    return nothing;
  }

  protected override render(): TemplateResult {
    const fields = stepsOf(this.def).flatMap((s) => s.fields);
    const deciding = fields.filter((p) => OPS[kindOf(this.def, p)]);
    const kind = this.when ? kindOf(this.def, this.when) : undefined;
    const ops = kind ? (OPS[kind] ?? []) : [];
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
        <select id="rule-when" @change=${(e: Event) => this.pickWhen((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.when === ''}>choose a field</option>
          ${deciding.map((p) => html`<option value=${p} ?selected=${this.when === p}>${this.label(p)}</option>`)}
        </select>
        <label for="rule-op">condition</label>
        <select id="rule-op" ?disabled=${ops.length === 0} @change=${(e: Event) => {
          this.op = (e.target as HTMLSelectElement).value as Op;
          this.value = '';
        }}>
          ${ops.map((op) => html`<option value=${op} ?selected=${this.op === op}>${opWords(op, kind!)}</option>`)}
        </select>
        ${this.renderValue()}
        <button type="submit">Add rule</button>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        ${deciding.length === 0 ? html`<p class="help">Rules are decided by Yes/No, choice, number, date and text fields; add one first.</p>` : nothing}
      </form>
    </section>`;
  }
}
