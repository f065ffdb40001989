/**
 * Lists of typed items in `<gate-form>` (an array field without options: one text box per item, Add and Remove
 * within `minItems`/`maxItems`). Drawn here, outside the element, by wrapping its field renderer like the file
 * picker does: only pages whose forms have such a list import this module (`form/define`, `<gate-rma-request>`), so
 * the other flow elements' first load carries none of it. Importing it has that one side effect.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { uiText } from '../common/messages.js';
import { getAt } from '../common/pointer.js';
import type { RenderField } from './form-model.js';
import { GateForm, type RenderContext } from './gate-form.element.js';

/** The parts of `<gate-form>` a list draws with (internal to the element; this module is part of it). */
interface ListHost extends HTMLElement {
  readonly value: Record<string, unknown>;
  readonly disabled: boolean;
  readonly updateComplete: Promise<boolean>;
  focusField(pointer: string): void;
  readonly touched: Set<string>;
  readonly shown: Map<string, unknown>;
  renderInput(field: RenderField, ctx: RenderContext, pointer: string, label: string): TemplateResult;
  renderLabelText(field: RenderField, ctx: RenderContext): TemplateResult;
  renderMessages(field: RenderField, pointer: string, ctx: RenderContext): TemplateResult;
  describedBy(field: RenderField, pointer: string): string | typeof nothing;
  change(pointer: string, next: unknown, validateNow: boolean): void;
}

/** `renderField` of `<gate-form>` (protected; reached here to wrap it). */
type DrawField = (this: GateForm, field: RenderField, ctx: RenderContext) => TemplateResult;

const element = GateForm.prototype as unknown as { renderField: DrawField };
const drawOwn = element.renderField;
element.renderField = function drawField(field, ctx) {
  // A list whose items are choices (enum items, or options a host supplies) stays the element's checkbox group.
  if (field.widget !== 'list' || (field.options?.length ?? 0) > 0) return drawOwn.call(this, field, ctx);
  return renderList(this as unknown as ListHost, field, ctx);
};

/** One text box per item with its Remove button, then Add; the message line of the whole list below. */
function renderList(host: ListHost, field: RenderField, ctx: RenderContext): TemplateResult {
  const items = getAt(host.value, field.pointer);
  const list = Array.isArray(items) ? items : [];
  const c = field.constraints ?? {};
  const max = typeof c.maxItems === 'number' ? c.maxItems : Number.POSITIVE_INFINITY;
  const min = typeof c.minItems === 'number' ? c.minItems : 0;
  const itemField: RenderField = { ...field, widget: 'text', help: undefined, required: true };
  const update = (next: unknown[]) => host.change(field.pointer, next, host.touched.has(field.pointer));
  return html`<fieldset
    class="gate-field"
    part="group"
    aria-invalid=${String(host.shown.has(field.pointer))}
    aria-describedby=${host.describedBy(field, field.pointer)}
  >
    <legend>${host.renderLabelText(field, ctx)}</legend>
    ${list.map(
      (_, i) => html`<div class="gate-list-item">
        ${host.renderInput(itemField, ctx, `${field.pointer}/${i}`, uiText(ctx.locale, 'item', { index: i + 1 }))}
        <button
          type="button"
          class="gate-button"
          ?disabled=${host.disabled || list.length <= min}
          aria-label=${uiText(ctx.locale, 'removeItem', { index: i + 1 })}
          @click=${() => update(list.filter((_x, j) => j !== i))}
        >${uiText(ctx.locale, 'remove')}</button>
      </div>`,
    )}
    <button
      type="button"
      class="gate-button"
      data-pointer=${list.length === 0 ? field.pointer : nothing}
      ?disabled=${host.disabled || list.length >= max}
      @click=${async () => {
        update([...list, '']);
        await host.updateComplete;
        host.focusField(`${field.pointer}/${list.length}`);
      }}
    >${uiText(ctx.locale, 'add')}</button>
    ${host.renderMessages(field, field.pointer, ctx)}
  </fieldset>`;
}
