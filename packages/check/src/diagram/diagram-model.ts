import type { AnyStateMachine, AnyTransitionDefinition, StateValue } from 'xstate';
import { getStateNodes } from 'xstate';
import type { CheckResult } from '../check/types.js';
import { declaredTransitions } from '../explore/machine-structure.js';

/** One drawn edge: from a state node to a state node, labelled with the event (and guard). */
export interface DiagramEdge {
  from: string;
  to: string;
  label: string;
  /** The coverage label of the transition, to match `result.coverage.transitions`. */
  id: string;
}

/** How a state node is highlighted. */
export type Highlight = 'trace' | 'violation' | 'covered' | 'unreachable' | undefined;

/** Options of the diagram renderers. */
export interface DiagramOptions {
  /** Which violation of `result` to draw (default the first). Without violations, coverage is drawn. */
  violation?: number;
  /** Layout direction (default `LR`). */
  direction?: 'LR' | 'TB';
}

/** A readable name of a guard: its `type` or function name, else `guard`. */
export function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string')
    return guard.type;
  if (typeof guard === 'function' && guard.name && guard.name !== 'guard') return guard.name;
  return guard === undefined ? undefined : 'guard';
}

/** A short, human label for an event type: `after 30s`, `done: save`, `error: save`, `always`. */
export function eventLabel(eventType: string, definition?: AnyTransitionDefinition): string {
  if (eventType === '') return 'always';
  const delay = (definition as { delay?: unknown } | undefined)?.delay;
  if (eventType.startsWith('xstate.after.')) {
    if (typeof delay === 'number')
      return delay % 1000 === 0 && delay >= 1000 ? `after ${delay / 1000}s` : `after ${delay}ms`;
    return `after ${eventType.split('.')[2]}`;
  }
  if (eventType.startsWith('xstate.done.actor.')) return `done: ${eventType.slice(18)}`;
  if (eventType.startsWith('xstate.error.actor.')) return `error: ${eventType.slice(19)}`;
  if (eventType.startsWith('xstate.done.state.')) return 'done';
  return eventType;
}

/** Every declared transition as a drawable edge (targetless ones loop on their source). */
export function diagramEdges(machine: AnyStateMachine): DiagramEdge[] {
  const edges: DiagramEdge[] = [];
  for (const t of declaredTransitions(machine)) {
    const guard = guardName(t.definition.guard);
    const label = eventLabel(t.eventType, t.definition) + (guard ? ` [${guard}]` : '');
    const targets = t.targets.length > 0 ? t.targets : [t.source];
    for (const to of targets) edges.push({ from: t.source, to, label, id: t.label });
  }
  return edges;
}

/** The state node ids of every state value on a trace (all active nodes, ancestors included). */
function nodesOfValue(machine: AnyStateMachine, value: unknown, out: Set<string>): void {
  try {
    for (const node of getStateNodes(machine.root, value as StateValue)) out.add(node.id);
  } catch {
    // A value from another machine version: nothing to highlight.
  }
}

/**
 * Which state nodes to highlight and which edges to mark: the chosen counterexample's states (its last
 * state as `violation`), or, without violations, covered and unreachable nodes.
 */
export function highlights(
  machine: AnyStateMachine,
  result: CheckResult | undefined,
  options: DiagramOptions = {},
) {
  const nodes = new Map<string, Highlight>();
  const edges = new Set<string>();
  if (!result) return { nodes, edges, caption: undefined as string | undefined };
  const violation = result.violations[options.violation ?? 0];
  if (violation) {
    const onTrace = new Set<string>();
    for (const step of violation.trace) nodesOfValue(machine, step.state, onTrace);
    const last = new Set<string>();
    nodesOfValue(machine, violation.trace.at(-1)?.state, last);
    for (const id of onTrace) nodes.set(id, 'trace');
    for (const id of last) nodes.set(id, 'violation');
    return {
      nodes,
      edges,
      caption: `${violation.kind} ${violation.property}: ${violation.trace.map((s) => s.event.type).join(' → ')}`,
    };
  }
  for (const id of result.coverage.stateNodes.covered) nodes.set(id, 'covered');
  for (const id of result.unreachable) nodes.set(id, 'unreachable');
  for (const id of result.coverage.transitions.covered) edges.add(id);
  return { nodes, edges, caption: undefined as string | undefined };
}
