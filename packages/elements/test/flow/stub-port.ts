/**
 * Stub ports for the flow element tests: each records its inputs and answers from a script. An answer may be held
 * (`hold()`) so a test can look at the busy step before releasing it.
 */
import { fromPromise } from 'xstate';

type Answer = { output: unknown } | { error: unknown };

/** A port that records calls and answers with the queued answers (the last one repeats). */
export function stubPort(...answers: Answer[]) {
  const queue = [...answers];
  let last: Answer | undefined;
  let gate: Promise<void> | undefined;
  let release: (() => void) | undefined;
  const calls: unknown[] = [];
  return {
    calls,
    answer(...next: Answer[]) {
      queue.splice(0, queue.length, ...next);
      last = undefined;
    },
    /** The next calls wait until `release()`. */
    hold() {
      gate = new Promise((resolve) => {
        release = () => {
          gate = undefined;
          resolve();
        };
      });
    },
    release: () => release?.(),
    logic: fromPromise(async ({ input }: { input: unknown }) => {
      calls.push(input);
      if (gate) await gate;
      const next = queue.shift() ?? last;
      if (!next) throw new Error('stub port: no answer scripted');
      last = next;
      if ('error' in next) throw next.error;
      return next.output;
    }),
  };
}

/** A `GatehouseError`-shaped error (what the fetch adapter rejects with). */
export function portError(code: string, params: Record<string, unknown> = {}) {
  return Object.assign(new Error(code), { name: 'GatehouseError', code, params });
}

/** Waits until `check()` is truthy (polling every 10 ms, at most `ms`). */
export async function until(check: () => unknown, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms: ${check.toString()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Collects `gate-*` events of an element. */
export function record(el: EventTarget, ...types: string[]) {
  const seen: { type: string; detail: Record<string, unknown> }[] = [];
  for (const type of types) {
    el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  }
  return seen;
}

/** Types into a light-DOM control of a flow element's current form. */
export async function fill(host: Element, values: Record<string, string | boolean>) {
  for (const [pointer, value] of Object.entries(values)) {
    const control = host.querySelector<HTMLInputElement>(
      `gate-form[slot="form"] [data-pointer="${pointer}"]`,
    );
    if (!control) throw new Error(`no control ${pointer}`);
    if (typeof value === 'boolean') {
      if (control.checked !== value) control.click();
    } else {
      control.focus();
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
  await (host.querySelector('gate-form[slot="form"]') as unknown as { updateComplete: Promise<unknown> })
    .updateComplete;
}

/** The heading text of a flow element's current step. */
export const heading = (el: Element) => el.shadowRoot!.querySelector('#heading')!.textContent!.trim();

/** The active element, through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
