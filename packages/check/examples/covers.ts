// examples/covers.ts
import { coverPaths, graph } from '@gatehouse/check';
import model from './login.model.js';

// The explored graph: every reachable state and every edge, with its event and payload.
const explored = graph(model.machine, model.options);
console.log(`${explored.states.length} states, ${explored.edges.length} edges`);
const edge = explored.edges.find((e) => e.event.type === 'CODE');
console.log(edge && `#${edge.from} --CODE ${JSON.stringify(edge.event)}--> #${edge.to}`);

// Test paths that together visit every reachable state (value + context), each named by its events.
for (const cover of ['states', 'edges', 'guards'] as const) {
  const { paths, covered, missed } = coverPaths(model.machine, model.options, { cover });
  console.log(`${cover}: ${paths.length} paths cover ${covered.length} items, ${missed.length} missed`);
}
console.log(coverPaths(model.machine, model.options, { cover: 'states' }).paths.map((p) => p.name).join('\n'));
