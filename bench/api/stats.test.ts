import { describe, expect, it } from 'vitest';
import { parseMix, percentile, pickWeighted, Recorder } from './stats.js';

describe('percentile (nearest rank)', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);
  it('gives the value at the rank ceil(p·n)', () => {
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 50)).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('Recorder', () => {
  it('keeps latencies of 2xx answers only and counts the rest as errors, with throughput over the given seconds', () => {
    const r = new Recorder();
    for (let i = 1; i <= 10; i++) r.record('open', i, 200);
    r.record('open', 1000, 403);
    r.record('open', 5, 0);
    const s = r.summary('open', 2);
    expect(s.count).toBe(10);
    expect(s.errors).toBe(2);
    expect(s.statuses).toEqual({ 200: 10, 403: 1, 0: 1 });
    expect(s.perSecond).toBe(5);
    expect(s.p50).toBe(5);
    expect(s.max).toBe(10);
    expect(r.totals(2)).toEqual({ ok: 10, errors: 2, perSecond: 5 });
  });
});

describe('mix', () => {
  it('parses weights and refuses unknown types and an all-zero mix', () => {
    expect(parseMix('search=3, open=4,note=0', ['search', 'open', 'note'])).toEqual([['search', 3], ['open', 4], ['note', 0]]);
    expect(() => parseMix('delete=1', ['search'])).toThrow(/unknown request type/);
    expect(() => parseMix('search=-1', ['search'])).toThrow(/≥ 0/);
    expect(() => parseMix('search=0', ['search'])).toThrow(/above zero/);
  });

  it('picks by weight', () => {
    const w = [['a', 1], ['b', 3]] as const;
    expect(pickWeighted(w, 0)).toBe('a');
    expect(pickWeighted(w, 0.249)).toBe('a');
    expect(pickWeighted(w, 0.25)).toBe('b');
    expect(pickWeighted(w, 0.999)).toBe('b');
    expect(pickWeighted([['a', 0], ['b', 1]] as const, 0)).toBe('b');
  });
});
