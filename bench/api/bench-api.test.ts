import { describe, expect, it } from 'vitest';
import { parseOptions } from './bench-api.js';

describe('bench:api options', () => {
  it('defaults to the issue figures and parses the small development run', () => {
    const d = parseOptions([]);
    expect(d).toMatchObject({ people: 1_000_000, cases: 500_000, clients: 50, seconds: 60, keep: false, reuse: false, database: 'hearth_bench_api' });
    const o = parseOptions(['--people', '20000', '--cases', '10_000', '--seconds', '10', '--reuse']);
    expect(o).toMatchObject({ people: 20_000, cases: 10_000, seconds: 10, reuse: true, keep: true });
    expect(() => parseOptions(['--people', '10'])).toThrow();
    expect(() => parseOptions(['--mix', 'delete=1'])).toThrow(/unknown request type/);
  });
});
