import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateLinkage, parseFebrl, parseSplink } from './index.js';

const slice = readFileSync(new URL('./fixtures/febrl1-rec0-199.csv', import.meta.url), 'utf8');

describe('evaluation on a FEBRL slice (400 records, 200 true pairs)', () => {
  const data = parseFebrl(slice);
  it('parses records and truth', () => {
    expect(data.records).toHaveLength(400);
    expect(new Set(data.entities).size).toBe(200);
    const r = data.records.find((x) => x.id.endsWith('-org'))!;
    expect(r.birthDate === null || /^\d{4}-\d{2}-\d{2}$/.test(r.birthDate ?? '')).toBe(true);
  });
  it('deduplicates with the default model at the operating threshold', () => {
    const r = evaluateLinkage(data);
    expect(r.truePairs).toBe(200);
    expect(r.pairsCompleteness).toBeGreaterThanOrEqual(0.98);
    expect(r.clustered.precision).toBeGreaterThanOrEqual(0.98);
    expect(r.clustered.recall).toBeGreaterThanOrEqual(0.97);
    expect(r.reductionRatio).toBeGreaterThan(0.99);
    expect(r.pairsCompared).toBeLessThan(2000);
  });
  it('links the originals to the duplicates as two files', () => {
    const a = parseFebrl(slice, 'a');
    const b = parseFebrl(slice, 'b');
    const keep = (d: typeof a, org: boolean) => {
      const idx = d.records.map((r, i) => (r.id.endsWith('-org') === org ? i : -1)).filter((i) => i >= 0);
      return { records: idx.map((i) => d.records[i]!), entities: idx.map((i) => d.entities[i]!) };
    };
    const x = keep(a, true);
    const y = keep(b, false);
    const r = evaluateLinkage({ records: [...x.records, ...y.records], entities: [...x.entities, ...y.entities], link: true });
    expect(r.truePairs).toBe(200);
    expect(r.clustered.f1).toBeGreaterThanOrEqual(0.97);
  });
  it('fails loudly when the threshold is absurd (the metric is not hard-coded)', () => {
    const r = evaluateLinkage({ ...data, threshold: 0.999999999999 });
    expect(r.clustered.recall).toBeLessThan(0.9);
  });
});

describe('parseSplink', () => {
  it('reads the Splink columns and treats empty values as missing', () => {
    const d = parseSplink('unique_id,first_name,surname,dob,city,email,cluster\n0,Robert,Alan,1971-06-24,,robert255@smith.net,0\n1,Rob,,1971-05-24,London,,0\n');
    expect(d.records[1]).toMatchObject({ id: '1', givenName: 'Rob', familyName: null, birthDate: '1971-05-24', city: 'London', email: null });
    expect(d.entities).toEqual(['0', '0']);
  });
});
