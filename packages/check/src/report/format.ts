import type { CheckResult, TraceStep, Violation } from '../check/types.js';
import { stableKey } from '../explore/stable-key.js';

function eventText(step: TraceStep): string {
  const { type, ...payload } = step.event as { type: string } & Record<string, unknown>;
  const via = step.via === 'timer' ? ' (timer fires)' : step.via === 'actor' ? ' (actor settles)' : '';
  const rest = Object.values(payload).some((v) => v !== undefined) ? ` ${stableKey(payload)}` : '';
  return `${type}${rest}${via}`;
}

/** A state value as people write it: `checking`, `closed.locked`, `{"a":"x","b":"y"}` for parallel ones. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1) {
      const [key, inner] = entries[0] as [string, unknown];
      return `${key}.${valueText(inner)}`;
    }
  }
  return stableKey(value);
}

/**
 * A counterexample as numbered lines: `  2. SUBMIT → checking  {context}`. The last line is where the
 * property breaks.
 */
export function formatViolation(violation: Violation, number?: number): string {
  const head = `${number !== undefined ? `#${number} ` : ''}${violation.kind} "${violation.property}": ${violation.message}`;
  const lines = violation.trace.map((step, i) => {
    const status = step.status ? ` [${step.status}]` : '';
    const context = step.context !== undefined ? `  ${stableKey(step.context)}` : '';
    return `  ${String(i).padStart(2)}. ${eventText(step)} → ${valueText(step.state)}${status}${context}`;
  });
  return [head, ...lines].join('\n');
}

/** A one-screen summary of a result: verdict, counts, coverage, then every violation as a numbered trace. */
export function formatResult(result: CheckResult, name = 'model'): string {
  const verdict = result.ok ? 'PASS' : result.complete ? 'FAIL' : 'INCOMPLETE';
  const pct = (r: number) => `${(r * 100).toFixed(0)}%`;
  const lines = [
    `${verdict}  ${name}`,
    `  states ${result.stats.states} · transitions ${result.stats.transitions} · depth ${result.stats.maxDepth} · ${result.stats.ms} ms · complete ${result.complete}`,
    `  coverage: state nodes ${pct(result.coverage.stateNodes.ratio)} · transitions ${pct(result.coverage.transitions.ratio)}`,
  ];
  if (result.unreachable.length > 0) lines.push(`  unreachable: ${result.unreachable.join(', ')}`);
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  result.violations.forEach((v, i) => {
    lines.push(formatViolation(v, i + 1));
  });
  return lines.join('\n');
}
