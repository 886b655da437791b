import { z } from 'zod';
import { DomainError } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { ELIG_PROGRAMS } from '../domain/programs.js';
import { screenExpedited } from '../domain/expedited.js';
import { applicationRepo } from '../adapters/application.repo.js';
import type { EligibilityDeps } from '../ports.js';
import { actorFor, dateString, invalid, parseInput, record, type Caller } from './support/common.js';
import { addressInput, applicationMemberInput, householdHasSelf, screeningInput } from './support/application-input.js';
import { openProgramCases } from './support/register-programs.js';
import { recordMembers } from './support/members.js';
import { applicationView } from './support/views.js';

export const takeApplicationInput = z.strictObject({
  unitId: z.uuid().describe('The unit whose worker takes the application'),
  programs: z.array(z.enum(ELIG_PROGRAMS)).min(1).max(3).describe('SNAP, TANF (Colorado Works) and/or Medicaid'),
  filedOn: dateString.optional().describe('Date of application (received); today when omitted'),
  language: z.enum(['en', 'es']).default('en'),
  assignedWorkerId: z.uuid().optional(),
  address: addressInput.optional(),
  phone: z.string().trim().max(40).optional(),
  household: z.array(applicationMemberInput).min(1).max(20).describe('Every member, the applicant (relationship self) first'),
  screening: screeningInput,
});
export type TakeApplicationInput = z.input<typeof takeApplicationInput>;

/** A worker takes an application for one or more programs: application, members, one case per program, clocks — one commit. */
export async function takeApplication(caller: Caller, raw: unknown, deps: EligibilityDeps) {
  const input = parseInput(takeApplicationInput, raw);
  const today = deps.clock.today();
  const filedOn = input.filedOn ?? today;
  if (filedOn > today) throw invalid('filedOn', 'cannot be in the future');
  if (!householdHasSelf(input.household)) throw invalid('household', 'list exactly one member with relationship "self" (the applicant)');
  const self = input.household.find((m) => m.relationship === 'self')!;
  if (!self.personId) throw invalid('household', 'the applicant (relationship self) needs a personId: register or find the person first');
  const programs = [...new Set(input.programs)];
  const expedited = programs.includes('snap') ? screenExpedited({ householdSize: input.household.length, ...input.screening }, deps.state, filedOn).expedited : false;
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const app = await applicationRepo.insert(uow.tx, {
      channel: 'worker',
      status: 'registered',
      programs,
      receivedAt: deps.clock.now().toISOString(),
      filedOn,
      language: input.language,
      unitId: input.unitId,
      primaryPersonId: self.personId!,
      applicant: { firstName: self.firstName, lastName: self.lastName, phone: input.phone ?? null, address: input.address ?? null },
      household: input.household,
      screening: input.screening,
      expedited,
      expeditedScreenedOn: programs.includes('snap') ? filedOn : null,
      createdBy: caller.principal.userId,
    });
    record(uow, { action: 'application.taken', entityType: 'elig_application', row: app as any, personId: app.primaryPersonId });
    const members = await recordMembers(uow, app, input.household, input.address ?? null, caller.principal.userId, deps.clock.now());
    const cases = await openProgramCases(uow, caller, app, { unitId: input.unitId, primaryPersonId: self.personId!, assignedWorkerId: input.assignedWorkerId, members: input.household }, deps);
    if (cases.length !== programs.length) throw new DomainError('INVALID_STATE', 'Not every program got a case');
    return applicationView(app, await applicationRepo.programs(uow.tx, app.id), members, cases);
  });
}
