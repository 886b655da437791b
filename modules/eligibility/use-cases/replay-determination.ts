import { notFound } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { evaluateProgram, RULES_VERSION } from '@hearth/rules';
import { decisionRepo } from '../adapters/decision.repo.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, type Caller } from './support/common.js';
import { openProgramCase } from './support/access.js';
import { determinationView } from './support/decision-views.js';
import { storedResult } from './support/evaluate.js';
import { compactResult } from './mass-redetermine.js';

/** Paths where two JSON values differ (for the replay report). */
export function jsonDifferences(a: unknown, b: unknown, path = ''): string[] {
  if (a === b) return [];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return [path || '(root)'];
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  const out: string[] = [];
  for (const k of keys) out.push(...jsonDifferences((a as any)[k], (b as any)[k], path ? `${path}.${k}` : k));
  return out;
}

export async function getDetermination(caller: Caller, id: string, deps: EligibilityDeps) {
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const d = await decisionRepo.determination(uow.tx, id);
    if (!d) throw notFound('Determination', id);
    await openProgramCase(uow, caller, d.caseId, deps, { log: 'elig_determination' });
    return determinationView(d, true);
  });
}

/**
 * Re-evaluates a stored determination with its stored facts and as-of date and compares everything: result, reasons,
 * values, trace and explanation. The rules in this process are RULES_VERSION; a different stored version is reported
 * (an older version would have to be run from its release to reproduce it).
 */
export async function replayDetermination(caller: Caller, id: string, deps: EligibilityDeps) {
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const d = await decisionRepo.determination(uow.tx, id);
    if (!d) throw notFound('Determination', id);
    await openProgramCase(uow, caller, d.caseId, deps, { log: 'elig_determination' });
    const r = evaluateProgram(d.rulesProgram, d.facts, { asOf: d.asOf, explain: d.trace !== null });
    const replayed = JSON.parse(JSON.stringify({ result: d.runId ? compactResult(r) : storedResult(r), trace: r.trace ?? null, explanation: r.explanation ?? null }));
    const stored = { result: d.result, trace: d.trace, explanation: d.explanation };
    const differences = jsonDifferences(stored, replayed);
    return {
      determinationId: d.id,
      storedRulesVersion: d.rulesVersion,
      currentRulesVersion: RULES_VERSION,
      sameRulesVersion: d.rulesVersion === RULES_VERSION,
      matches: differences.length === 0 && d.rulesVersion === r.rulesVersion,
      differences,
      stored: { eligible: d.eligible, amountCents: d.amountCents },
      replayed: { eligible: r.eligible ?? null, amountCents: r.amountCents ?? null },
    };
  });
}
