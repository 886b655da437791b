import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer, DEFAULT_MODEL, isMonotone, termFrequencies, type LinkRecord } from './index.js';

const FIELDS = ['givenName', 'middleName', 'familyName', 'birthDate', 'sex', 'ssn', 'streetAddress', 'city', 'postcode', 'state', 'email'] as const;
const name = fc.constantFrom('Robert', 'Bob', 'Roberta', 'Smith', 'Smyth', 'Jones', 'Maria', 'Mary', 'Zbigniew', 'Li', 'R', null);
const date = fc.constantFrom('1980-03-07', '1980-07-03', '1980-03-08', '1981-03-07', '1990-12-25', null);
const record = (id: string) =>
  fc.record({
    id: fc.constant(id),
    givenName: name,
    middleName: fc.constantFrom('Ann', 'A', 'Lee', null),
    familyName: name,
    birthDate: date,
    sex: fc.constantFrom('F', 'M', null),
    ssn: fc.constantFrom('123-45-6789', '123-45-6798', '987-65-4321', null),
    streetAddress: fc.constantFrom('12 Oak Street', '12 Oak St', '9 Elm Road', null),
    city: fc.constantFrom('Springfield', 'Sprngfield', 'Dover', null),
    postcode: fc.constantFrom('12345', '12346', '54321', null),
    state: fc.constantFrom('OH', 'PA', null),
    email: fc.constantFrom('bob@example.org', 'bob@exampel.org', 'x@y.z', null),
  }) as fc.Arbitrary<LinkRecord>;

describe('createScorer', () => {
  it('the default model is monotone along every field level order', () => {
    expect(isMonotone(DEFAULT_MODEL)).toBe(true);
  });

  // 200 Smiths among 3,000 people whose other family names are all different; one Jones
  const population: LinkRecord[] = [
    ...Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, givenName: 'Mary', familyName: 'Smith', city: 'Springfield' })),
    ...Array.from({ length: 2800 }, (_, i) => ({ id: `o${i}`, givenName: `G${i}`, familyName: `Family${i}`, city: `City${i}` })),
    { id: 'z', givenName: 'Zbigniew', familyName: 'Jones', city: 'Dover' },
  ];
  for (const [label, tf] of [['without', undefined], ['with', termFrequencies(population)]] as const) {
    it(`agreement never lowers the weight (${label} term frequencies)`, () => {
      const scorer = createScorer(DEFAULT_MODEL, tf);
      fc.assert(
        fc.property(record('a'), record('b'), fc.constantFrom(...FIELDS), (a, b, field) => {
          const scored = scorer.score(a, b);
          // Documented exception: 'swapped' is a cross-field level (given name of one = family name of the other);
          // making one of the two names agree straight can undo the swap, so it is not a per-field agreement.
          if (scored.comparisons.some((c) => c.level === 'swapped')) return true;
          const before = scored.weight;
          const agreed = { ...b, [field]: a[field] };
          if (a[field] == null) return true; // making b missing too is not agreement
          const after = scorer.score(a, agreed).weight;
          return after >= before - 1e-9;
        }),
        { numRuns: 3000, seed: 42 },
      );
    });
  }

  it('explains each field in plain words, and probability follows weight', () => {
    const s = createScorer();
    const r = s.score(
      { id: '1', givenName: 'Robert', familyName: 'Smith', birthDate: '1980-03-07', ssnLast4: '6789' },
      { id: '2', givenName: 'Bob', familyName: 'Smith', birthDate: '1980-07-03', ssn: '123-45-6789' },
    );
    const by = Object.fromEntries(r.comparisons.map((c) => [c.field, c]));
    expect(by.birthDate!.explanation).toBe('date of birth agrees with day and month swapped');
    expect(by.givenName!.level).toBe('nickname');
    expect(by.ssn!.level).toBe('last4');
    expect(by.email!.level).toBe('null');
    expect(by.email!.weight).toBe(0);
    expect(r.probability).toBeGreaterThan(OPERATING_PROBE);
    const other = s.score({ id: '1', givenName: 'Robert', familyName: 'Smith', birthDate: '1980-03-07' }, { id: '3', givenName: 'Alice', familyName: 'Jones', birthDate: '1955-10-20' });
    expect(other.weight).toBeLessThan(r.weight);
    expect(other.probability).toBeLessThan(0.01);
  });

  it('a common family name agreeing counts less than a rare one (term frequency)', () => {
    const tf = termFrequencies(population);
    const s = createScorer(DEFAULT_MODEL, tf);
    const common = s.score({ id: 'a', familyName: 'Smith' }, { id: 'b', familyName: 'Smith' }).weight;
    const rare = s.score({ id: 'a', familyName: 'Jones' }, { id: 'b', familyName: 'Jones' }).weight;
    expect(rare).toBeGreaterThan(common);
  });

  it('recognizes swapped given and family names', () => {
    const r = createScorer().score({ id: 'a', givenName: 'Thea', familyName: 'Roberts' }, { id: 'b', givenName: 'Roberts', familyName: 'Thea' });
    expect(r.comparisons.find((c) => c.field === 'givenName')!.level).toBe('swapped');
  });
});

const OPERATING_PROBE = 0.99;
