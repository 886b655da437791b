import { z } from 'zod';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { applicationRepo } from '../adapters/application.repo.js';
import { evidenceRepo } from '../adapters/evidence.repo.js';
import { currentVersions } from '../domain/evidence.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, invalid, parseInput, record, type Caller } from './support/common.js';
import { openProgramCases } from './support/register-programs.js';
import { applicationView } from './support/views.js';

export const registerApplicationInput = z.strictObject({
  unitId: z.uuid(),
  assignedWorkerId: z.uuid().optional(),
  people: z.array(z.strictObject({ memberKey: z.uuid(), personId: z.uuid() })).min(1).max(20)
    .describe('The registry person of each listed member (the applicant at least), after a search in the people module'),
});

/** A worker takes an online application into a unit: links members to people, opens the cases and starts the clocks from the filing date. */
export async function registerApplication(caller: Caller, applicationId: string, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(registerApplicationInput, raw);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const app = await applicationRepo.find(uow.tx, applicationId, true);
    if (!app) throw notFound('Application', applicationId);
    if (app.status !== 'received') throw new DomainError('INVALID_STATE', `The application is already ${app.status}`);
    const members = currentVersions(await evidenceRepo.forApplication(uow.tx, app.id)).filter((e) => e.kind === 'member');
    const byKey = new Map(members.map((m) => [m.evidenceKey, m]));
    input.people.forEach((p, i) => {
      if (!byKey.has(p.memberKey)) throw invalid(`people.${i}.memberKey`, 'not a member of this application');
    });
    const self = members.find((m) => m.payload.relationship === 'self')!;
    const selfLink = input.people.find((p) => p.memberKey === self.evidenceKey);
    if (!selfLink) throw invalid('people', 'link the applicant (relationship self) to a person');
    for (const link of input.people) {
      const m = byKey.get(link.memberKey)!;
      const row = await evidenceRepo.insert(uow.tx, { ...m, version: m.version + 1, payload: { ...m.payload, personId: link.personId }, reason: 'linked to the person registry', recordedBy: caller.principal.userId, recordedAt: deps.clock.now().toISOString() });
      record(uow, { action: 'evidence.versioned', entityType: 'elig_evidence', row: row as any, personId: link.personId, before: m });
      byKey.set(link.memberKey, row);
    }
    const registered = await applicationRepo.markRegistered(uow.tx, app.id, { unitId: input.unitId, primaryPersonId: selfLink.personId, registeredBy: caller.principal.userId, at: deps.clock.now().toISOString() });
    record(uow, { action: 'application.registered', entityType: 'elig_application', row: registered as any, before: app, personId: selfLink.personId });
    const cases = await openProgramCases(uow, caller, registered, {
      unitId: input.unitId, primaryPersonId: selfLink.personId, assignedWorkerId: input.assignedWorkerId,
      members: [...byKey.values()].map((m) => ({ personId: m.payload.personId, relationship: m.payload.relationship })),
    }, deps);
    return applicationView(registered, await applicationRepo.programs(uow.tx, app.id), [...byKey.values()], cases);
  });
}
