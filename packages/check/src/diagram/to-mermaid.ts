import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { assertMachine } from '../assert-machine.js';
import type { CheckResult } from '../check/types.js';
import { type DiagramOptions, diagramEdges, highlights } from './diagram-model.js';

const mermaidId = (id: string) => `s_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
// Mermaid treats `:`, `;`, `#` and quotes specially inside labels.
const mermaidText = (text: string) => text.replace(/[:;#"{}]/g, ' ').trim();

/**
 * A Mermaid `stateDiagram-v2` of `machine` (nested and parallel states, finals, every declared transition
 * with its event and guard). With a `result`, the first counterexample's states are highlighted (its last
 * state in red); a passing result highlights coverage and greys out unreachable states. Deterministic text,
 * so it can be committed and diffed.
 */
export function toMermaid(
  machine: AnyStateMachine,
  result?: CheckResult,
  options: DiagramOptions = {},
): string {
  assertMachine(machine, 'toMermaid');
  const lines = ['stateDiagram-v2'];
  if (options.direction) lines.push(`  direction ${options.direction}`);
  const { nodes, caption } = highlights(machine, result, options);
  const finals: string[] = [];
  const emit = (node: AnyStateNode, indent: string): void => {
    const children = Object.values(node.states ?? {}) as AnyStateNode[];
    if (node.parent && children.length > 0)
      lines.push(`${indent}state "${mermaidText(node.key)}" as ${mermaidId(node.id)} {`);
    else if (node.parent) lines.push(`${indent}state "${mermaidText(node.key)}" as ${mermaidId(node.id)}`);
    const inner = node.parent ? `${indent}  ` : indent;
    if (children.length > 0 && node.type !== 'parallel') {
      const initial = (node.initial?.target?.[0] as AnyStateNode | undefined) ?? children[0];
      if (initial) lines.push(`${inner}[*] --> ${mermaidId(initial.id)}`);
    }
    children.forEach((child, i) => {
      if (node.type === 'parallel' && i > 0) lines.push(`${inner}--`);
      emit(child, inner);
    });
    if (node.type === 'final') finals.push(node.id);
    if (node.parent && children.length > 0) lines.push(`${indent}}`);
  };
  emit(machine.root, '  ');
  for (const id of finals) lines.push(`  ${mermaidId(id)} --> [*]`);
  for (const edge of diagramEdges(machine)) {
    // Transitions declared on the root have no drawn source; they are listed as a note instead.
    if (edge.from === machine.root.id) {
      lines.push(`  %% from any state: ${mermaidText(edge.label)} --> ${edge.to}`);
      continue;
    }
    lines.push(`  ${mermaidId(edge.from)} --> ${mermaidId(edge.to)} : ${mermaidText(edge.label)}`);
  }
  if (nodes.size > 0) {
    lines.push('  classDef trace fill:#fff3bf,stroke:#e67700,stroke-width:2px');
    lines.push('  classDef violation fill:#ffc9c9,stroke:#c92a2a,stroke-width:3px');
    lines.push('  classDef covered fill:#d3f9d8,stroke:#2b8a3e');
    lines.push('  classDef unreachable fill:#f1f3f5,stroke:#868e96,stroke-dasharray:4 4,color:#868e96');
    const byClass = new Map<string, string[]>();
    for (const [id, cls] of nodes) {
      // The root is not drawn as a state; classes on it would be rejected by Mermaid.
      if (!cls || id === machine.root.id) continue;
      byClass.set(cls, [...(byClass.get(cls) ?? []), mermaidId(id)]);
    }
    for (const [cls, ids] of byClass) lines.push(`  class ${ids.join(',')} ${cls}`);
  }
  if (caption) lines.push(`  %% counterexample: ${caption}`);
  return `${lines.join('\n')}\n`;
}
