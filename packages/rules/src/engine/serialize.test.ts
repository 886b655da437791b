import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateProgram, PROGRAM_NAMES, programs, serializeResult } from '../index.js';
import { renderExplanation } from './explain.js';
import { ByteSink } from './bytes.js';
import { writeResult } from './serialize.js';
import { SNAP_STATES } from '../programs/snap/schema.js';
import { SNAP_LABELS } from '../programs/snap/labels.js';
import { syntheticHouseholds } from '../../bench/households.js';

const dollars = fc.integer({ min: 0, max: 400_000 }).map((c) => c / 100);
const household = fc.record(
  {
    asOf: fc.constantFrom('2023-10-01', '2024-03-15', '2024-10-01', '2025-01-31', '2025-10-01', '2026-09-30'),
    state: fc.constantFrom(...SNAP_STATES),
    members: fc.array(
      fc.record(
        { age: fc.integer({ min: 0, max: 100 }), disabled: fc.boolean(), receivesSsi: fc.boolean(), receivesTanfCash: fc.boolean(), earnedIncome: dollars, unearnedIncome: dollars, medicalExpenses: dollars },
        { requiredKeys: ['age'] },
      ),
      { minLength: 1, maxLength: 12 },
    ),
    assets: dollars,
    liquidResources: dollars,
    shelterCosts: dollars,
    utilities: fc.record({ heatingCooling: fc.boolean(), electricity: fc.boolean(), gas: fc.boolean(), water: fc.boolean(), sewage: fc.boolean(), trash: fc.boolean(), phone: fc.boolean() }, { requiredKeys: [] }),
    dependentCareCosts: dollars,
    childSupportPaid: dollars,
    homeless: fc.boolean(),
    applicationDay: fc.integer({ min: 1, max: 28 }),
    prorationMethod: fc.constantFrom('actual-days', '30-day'),
    destituteMigrantOrSeasonalFarmworker: fc.boolean(),
  },
  { requiredKeys: ['asOf', 'state', 'members'] },
).map(({ applicationDay, ...h }) => (applicationDay === undefined ? h : { ...h, applicationDate: `${h.asOf.slice(0, 8)}${String(applicationDay).padStart(2, '0')}` }));

/** Two evaluations: JSON.stringify reads the lazy trace, which switches the serializer to the generic path. */
function both(input: unknown, explain: boolean, id?: string | number) {
  const fast = serializeResult(evaluateProgram('snap', input, { explain }), id);
  const r = evaluateProgram('snap', input, { explain });
  const ref = JSON.stringify(id === undefined ? r : { id, ...r });
  return { fast, ref, r };
}

describe('result serializer (compact trace → JSON bytes)', () => {
  it('writes exactly what JSON.stringify writes, with and without explanations (random households)', () => {
    fc.assert(
      fc.property(household, fc.boolean(), fc.option(fc.oneof(fc.string(), fc.integer()), { nil: undefined }), (h, explain, id) => {
        const { fast, ref } = both(h, explain, id);
        expect(fast).toBe(ref);
      }),
      { numRuns: 600 },
    );
  });
  it('writes exactly what JSON.stringify writes for the benchmark households', () => {
    for (const line of syntheticHouseholds(400, 7)) {
      const h = JSON.parse(line);
      for (const explain of [false, true]) expect(both(h, explain).fast).toBe(both(h, explain).ref);
    }
  });
  it('builds the same sentences from the compact trace as the reference renderer does from plain steps', () => {
    fc.assert(
      fc.property(household, (h) => {
        const r = evaluateProgram('snap', h, { explain: true });
        expect(r.explanation).toEqual(renderExplanation(r.trace!, SNAP_LABELS, r.reasons));
      }),
      { numRuns: 300 },
    );
  });
  it('serializes what the caller sees once a result was read or changed', () => {
    const h = JSON.parse(syntheticHouseholds(1, 3)[0]!);
    const r = evaluateProgram('snap', h, { explain: true });
    (r.values as Record<string, unknown>).note = 'changed';
    expect(serializeResult(r)).toBe(JSON.stringify(r));
    r.trace!.pop();
    expect(serializeResult(r)).toBe(JSON.stringify(r));
  });
  it('matches JSON.stringify for every program example', () => {
    for (const name of PROGRAM_NAMES) {
      for (const ex of programs[name].examples) {
        for (const explain of [false, true]) {
          const opts = { explain, ...(ex.asOf ? { asOf: ex.asOf } : {}) };
          expect(serializeResult(evaluateProgram(name, ex.input, opts), 'x')).toBe(JSON.stringify({ id: 'x', ...evaluateProgram(name, ex.input, opts) }));
        }
      }
    }
  });
  it('writes dollar amounts and integers like formatCents and String', () => {
    const sink = new ByteSink(16);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        sink.int(n);
        expect(sink.take()).toBe(String(n));
        sink.number(n / 100);
        expect(sink.take()).toBe(JSON.stringify(n / 100));
      }),
    );
    // Dollar amounts in sentences (writeCents) are checked by the byte-equality tests above, which
    // include amounts over $1,000 (grouping) and under $1.
  });
  it('flushes full chunks when given a flush callback', () => {
    const chunks: Uint8Array[] = [];
    const sink = new ByteSink(256, (c) => chunks.push(c.slice()));
    const r = evaluateProgram('snap', JSON.parse(syntheticHouseholds(1, 5)[0]!), { explain: true });
    writeResult(sink, r);
    chunks.push(sink.takeBytes());
    const text = new TextDecoder().decode(Buffer.concat(chunks));
    expect(text).toBe(JSON.stringify(evaluateProgram('snap', JSON.parse(syntheticHouseholds(1, 5)[0]!), { explain: true })));
  });
});
