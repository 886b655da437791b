import { describe, expect, it } from 'vitest';
import { clusterPairs } from './cluster.js';

describe('clusterPairs', () => {
  it('joins pairs at or above the threshold transitively and ignores the rest', () => {
    const c = clusterPairs(
      [
        { a: 'a', b: 'b', probability: 0.99 },
        { a: 'b', b: 'c', probability: 0.9 },
        { a: 'd', b: 'e', probability: 0.95 },
        { a: 'e', b: 'f', probability: 0.5 },
        { a: 'g', b: 'g', probability: 1 },
      ],
      0.9,
    );
    expect(c).toEqual([['a', 'b', 'c'], ['d', 'e']]);
  });
  it('returns nothing when no pair reaches the threshold', () => {
    expect(clusterPairs([{ a: 'a', b: 'b', probability: 0.2 }], 0.9)).toEqual([]);
  });
  it('with a cannot-link constraint, a weak chain does not join two clearly different records', () => {
    const pairs = [
      { a: 'a', b: 'b', probability: 0.99 },
      { a: 'b', b: 'c', probability: 0.92 },
      { a: 'a', b: 'c', probability: 0.001 },
    ];
    expect(clusterPairs(pairs, 0.9)).toEqual([['a', 'b', 'c']]);
    expect(clusterPairs(pairs, 0.9, { cannotLinkBelow: 0.01 })).toEqual([['a', 'b']]);
  });
  it('does not depend on input order (plain components)', () => {
    const pairs = Array.from({ length: 30 }, (_, i) => ({ a: `r${i}`, b: `r${(i * 7) % 30}`, probability: (i % 3) / 2 }));
    const x = clusterPairs(pairs, 0.5);
    const y = clusterPairs([...pairs].reverse(), 0.5);
    expect(y).toEqual(x);
  });
});
