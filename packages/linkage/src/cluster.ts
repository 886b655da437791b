export interface ClusterOptions {
  /**
   * Constrained clustering: two clusters are not joined when any scored pair between them has a probability below
   * this value (clear evidence of different people), which stops long chains through one false link. Pairs below
   * the threshold must then be passed in too. Default: 0 (plain connected components).
   */
  cannotLinkBelow?: number;
}

/**
 * Clusters from scored pairs. Pairs at or above the threshold are joined strongest first (union–find); with
 * `cannotLinkBelow`, a join is skipped when it would put a clearly-different pair in one cluster. Without it this is
 * connected components. Returns only clusters of two or more ids, each sorted, largest first, then by first id.
 * Records in no pair above the threshold are singletons and are not listed.
 */
export function clusterPairs(pairs: Iterable<{ a: string; b: string; probability: number }>, threshold: number, opts: ClusterOptions = {}): string[][] {
  const cannot = opts.cannotLinkBelow ?? 0;
  const index = new Map<string, number>();
  const parent: number[] = [];
  const members: number[][] = [];
  const ids: string[] = [];
  const idOf = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = ids.length;
      index.set(s, i);
      ids.push(s);
      parent.push(i);
      members.push([i]);
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
  const links: { a: number; b: number; p: number }[] = [];
  const negatives = new Map<number, number[]>();
  for (const p of pairs) {
    if (p.a === p.b) continue;
    const a = idOf(p.a);
    const b = idOf(p.b);
    if (p.probability >= threshold) links.push({ a, b, p: p.probability });
    else if (p.probability < cannot) {
      (negatives.get(a) ?? negatives.set(a, []).get(a)!).push(b);
      (negatives.get(b) ?? negatives.set(b, []).get(b)!).push(a);
    }
  }
  if (cannot > 0) links.sort((x, y) => y.p - x.p);
  for (const { a, b } of links) {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) continue;
    if (members[ra]!.length < members[rb]!.length) [ra, rb] = [rb, ra];
    if (cannot > 0 && negatives.size) {
      let blocked = false;
      for (const x of members[rb]!) {
        for (const y of negatives.get(x) ?? []) if (find(y) === ra) { blocked = true; break; }
        if (blocked) break;
      }
      if (blocked) continue;
    }
    parent[rb] = ra;
    for (const x of members[rb]!) members[ra]!.push(x);
    members[rb] = [];
  }
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i++) if (parent[i] === i && members[i]!.length >= 2) out.push(members[i]!.map((x) => ids[x]!).sort());
  out.sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
  return out;
}
