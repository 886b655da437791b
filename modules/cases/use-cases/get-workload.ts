import { z } from 'zod';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction, type Sql } from '@hearth/platform';
import type { Principal } from '@hearth/identity';
import { rankWorkers, minimumLevelFor, type WorkerLoad } from '../domain/workload.js';
import { parseInput } from '../domain/validation.js';
import { caseRepo } from '../adapters/case.repo.js';
import { loadsFor } from '../adapters/workload.repo.js';
import type { CasesDeps } from '../ports.js';
import { actorFor, type Caller } from './support/caller.js';
import { mayAssignIn } from './assign-case.js';

async function unitLoads(tx: Sql, unitId: string, deps: Pick<CasesDeps, 'staff'>): Promise<WorkerLoad[]> {
  const members = await deps.staff.unitMembers(unitId, tx);
  const loads = await loadsFor(tx, members.map((m) => m.id));
  return members
    .map((m) => ({ id: m.id, name: m.displayName, level: m.level, active: m.active, openCases: loads.get(m.id)?.openCases ?? 0, weightedLoad: loads.get(m.id)?.weightedLoad ?? 0 }))
    .sort((a, b) => b.weightedLoad - a.weightedLoad || a.name.localeCompare(b.name));
}

function assertSeesUnit(p: Principal, unitId: string) {
  if (!p.seesEverything && !p.leadUnitIds.includes(unitId) && !p.supervisorUnitIds.includes(unitId) && p.programCodes.length === 0) {
    throw new DomainError('NOT_IN_SCOPE', 'You can see workloads only of units you lead or supervise', [{ path: 'unitId', message: 'not your unit' }]);
  }
}

export const workloadInput = z.strictObject({ unitId: z.uuid() });

/** Each worker of a unit with open cases and complexity-weighted load. */
export async function getWorkload(caller: Caller, raw: unknown, deps: Pick<CasesDeps, 'database' | 'staff'>) {
  const input = parseInput(workloadInput, raw);
  assertSeesUnit(caller.principal, input.unitId);
  return inTransaction(deps.database, actorFor(caller), async (uow) => ({ unitId: input.unitId, workers: await unitLoads(uow.tx, input.unitId, deps) }));
}

export const suggestInput = z.strictObject({ caseId: z.uuid() });

/** The least-loaded eligible worker of the case's unit, with the ranked alternatives. */
export async function suggestWorker(caller: Caller, raw: unknown, deps: Pick<CasesDeps, 'database' | 'staff'>) {
  const input = parseInput(suggestInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const c = await caseRepo.find(uow.tx, input.caseId);
    if (!c) throw notFound('Case', input.caseId);
    if (!mayAssignIn(caller.principal, c)) throw new DomainError('NOT_IN_SCOPE', 'You cannot assign cases of this unit');
    const place = { complexity: c.complexity, restricted: Boolean(c.restricted), assignedWorkerId: c.assignedWorkerId };
    const ranked = rankWorkers(await unitLoads(uow.tx, c.unitId, deps), place);
    return { caseId: c.id, minimumLevel: minimumLevelFor(place), suggestion: ranked[0] ?? null, candidates: ranked };
  });
}
