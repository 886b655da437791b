import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayName, normalizeName, searchColumns } from './names.js';

describe('normalizeName', () => {
  it('drops accents, case and apostrophes, and splits on hyphens', () => {
    expect(normalizeName('José  María Peña')).toBe('jose maria pena');
    expect(normalizeName("O'Brien")).toBe('obrien');
    expect(normalizeName('García-López')).toBe('garcia lopez');
    expect(normalizeName('  Strauß ')).toBe('strauss');
    expect(normalizeName(null)).toBe('');
  });

  it('is idempotent and yields only a-z, 0-9 and single spaces', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normalizeName(s);
        expect(normalizeName(n)).toBe(n);
        expect(n).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe('searchColumns', () => {
  it('builds first, last and full search names without the suffix', () => {
    expect(searchColumns({ firstName: 'Ana', middleName: 'Lucía', lastName: 'Núñez', suffix: 'Jr' })).toEqual({
      searchFirst: 'ana',
      searchLast: 'nunez',
      searchName: 'ana lucia nunez',
    });
  });
});

describe('displayName', () => {
  it('skips missing parts', () => {
    expect(displayName({ firstName: 'Ana', middleName: null, lastName: 'Núñez', suffix: 'Jr' })).toBe('Ana Núñez Jr');
  });
});
