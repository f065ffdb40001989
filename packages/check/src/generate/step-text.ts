import type { GeneratedStep, GeneratedSuite } from './suite.js';

/** `SUBMIT {"data":…}`, `authenticate ⇒ {"status":"ok"}`, `authenticate ⇒ error {…}`, `timer resendCooldown`. */
export function stepText(step: GeneratedStep): string {
  const { type, ...payload } = step.event;
  if (step.via === 'actor') {
    const failed = type.startsWith('xstate.error.actor.');
    return `${step.port} ⇒ ${failed ? 'error ' : ''}${JSON.stringify(failed ? payload.error : payload.output) ?? 'undefined'}`;
  }
  if (step.via === 'timer') return `timer ${type.replace(/^xstate\.after\./, '').split('.')[0]}`;
  return Object.keys(payload).length > 0 ? `${type} ${JSON.stringify(payload)}` : type;
}

/** Test names from the steps (ports by name), unique within the suite. */
export function named(paths: GeneratedStep[][]): GeneratedSuite['paths'] {
  const used = new Map<string, number>();
  return paths.map((steps) => {
    const base = steps.slice(1).map(stepText).join(' → ') || '(initial state)';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { name: n === 1 ? base : `${base} (#${n})`, steps };
  });
}
