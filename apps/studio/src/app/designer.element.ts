/**
 * `<studio-designer>`: the form's steps and fields. A palette adds fields to a step; a field moves by dragging it
 * or, with the keyboard, by its Move up / Move down buttons (Alt+↑ / Alt+↓ on the field do the same and keep focus);
 * it can be duplicated and removed; fields group into steps with titles in English and German. The selected field
 * opens in the field editor below, the conditional rules after it.
 */
import type { UiStep } from '@gatehouse/forms';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { type Definition, hintOf, nameOf, stepsOf, withSteps } from '../model/definition.js';
import { addField, duplicateField, moveField, nudgeField, placeOf, removeField } from '../model/fields.js';
import { fieldOfPointer } from '../model/lint-target.js';
import { palette } from '../model/palette.js';
import { setText, textOf } from '../model/texts.js';
import type { Problem } from './api.js';
import { change } from './events.js';

/** The designer. */
export class StudioDesigner extends LitElement {
  static override properties: PropertyDeclarations = {
    def: { attribute: false },
    selected: {},
    problems: { attribute: false },
    target: { state: true },
  };

  def!: Definition;
  /** Pointer of the selected field ('' for none). */
  selected = '';
  problems: Problem[] = [];
  /** The step (index) the palette adds to. */
  target = 0;

  private dragging = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The label a person sees for a field (English text, else its name). */
  private labelOf(pointer: string) {
    return textOf(this.def, hintOf(this.def, pointer).label, 'en') || nameOf(pointer);
  }

  private emit(def: Definition, status: string, select?: string, focus?: string) {
    change(this, { def, status, ...(select !== undefined ? { select } : {}) });
    if (focus)
      void this.updateComplete.then(() =>
        requestAnimationFrame(() => this.querySelector<HTMLElement>(focus)?.focus()),
      );
  }

  private add(id: string) {
    const entry = palette.find((e) => e.id === id)!;
    const steps = stepsOf(this.def);
    const step = Math.min(this.target, steps.length - 1);
    const { def, pointer } = addField(this.def, entry, step);
    this.emit(
      def,
      `Added a ${entry.label} field to ${this.stepName(steps[step]!, step)}; its editor is open below.`,
      pointer,
      '#field-name',
    );
  }

  private nudge(pointer: string, delta: -1 | 1) {
    const def = nudgeField(this.def, pointer, delta);
    if (def === this.def) return;
    const at = placeOf(def, pointer)!;
    const steps = stepsOf(def);
    this.emit(
      def,
      `${this.labelOf(pointer)} moved to place ${at.index + 1} of ${steps[at.step]!.fields.length} in ${this.stepName(steps[at.step]!, at.step)}.`,
      pointer,
      `[data-field="${pointer}"] .select-field`,
    );
  }

  private duplicate(pointer: string) {
    const { def, pointer: copyOf } = duplicateField(this.def, pointer);
    this.emit(
      def,
      `Duplicated ${this.labelOf(pointer)} as ${nameOf(copyOf)}.`,
      copyOf,
      `[data-field="${copyOf}"] .select-field`,
    );
  }

  private removeOne(pointer: string) {
    const label = this.labelOf(pointer);
    this.emit(removeField(this.def, pointer), `Removed ${label}.`, '', '.palette button');
  }

  private stepName(step: UiStep, index: number) {
    return textOf(this.def, step.title, 'en') || `step ${index + 1}`;
  }

  private addStep() {
    const steps = stepsOf(this.def).map((s) => ({ ...s }));
    let n = steps.length + 1;
    while (steps.some((s) => s.id === `step-${n}`)) n++;
    // A form without steps becomes step 1 of 2: its fields stay where they were.
    if (steps.length === 1 && steps[0]!.id === '') steps[0] = { ...steps[0]!, id: 'step-1' };
    const id = `step-${n}`;
    let def = withSteps(this.def, [...steps, { id, title: `${id}.title`, fields: [] }]);
    def = setText(def, `${id}.title`, `${id}.title`, 'en', `Step ${steps.length + 1}`).def;
    def = setText(def, `${id}.title`, `${id}.title`, 'de', `Schritt ${steps.length + 1}`).def;
    this.target = steps.length;
    this.emit(
      def,
      `Added step ${steps.length + 1}; new fields go there.`,
      undefined,
      `#step-title-en-${steps.length}`,
    );
  }

  private removeStep(index: number) {
    const steps = stepsOf(this.def);
    if (steps[index]!.fields.length > 0 || steps.length < 2) return;
    this.target = 0;
    this.emit(
      withSteps(
        this.def,
        steps.filter((_, i) => i !== index),
      ),
      `Removed ${this.stepName(steps[index]!, index)}.`,
    );
  }

  private setStepTitle(index: number, locale: 'en' | 'de', text: string) {
    const steps = stepsOf(this.def).map((s) => ({ ...s }));
    const step = steps[index]!;
    const { def, key } = setText(this.def, step.title, `${step.id || 'step'}.title`, locale, text);
    steps[index] = { ...step, title: key };
    this.emit(withSteps(def, steps), '');
  }

  private drop(e: DragEvent, step: number, index: number) {
    e.preventDefault();
    const pointer = this.dragging || e.dataTransfer?.getData('text/plain') || '';
    this.dragging = '';
    if (!pointer || !placeOf(this.def, pointer)) return;
    const from = placeOf(this.def, pointer)!;
    // Dropping below itself in the same step: the field is taken out first, so the place shifts by one.
    const to = from.step === step && from.index < index ? index - 1 : index;
    this.emit(moveField(this.def, pointer, { step, index: to }), `${this.labelOf(pointer)} moved.`, pointer);
  }

  private fieldKeys(e: KeyboardEvent, pointer: string) {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    this.nudge(pointer, e.key === 'ArrowUp' ? -1 : 1);
  }

  private renderField(
    pointer: string,
    step: number,
    index: number,
    count: number,
    last: boolean,
  ): TemplateResult {
    const label = this.labelOf(pointer);
    const widget =
      hintOf(this.def, pointer).widget ?? (this.def.schema.properties[nameOf(pointer)]?.type as string) ?? '';
    const problems = this.problems.filter((p) => fieldOfPointer(p.pointer) === pointer).length;
    const first = step === 0 && index === 0;
    return html`<li class="field ${pointer === this.selected ? 'selected' : ''}" data-field=${pointer} draggable="true"
      @dragstart=${(e: DragEvent) => {
        this.dragging = pointer;
        e.dataTransfer?.setData('text/plain', pointer);
      }}
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${(e: DragEvent) => this.drop(e, step, index)}>
      <button type="button" class="select-field" aria-pressed=${pointer === this.selected ? 'true' : 'false'}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        @click=${() => change(this, { def: this.def, select: pointer })}
        @keydown=${(e: KeyboardEvent) => this.fieldKeys(e, pointer)}>
        <span class="field-label">${label}</span>
        <span class="field-meta">${nameOf(pointer)} · ${widget}${problems ? ` · ${problems} lint` : ''}</span>
      </button>
      <span class="field-actions">
        <button type="button" aria-label="Move ${label} up" ?disabled=${first} @click=${() => this.nudge(pointer, -1)}>↑</button>
        <button type="button" aria-label="Move ${label} down" ?disabled=${last && index === count - 1} @click=${() => this.nudge(pointer, 1)}>↓</button>
        <button type="button" aria-label="Duplicate ${label}" @click=${() => this.duplicate(pointer)}>Duplicate</button>
        <button type="button" aria-label="Remove ${label}" @click=${() => this.removeOne(pointer)}>Remove</button>
      </span>
    </li>`;
  }

  private renderStep(step: UiStep, index: number, steps: UiStep[]): TemplateResult {
    const named = step.id !== '';
    return html`<section class="step" aria-labelledby="step-heading-${index}">
      <h3 id="step-heading-${index}">${named ? `Step ${index + 1}: ${this.stepName(step, index)}` : 'Fields'}</h3>
      ${
        named
          ? html`<div class="pair">
            <label for="step-title-en-${index}">Title (English)</label>
            <input id="step-title-en-${index}" .value=${textOf(this.def, step.title, 'en')}
              @change=${(e: Event) => this.setStepTitle(index, 'en', (e.target as HTMLInputElement).value)} />
            <label for="step-title-de-${index}">Title (German)</label>
            <input id="step-title-de-${index}" lang="de" .value=${textOf(this.def, step.title, 'de')}
              @change=${(e: Event) => this.setStepTitle(index, 'de', (e.target as HTMLInputElement).value)} />
          </div>`
          : nothing
      }
      <ol class="fields" @dragover=${(e: DragEvent) => e.preventDefault()}
        @drop=${(e: DragEvent) => e.target === e.currentTarget && this.drop(e, index, step.fields.length)}>
        ${step.fields.map((p, i) => this.renderField(p, index, i, step.fields.length, index === steps.length - 1))}
        ${step.fields.length === 0 ? html`<li class="empty-step">No fields yet: add one from the palette, or drag one here.</li>` : nothing}
      </ol>
      ${
        named && steps.length > 1 && step.fields.length === 0
          ? html`<button type="button" @click=${() => this.removeStep(index)}>Remove this step</button>`
          : nothing
      }
    </section>`;
  }

  protected override render(): TemplateResult {
    const steps = stepsOf(this.def);
    const target = Math.min(this.target, steps.length - 1);
    return html`<div class="designer">
      <section class="palette" aria-labelledby="palette-title">
        <h2 id="palette-title">Add a field</h2>
        ${
          steps.length > 1
            ? html`<label for="palette-step">to</label>
              <select id="palette-step" @change=${(e: Event) => (this.target = Number((e.target as HTMLSelectElement).value))}>
                ${steps.map((s, i) => html`<option value=${i} ?selected=${i === target}>${`Step ${i + 1}: ${this.stepName(s, i)}`}</option>`)}
              </select>`
            : nothing
        }
        <ul>
          ${palette.map((e) => html`<li><button type="button" @click=${() => this.add(e.id)}>${e.label}</button></li>`)}
        </ul>
      </section>
      <section class="steps" aria-labelledby="steps-title">
        <h2 id="steps-title">Steps and fields</h2>
        ${steps.map((s, i) => this.renderStep(s, i, steps))}
        <button type="button" @click=${this.addStep}>Add a step</button>
      </section>
      ${
        this.selected && placeOf(this.def, this.selected)
          ? html`<studio-field-editor .def=${this.def} .pointer=${this.selected}></studio-field-editor>`
          : nothing
      }
      <studio-rules .def=${this.def}></studio-rules>
    </div>`;
  }
}
