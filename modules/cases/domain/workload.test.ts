import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimumLevelFor, rankWorkers, suggestWorker, type WorkerLoad } from './workload.js';

const w = (id: string, level: number | null, openCases: number, weightedLoad: number, active = true): WorkerLoad => ({ id, name: id, level, active, openCases, weightedLoad });

describe('workload suggestion', () => {
  const staff = [w('ana', 1, 10, 14), w('ben', 2, 12, 12), w('cy', 3, 8, 30), w('dee', null, 0, 0), w('eve', 2, 1, 2, false)];

  it('suggests the least weighted-loaded eligible worker, not the one with fewest cases', () => {
    expect(suggestWorker(staff, { complexity: 2, restricted: false })?.id).toBe('ben');
  });

  it('leaves out inactive staff, staff without a case-manager level and the current worker', () => {
    expect(rankWorkers(staff, { complexity: 1, restricted: false, assignedWorkerId: 'ben' }).map((x) => x.id)).toEqual(['ana', 'cy']);
  });

  it('needs experience for complex or restricted cases', () => {
    expect(minimumLevelFor({ complexity: 5, restricted: false })).toBe(3);
    expect(minimumLevelFor({ complexity: 1, restricted: true })).toBe(2);
    expect(suggestWorker(staff, { complexity: 5, restricted: false })?.id).toBe('cy');
    expect(suggestWorker([w('ana', 1, 0, 0)], { complexity: 1, restricted: true })).toBeNull();
  });

  it('always suggests an eligible worker with the minimum load (property)', () => {
    const worker = fc.record({ id: fc.uuid(), name: fc.string(), level: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), active: fc.boolean(), openCases: fc.nat(100), weightedLoad: fc.nat(500) });
    fc.assert(
      fc.property(fc.array(worker, { maxLength: 20 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), (ws, complexity, restricted) => {
        const c = { complexity, restricted };
        const s = suggestWorker(ws, c);
        const eligible = ws.filter((x) => x.active && x.level !== null && x.level >= minimumLevelFor(c));
        if (eligible.length === 0) return s === null;
        return s !== null && eligible.includes(s) && eligible.every((x) => x.weightedLoad >= s.weightedLoad);
      }),
    );
  });
});
