/**
 * `<studio-designer>`: the form's steps and fields. A palette adds fields to a step or into a group; a field moves
 * by dragging it or, with the keyboard, by its Move up / Move down buttons (Alt+↑ / Alt+↓ on the field do the same
 * and keep focus); it can be duplicated and removed; fields group into steps with titles in English and German. A
 * group's fields are listed inside it and edited the same way (they move within their group). The selected field
 * opens in the field editor below, the conditional rules after it.
 */
import type { UiStep } from '@gatehouse/forms';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  childrenOf,
  type Definition,
  fieldExists,
  hintOf,
  isGroup,
  nameOf,
  parentOf,
  schemaOf,
  stepsOf,
  withSteps,
} from '../model/definition.js';
import {
  addField,
  addFieldToGroup,
  duplicateField,
  moveField,
  moveInGroup,
  nudgeField,
  placeOf,
  removeField,
} from '../model/fields.js';
import { fieldOfPointer } from '../model/lint-target.js';
import { palette } from '../model/palette.js';
import { setText, textOf } from '../model/texts.js';
import { widgetOf } from '../model/widgets.js';
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
  /** Where the palette adds: `step:<index>` or `group:<pointer>`. */
  target = 'step:0';

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

  /** The group the palette adds to, or `undefined` when it adds to a step. */
  private targetGroup(): string | undefined {
    const group = this.target.startsWith('group:') ? this.target.slice(6) : undefined;
    return group !== undefined && isGroup(this.def, group) ? group : undefined;
  }

  /** The step the palette adds to (when it does not add to a group). */
  private targetStep(): number {
    const n = this.target.startsWith('step:') ? Number(this.target.slice(5)) : 0;
    return Math.min(Number.isInteger(n) ? n : 0, stepsOf(this.def).length - 1);
  }

  private add(id: string) {
    const entry = palette.find((e) => e.id === id)!;
    const group = this.targetGroup();
    if (group !== undefined) {
      const { def, pointer } = addFieldToGroup(this.def, entry, group);
      this.emit(
        def,
        `Added a ${entry.label} field to the group ${this.labelOf(group)}; its editor is open below.`,
        pointer,
        '#field-name',
      );
      return;
    }
    const steps = stepsOf(this.def);
    const step = this.targetStep();
    const { def, pointer } = addField(this.def, entry, step);
    this.emit(
      def,
      `Added a ${entry.label} field to ${this.stepName(steps[step]!, step)}; its editor is open below.`,
      pointer,
      '#field-name',
    );
  }

  /** Where a field is now, in words ("place 2 of 3 in Purchase"). */
  private whereIs(def: Definition, pointer: string): string {
    const group = parentOf(pointer);
    if (group !== '') {
      const order = childrenOf(def, group);
      return `place ${order.indexOf(pointer) + 1} of ${order.length} in the group ${this.labelOf(group)}`;
    }
    const at = placeOf(def, pointer)!;
    const steps = stepsOf(def);
    return `place ${at.index + 1} of ${steps[at.step]!.fields.length} in ${this.stepName(steps[at.step]!, at.step)}`;
  }

  private nudge(pointer: string, delta: -1 | 1) {
    const def = nudgeField(this.def, pointer, delta);
    if (def === this.def) return;
    this.emit(
      def,
      `${this.labelOf(pointer)} moved to ${this.whereIs(def, pointer)}.`,
      pointer,
      `[data-field="${pointer}"] > .select-field`,
    );
  }

  private duplicate(pointer: string) {
    const { def, pointer: copyOf } = duplicateField(this.def, pointer);
    this.emit(
      def,
      `Duplicated ${this.labelOf(pointer)} as ${nameOf(copyOf)}.`,
      copyOf,
      `[data-field="${copyOf}"] > .select-field`,
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
    this.target = `step:${steps.length}`;
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
    this.target = 'step:0';
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
    e.stopPropagation();
    const pointer = this.dragging || e.dataTransfer?.getData('text/plain') || '';
    this.dragging = '';
    if (!pointer || !placeOf(this.def, pointer)) return;
    const from = placeOf(this.def, pointer)!;
    // Dropping below itself in the same step: the field is taken out first, so the place shifts by one.
    const to = from.step === step && from.index < index ? index - 1 : index;
    this.emit(moveField(this.def, pointer, { step, index: to }), `${this.labelOf(pointer)} moved.`, pointer);
  }

  /** A drop on a field inside a group: fields of that group reorder; others stay where they are. */
  private dropInGroup(e: DragEvent, target: string) {
    e.preventDefault();
    e.stopPropagation();
    const pointer = this.dragging || e.dataTransfer?.getData('text/plain') || '';
    this.dragging = '';
    const group = parentOf(target);
    if (!pointer || pointer === target || parentOf(pointer) !== group) return;
    const order = childrenOf(this.def, group);
    const from = order.indexOf(pointer);
    const index = order.indexOf(target);
    const to = from < index ? index - 1 : index;
    this.emit(moveInGroup(this.def, pointer, to), `${this.labelOf(pointer)} moved.`, pointer);
  }

  private fieldKeys(e: KeyboardEvent, pointer: string) {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    this.nudge(pointer, e.key === 'ArrowUp' ? -1 : 1);
  }

  /** A field's row: select it, move it, duplicate or remove it; a group lists its own fields inside. */
  private renderField(
    pointer: string,
    first: boolean,
    last: boolean,
    onDrop: (e: DragEvent) => void,
  ): TemplateResult {
    const label = this.labelOf(pointer);
    const widget = widgetOf(this.def, pointer);
    const problems = this.problems.filter((p) => fieldOfPointer(p.pointer) === pointer).length;
    const group = isGroup(this.def, pointer);
    return html`<li class="field ${pointer === this.selected ? 'selected' : ''}" data-field=${pointer} draggable="true"
      @dragstart=${(e: DragEvent) => {
        e.stopPropagation();
        this.dragging = pointer;
        e.dataTransfer?.setData('text/plain', pointer);
      }}
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${onDrop}>
      <button type="button" class="select-field" aria-pressed=${pointer === this.selected ? 'true' : 'false'}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        @click=${() => change(this, { def: this.def, select: pointer })}
        @keydown=${(e: KeyboardEvent) => this.fieldKeys(e, pointer)}>
        <span class="field-label">${label}</span>
        <span class="field-meta">${nameOf(pointer)} · ${widget}${problems ? ` · ${problems} lint` : ''}</span>
      </button>
      <span class="field-actions">
        <button type="button" aria-label="Move ${label} up" ?disabled=${first} @click=${() => this.nudge(pointer, -1)}>↑</button>
        <button type="button" aria-label="Move ${label} down" ?disabled=${last} @click=${() => this.nudge(pointer, 1)}>↓</button>
        <button type="button" aria-label="Duplicate ${label}" @click=${() => this.duplicate(pointer)}>Duplicate</button>
        <button type="button" aria-label="Remove ${label}" @click=${() => this.removeOne(pointer)}>Remove</button>
      </span>
      ${group ? this.renderGroup(pointer, label) : nothing}
    </li>`;
  }

  /** The fields of a group, inside its row. */
  private renderGroup(group: string, label: string): TemplateResult {
    const children = childrenOf(this.def, group);
    return html`<ol class="fields group-fields" aria-label="Fields of ${label}">
      ${children.map((p, i) =>
        this.renderField(p, i === 0, i === children.length - 1, (e) => this.dropInGroup(e, p)),
      )}
      ${children.length === 0 ? html`<li class="empty-step">No fields in this group yet: choose it under “to” in the palette.</li>` : nothing}
    </ol>`;
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
        ${step.fields.map((p, i) =>
          this.renderField(
            p,
            index === 0 && i === 0,
            index === steps.length - 1 && i === step.fields.length - 1,
            (e) => this.drop(e, index, i),
          ),
        )}
        ${step.fields.length === 0 ? html`<li class="empty-step">No fields yet: add one from the palette, or drag one here.</li>` : nothing}
      </ol>
      ${
        named && steps.length > 1 && step.fields.length === 0
          ? html`<button type="button" @click=${() => this.removeStep(index)}>Remove this step</button>`
          : nothing
      }
    </section>`;
  }

  /** The groups at or inside a field (a group inside a group is a place to add to as well). */
  private groupsIn(pointer: string): string[] {
    if (!isGroup(this.def, pointer)) return [];
    return [pointer, ...childrenOf(this.def, pointer).flatMap((p) => this.groupsIn(p))];
  }

  protected override render(): TemplateResult {
    const steps = stepsOf(this.def);
    const groups = steps.flatMap((s) => s.fields).flatMap((p) => this.groupsIn(p));
    const target = this.targetGroup() !== undefined ? this.target : `step:${this.targetStep()}`;
    return html`<div class="designer">
      <section class="palette" aria-labelledby="palette-title">
        <h2 id="palette-title">Add a field</h2>
        ${
          steps.length > 1 || groups.length > 0
            ? html`<label for="palette-step">to</label>
              <select id="palette-step" @change=${(e: Event) => (this.target = (e.target as HTMLSelectElement).value)}>
                ${steps.map((s, i) => html`<option value=${`step:${i}`} ?selected=${target === `step:${i}`}>${`Step ${i + 1}: ${this.stepName(s, i)}`}</option>`)}
                ${groups.map((g) => html`<option value=${`group:${g}`} ?selected=${target === `group:${g}`}>${`Group: ${this.labelOf(g)} (${g})`}</option>`)}
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
        this.selected && fieldExists(this.def, this.selected)
          ? html`<studio-field-editor .def=${this.def} .pointer=${this.selected}></studio-field-editor>`
          : nothing
      }
      <studio-rules .def=${this.def}></studio-rules>
    </div>`;
  }
}
