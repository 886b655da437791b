import { describe, expect, it } from 'vitest';
import { blockingKeys, BLOCKING_RULES, candidatePairs, prepareRecord, type BlockingStats, type LinkRecord } from './index.js';

const pairsOf = (records: LinkRecord[], opts = {}) => {
  const p = records.map(prepareRecord);
  const stats: BlockingStats = { blocks: 0, oversizeBlocks: 0, oversizeRecords: 0, pairs: 0, pairsByRule: {} };
  const pairs = [...candidatePairs(p, opts, stats)].map(([i, j]) => `${records[i]!.id}-${records[j]!.id}`);
  return { pairs, stats };
};

describe('blocking', () => {
  it('keeps the original rules first and in order (ownership of existing pairs does not change)', () => {
    expect(BLOCKING_RULES.slice(0, 13)).toEqual(['ssn', 'dob', 's4y', 'pfi', 'gny', 'fgi', 'swp', 'em', 'pcn', 'gpy', 'eml', 'gct', 'fct']);
  });

  it('email prefix rule: finds a pair whose names are missing on one side and whose dates are years apart', () => {
    // fake_20000-style pair: one record has only a given name, the other only a family name; the email has a typo
    const a: LinkRecord = { id: 'a', givenName: 'Max', birthDate: '1973-06-10', email: 'max.henderson43@oneill-white.com' };
    const b: LinkRecord = { id: 'b', familyName: 'Henderson', birthDate: '1962-05-12', email: 'max.hendersn43@oneill-whte.com' };
    expect(blockingKeys(a)).toContain('epx:ma@one');
    const { pairs, stats } = pairsOf([a, b]);
    expect(pairs).toEqual(['a-b']);
    expect(stats.pairsByRule.epx).toBe(1);
  });

  it('email domain rule: catches a typo in the first letters of the local part', () => {
    const a: LinkRecord = { id: 'a', email: 'lt@kim.org' };
    const b: LinkRecord = { id: 'b', email: 'lx@kim.org' };
    const { pairs, stats } = pairsOf([a, b]);
    expect(pairs).toEqual(['a-b']);
    expect(stats.pairsByRule.edi).toBe(1);
  });

  it('Soundex pair rule: misspelled and swapped names with a wrong date of birth', () => {
    const a: LinkRecord = { id: 'a', givenName: 'Violet', familyName: 'Hopkins', birthDate: '2017-01-17', city: 'London' };
    const b: LinkRecord = { id: 'b', givenName: 'Hopkinps', familyName: 'Vilet', birthDate: '2007-03-20' };
    const { pairs, stats } = pairsOf([a, b]);
    expect(pairs).toEqual(['a-b']);
    expect(stats.pairsByRule.sxp).toBe(1);
  });

  it('produces each pair once, whichever rules it shares', () => {
    const base = { givenName: 'Robert', familyName: 'Allen', birthDate: '1971-06-24', city: 'London', email: 'robert255@smith.net' };
    const recs: LinkRecord[] = [
      { id: 'a', ...base },
      { id: 'b', ...base, email: 'robert25@smith.net' },
      { id: 'c', ...base, givenName: 'Rob', birthDate: '1961-06-24' },
    ];
    const { pairs } = pairsOf(recs);
    expect(pairs.sort()).toEqual(['a-b', 'a-c', 'b-c']);
  });

  it('skips blocks larger than maxBlockSize under the new rules too', () => {
    const recs: LinkRecord[] = Array.from({ length: 6 }, (_, i) => ({ id: `r${i}`, email: `jo${i}x@gmail.com` }));
    const capped = pairsOf(recs, { maxBlockSize: 5 });
    expect(capped.pairs).toEqual([]);
    expect(capped.stats.oversizeBlocks).toBeGreaterThan(0);
    expect(pairsOf(recs, { maxBlockSize: 6 }).pairs).toHaveLength(15);
  });
});
