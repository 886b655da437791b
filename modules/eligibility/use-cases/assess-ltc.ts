import { z } from 'zod';
import { inTransaction } from '@hearth/platform';
import { evidenceRepo } from '../adapters/evidence.repo.js';
import { currentVersions } from '../domain/evidence.js';
import { treatResources, transferPenalty } from '../domain/ltc.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, dateString, invalid, parseInput, type Caller } from './support/common.js';
import { openApplication } from './support/access.js';

export const ltcInput = z.strictObject({
  institutionalizedOn: dateString,
  appliedOn: dateString.optional().describe('The Medicaid long-term-care application date; the application\'s filing date when omitted'),
  otherwiseEligibleOn: dateString.optional().describe('The date the person would otherwise receive institutional care under an approved application'),
  divisor: z.number().positive().max(100_000).optional().describe('Average monthly private-pay nursing-facility cost, dollars; the cited parameter when omitted'),
});

/** Medicaid long-term care: how each legal resource counts, the 60-month look-back and the transfer penalty. */
export async function assessLtc(caller: Caller, applicationId: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(ltcInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { app } = await openApplication(uow, caller, applicationId, deps, { log: 'elig_ltc_assessment' });
    const appliedOn = input.appliedOn ?? app.filedOn;
    const items = currentVersions(await evidenceRepo.forApplication(uow.tx, app.id)).filter((e) => e.kind !== 'member' && e.effectiveFrom <= appliedOn);
    const treatment = treatResources(items);
    let penalty;
    try {
      penalty = transferPenalty(treatment, { institutionalizedOn: input.institutionalizedOn, appliedOn, otherwiseEligibleOn: input.otherwiseEligibleOn, divisorCents: input.divisor ? Math.round(input.divisor * 100) : undefined });
    } catch {
      throw invalid('divisor', 'no Colorado divisor is in force for this date: pass divisor');
    }
    return {
      applicationId: app.id, appliedOn, resources: treatment, countableResourcesCents: treatment.reduce((s, t) => s + t.countableCents, 0), penalty,
      documents: items.filter((e) => e.documentId).map((e) => ({ evidenceKey: e.evidenceKey, documentId: e.documentId })),
    };
  });
}
