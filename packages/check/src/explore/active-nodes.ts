import type { AnyStateMachine, AnyStateNode } from 'xstate';

/**
 * The active state nodes of a state value (the root, then every node the value names), from the
 * machine's public node tree. Used where a snapshot's own configuration is not at hand (coverage of
 * tags and guards after exploration).
 */
export function activeNodes(machine: AnyStateMachine, value: unknown): AnyStateNode[] {
  const out: AnyStateNode[] = [machine.root];
  const walk = (node: AnyStateNode, v: unknown): void => {
    if (typeof v === 'string') {
      const child = node.states?.[v] as AnyStateNode | undefined;
      if (child) out.push(child);
      return;
    }
    if (!v || typeof v !== 'object') return;
    for (const [key, inner] of Object.entries(v as Record<string, unknown>)) {
      const child = node.states?.[key] as AnyStateNode | undefined;
      if (!child) continue;
      out.push(child);
      walk(child, inner);
    }
  };
  walk(machine.root, value);
  return out;
}

/** Requirement tags of a state node: its XState `tags` and the strings in `meta.tags`. */
export function nodeTags(node: AnyStateNode): string[] {
  const meta = (node.meta as { tags?: unknown } | undefined)?.tags;
  const fromMeta = Array.isArray(meta) ? meta.filter((t): t is string => typeof t === 'string') : [];
  return [...(node.tags as Iterable<string>), ...fromMeta];
}
