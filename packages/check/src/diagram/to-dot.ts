import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { assertMachine } from '../assert-machine.js';
import type { CheckResult } from '../check/types.js';
import { type DiagramOptions, diagramEdges, type Highlight, highlights } from './diagram-model.js';

const dotString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const STYLE: Record<Exclude<Highlight, undefined>, string> = {
  trace: 'style="filled,rounded", fillcolor="#fff3bf", color="#e67700", penwidth=2',
  violation: 'style="filled,rounded", fillcolor="#ffc9c9", color="#c92a2a", penwidth=3',
  covered: 'style="filled,rounded", fillcolor="#d3f9d8", color="#2b8a3e"',
  unreachable: 'style="dashed,rounded", color="#868e96", fontcolor="#868e96"',
};

/** The leaf a compound state enters first, so edges to it can be drawn to a real node. */
function entryLeaf(node: AnyStateNode): AnyStateNode {
  const children = Object.values(node.states ?? {}) as AnyStateNode[];
  if (children.length === 0) return node;
  const initial = (node.initial?.target?.[0] as AnyStateNode | undefined) ?? children[0];
  return initial ? entryLeaf(initial) : node;
}

/**
 * A Graphviz DOT digraph of `machine`: compound and parallel states as clusters, every declared transition
 * as a labelled edge. With a `result`, the counterexample (or the coverage) is highlighted as in
 * {@link toMermaid}; covered transitions are drawn bold. Render with any Graphviz (`dot -Tsvg`).
 */
export function toDot(machine: AnyStateMachine, result?: CheckResult, options: DiagramOptions = {}): string {
  assertMachine(machine, 'toDot');
  const { nodes, edges, caption } = highlights(machine, result, options);
  const byId = new Map<string, AnyStateNode>();
  const lines = [
    `digraph ${dotString(machine.id)} {`,
    `  rankdir=${options.direction ?? 'LR'}; compound=true;`,
    '  node [shape=box, style=rounded, fontname="Helvetica"]; edge [fontname="Helvetica", fontsize=10];',
  ];
  if (caption) lines.push(`  label=${dotString(caption)}; labelloc=t;`);
  const emit = (node: AnyStateNode, indent: string): void => {
    byId.set(node.id, node);
    const children = Object.values(node.states ?? {}) as AnyStateNode[];
    const highlight = nodes.get(node.id);
    if (children.length === 0) {
      const shape = node.type === 'final' ? ', peripheries=2' : '';
      lines.push(
        `${indent}${dotString(node.id)} [label=${dotString(node.key)}${shape}${highlight ? `, ${STYLE[highlight]}` : ''}];`,
      );
      return;
    }
    const cluster = node.parent !== undefined;
    if (cluster) {
      lines.push(`${indent}subgraph ${dotString(`cluster_${node.id}`)} {`);
      lines.push(
        `${indent}  label=${dotString(node.type === 'parallel' ? `${node.key} (parallel)` : node.key)};`,
      );
      if (highlight) lines.push(`${indent}  ${STYLE[highlight].replace(/, /g, '; ')};`);
    }
    for (const child of children) emit(child, cluster ? `${indent}  ` : indent);
    if (cluster) lines.push(`${indent}}`);
  };
  emit(machine.root, '  ');
  const rootInitial = entryLeaf(machine.root);
  lines.push(`  "__start" [shape=point, width=0.15];`);
  lines.push(`  "__start" -> ${dotString(rootInitial.id)};`);
  for (const edge of diagramEdges(machine)) {
    if (edge.from === machine.root.id) continue;
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue;
    const attrs = [`label=${dotString(edge.label)}`];
    const fromLeaf = entryLeaf(from);
    const toLeaf = entryLeaf(to);
    if (fromLeaf !== from) attrs.push(`ltail=${dotString(`cluster_${from.id}`)}`);
    if (toLeaf !== to) attrs.push(`lhead=${dotString(`cluster_${to.id}`)}`);
    if (edges.has(edge.id)) attrs.push('penwidth=2');
    lines.push(`  ${dotString(fromLeaf.id)} -> ${dotString(toLeaf.id)} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
