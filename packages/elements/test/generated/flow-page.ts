/**
 * What the generated suites' adapters share: mounting a flow element with the recording ports, reading what
 * it shows (heading, busy, buttons) and acting as a user does (typing into the form, pressing buttons).
 */
import type { AnyActorLogic } from 'xstate';
import type { GateFlowElement } from '../../src/flow/flow-element.js';

/** A mounted flow element. */
export type FlowPage = GateFlowElement & HTMLElement;

/** Creates `<tag lang="en" persist="none">` with the ports and input, in the page, once its flow started. */
export async function mountFlow(
  tag: string,
  setup: { ports: Record<string, AnyActorLogic>; input: unknown },
  attributes: Record<string, string> = {},
): Promise<FlowPage> {
  const el = document.createElement(tag) as FlowPage;
  el.setAttribute('lang', 'en');
  el.persist = 'none';
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.ports = setup.ports;
  el.input = setup.input as never;
  document.body.append(el);
  await waitFor(() => el.step !== null, 'the flow started');
  await el.updateComplete;
  return el;
}

/** Polls `ok` every 10 ms for at most `ms`; throws naming `what` otherwise. */
export async function waitFor(ok: () => unknown, what: string, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The step heading's text. */
export const headingOf = (el: FlowPage) =>
  el.shadowRoot?.querySelector('[part="heading"], h2')?.textContent?.trim() ?? '';

/** Whether the step says it is busy (a port call runs): `aria-busy` of the step container. */
export const busyOf = (el: FlowPage) =>
  el.shadowRoot?.querySelector('[part="step"]')?.getAttribute('aria-busy') === 'true';

/** Throws unless the element shows `heading` and (when given) is busy or not. */
export function expectStep(el: FlowPage, heading: string, busy?: boolean): void {
  const shown = headingOf(el);
  if (shown !== heading) throw new Error(`heading is "${shown}", expected "${heading}"`);
  if (busy !== undefined && busyOf(el) !== busy)
    throw new Error(
      `the step is ${busyOf(el) ? 'busy' : 'not busy'}, expected ${busy ? 'busy' : 'not busy'}`,
    );
}

/** The step's own buttons (in shadow DOM), by their text. */
export const buttonsOf = (el: FlowPage) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].map(
    (b) => b.textContent?.trim() ?? '',
  );

/** Throws, naming the buttons shown, unless the step offers a button for each of `labels`. */
export function expectButtons(el: FlowPage, ...labels: string[]): void {
  const shown = buttonsOf(el);
  for (const label of labels)
    if (!shown.includes(label)) throw new Error(`no button "${label}" (buttons: ${shown.join(', ')})`);
}

/** Presses the step button labelled `label` once it is enabled. */
export async function press(el: FlowPage, label: string): Promise<void> {
  const find = () =>
    [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
      (b) => b.textContent?.trim() === label && !b.disabled,
    );
  await waitFor(find, `an enabled button "${label}" (buttons: ${buttonsOf(el).join(', ')})`);
  find()?.click();
}

/** `{ a: { b: 1 }, c: 2 }` → `[['/a/b', 1], ['/c', 2]]`: the form's JSON pointers. */
function pointers(data: Record<string, unknown>, prefix = ''): Array<[string, unknown]> {
  return Object.entries(data).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? pointers(value as Record<string, unknown>, `${prefix}/${key}`)
      : [[`${prefix}/${key}`, value] as [string, unknown]],
  );
}

/**
 * Types `data` into the current form as a user does (every field the form shows; fields it does not show,
 * such as a method the form carries itself, are left to it) and presses its submit button.
 */
export async function submitForm(el: FlowPage, data: Record<string, unknown>): Promise<void> {
  const form = () =>
    el.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('gate-form[slot="form"]');
  const button = () => form()?.querySelector<HTMLButtonElement>('button[type=submit]');
  await waitFor(() => button() && !button()?.disabled, 'an enabled submit button');
  for (const [pointer, value] of pointers(data)) {
    const control = form()?.querySelector<HTMLInputElement>(`[data-pointer="${pointer}"]`);
    if (!control) continue;
    if (typeof value === 'boolean') {
      if (control.checked !== value) control.click();
      continue;
    }
    control.focus();
    control.value = String(value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await form()?.updateComplete;
  button()?.click();
}
