import type { CheckResult, TraceStep, Violation } from '../check/types.js';
import { stableKey } from '../explore/stable-key.js';
import { contextDiff, displayText } from './display.js';

/** An event as a trace shows it: the type, then the payload (errors with their message), then how it came. */
export function eventText(event: TraceStep['event'], via?: TraceStep['via']): string {
  const { type, ...payload } = event as { type: string } & Record<string, unknown>;
  const how = via === 'timer' ? ' (timer fires)' : via === 'actor' ? ' (actor settles)' : '';
  const rest = Object.values(payload).some((v) => v !== undefined) ? ` ${displayText(payload)}` : '';
  return `${type}${rest}${how}`;
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

/** The first line of a violation; the message already names the property when it starts with its kind. */
function headline(violation: Violation): string {
  const named = `${violation.kind} "${violation.property}"`;
  const prefix = violation.kind === 'step' ? `step property "${violation.property}"` : named;
  return violation.message.startsWith(prefix) || violation.message.startsWith(named)
    ? violation.message
    : `${named}: ${violation.message}`;
}

/** One numbered trace line; `previous` is the step before, whose context this line prints the change of. */
export function stepLine(step: TraceStep, i: number, previous: TraceStep | undefined): string {
  const status = step.status ? ` [${step.status}]` : '';
  let context = '';
  if (step.context !== undefined) {
    if (previous === undefined) context = `  ${displayText(step.context)}`;
    else {
      const diff = contextDiff(previous.context, step.context);
      context = diff === '' ? '' : `  Δ ${diff}`;
    }
  }
  return `  ${String(i).padStart(2)}. ${eventText(step.event, step.via)} → ${valueText(step.state)}${status}${context}`;
}

/**
 * A counterexample as numbered lines: `  2. SUBMIT → checking  Δ {"attempts":1}`. Step 0 prints the whole
 * context, later steps only what changed (`Δ`), so a 40-step trace stays readable. The last line is where
 * the property breaks; a lasso (liveness) marks where its cycle starts.
 */
export function formatViolation(violation: Violation, number?: number): string {
  const head = `${number !== undefined ? `#${number} ` : ''}${headline(violation)}`;
  const lines = violation.trace.map((step, i) => {
    const line = stepLine(step, i, violation.trace[i - 1]);
    return violation.cycleStart !== undefined && i === violation.cycleStart
      ? `${line}   ⟲ loop starts here`
      : line;
  });
  if (violation.cycleStart !== undefined)
    lines.push(
      `      ⟲ steps ${violation.cycleStart + 1}–${violation.trace.length - 1} lead back to step ${violation.cycleStart} and repeat forever`,
    );
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
  const liveness = Object.entries(result.liveness ?? {});
  if (liveness.length > 0)
    lines.push(`  liveness: ${liveness.map(([name, verdict]) => `${name} ${verdict}`).join(' · ')}`);
  if (result.unreachable.length > 0) lines.push(`  unreachable: ${result.unreachable.join(', ')}`);
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  result.violations.forEach((v, i) => {
    lines.push(formatViolation(v, i + 1));
  });
  return lines.join('\n');
}
