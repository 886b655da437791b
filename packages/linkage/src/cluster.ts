/**
 * Clusters from scored pairs: connected components of the pairs whose probability is at least the threshold
 * (union–find with path halving and union by size). Returns only clusters of two or more ids, each sorted,
 * largest first, then by first id. Records in no pair above the threshold are singletons and are not listed.
 */
export function clusterPairs(pairs: Iterable<{ a: string; b: string; probability: number }>, threshold: number): string[][] {
  const index = new Map<string, number>();
  const parent: number[] = [];
  const size: number[] = [];
  const ids: string[] = [];
  const idOf = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = ids.length;
      index.set(s, i);
      ids.push(s);
      parent.push(i);
      size.push(1);
    }
    return i;
  };
  const find = (x: number) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const p of pairs) {
    if (!(p.probability >= threshold) || p.a === p.b) continue;
    let ra = find(idOf(p.a));
    let rb = find(idOf(p.b));
    if (ra === rb) continue;
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra]! += size[rb]!;
  }
  const groups = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(ids[i]!);
    else groups.set(r, [ids[i]!]);
  }
  const out = [...groups.values()].filter((g) => g.length >= 2).map((g) => g.sort());
  out.sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
  return out;
}
