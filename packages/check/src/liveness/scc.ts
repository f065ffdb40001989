/**
 * Strongly connected components of the subgraph induced by `inside` (iterative Tarjan, so deep graphs do
 * not overflow the stack). `offsets`/`targets` is the forward adjacency in compressed form. Returns the
 * component number of each state (-1 outside) and the component count.
 */
export function stronglyConnected(
  count: number,
  offsets: Int32Array,
  targets: Int32Array,
  inside: (s: number) => boolean,
): { component: Int32Array; components: number } {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const component = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const work: Array<[node: number, next: number]> = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < count; root++) {
    if (!inside(root) || index[root] !== -1) continue;
    work.push([root, offsets[root] as number]);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [v, k] = frame;
      if (k < (offsets[v + 1] as number)) {
        frame[1] = k + 1;
        const w = targets[k] as number;
        if (!inside(w)) continue;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, offsets[w] as number]);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, index[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return { component, components };
}
