import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';

/** Every state node of `machine` in document order, the root first. */
export function allStateNodes(machine: AnyStateMachine): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  const walk = (node: AnyStateNode): void => {
    out.push(node);
    for (const child of Object.values(node.states ?? {}) as AnyStateNode[]) walk(child);
  };
  walk(machine.root);
  return out;
}

/** A transition definition with the stable label coverage reports use for it. */
export interface LabelledTransition {
  label: string;
  source: string;
  targets: string[];
  eventType: string;
  definition: AnyTransitionDefinition;
}

/**
 * Every transition the machine declares (`on`, `always`, `after`, invoke `onDone`/`onError`, `onDone`),
 * labelled `source --EVENT--> target` (eventless ones as `always`). Labels are unique: a second
 * transition with the same source, event and target gets ` #2`.
 */
export function declaredTransitions(machine: AnyStateMachine): LabelledTransition[] {
  const out: LabelledTransition[] = [];
  const seen = new Map<string, number>();
  const add = (node: AnyStateNode, definition: AnyTransitionDefinition, eventType: string): void => {
    const targets = (definition.target ?? []).map((t: AnyStateNode) => t.id);
    const base = `${node.id} --${eventType || 'always'}--> ${targets.length > 0 ? targets.join(',') : '(self)'}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push({ label: n === 1 ? base : `${base} #${n}`, source: node.id, targets, eventType, definition });
  };
  for (const node of allStateNodes(machine)) {
    for (const [eventType, definitions] of node.transitions as Map<string, AnyTransitionDefinition[]>) {
      for (const definition of definitions) add(node, definition, eventType);
    }
    for (const definition of (node.always ?? []) as AnyTransitionDefinition[]) add(node, definition, '');
  }
  return out;
}
