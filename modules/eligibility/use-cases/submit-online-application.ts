import { z } from 'zod';
import { inTransaction, SYSTEM_ACTOR } from '@hearth/platform';
import { ELIG_PROGRAMS } from '../domain/programs.js';
import { filingDate } from '../domain/filing.js';
import { screenExpedited } from '../domain/expedited.js';
import { applicationRepo } from '../adapters/application.repo.js';
import type { EligibilityDeps } from '../ports.js';
import { invalid, parseInput, record } from './support/common.js';
import { addressInput, applicationMemberInput, householdHasSelf, screeningInput } from './support/application-input.js';
import { recordMembers } from './support/members.js';

/** The public form: plain-language messages, no ids, nothing a household cannot answer. */
export const onlineApplicationInput = z.strictObject({
  programs: z.array(z.enum(ELIG_PROGRAMS, { error: 'Please choose SNAP, TANF or Medicaid.' }), { error: 'Please choose at least one program.' })
    .min(1, 'Please choose at least one program.').max(3),
  language: z.enum(['en', 'es']).default('en'),
  phone: z.string().trim().max(40).optional(),
  email: z.email('Please check the email address.').optional(),
  address: addressInput.optional(),
  household: z.array(applicationMemberInput.omit({ personId: true }), { error: 'Please list the people in your household.' })
    .min(1, 'Please list at least yourself.').max(20, 'Please call us if more than 20 people live with you.'),
  screening: screeningInput,
  signature: z.strictObject({
    name: z.string({ error: 'Please type your full name to sign.' }).trim().min(3, 'Please type your full name to sign.').max(200),
    agreed: z.literal(true, { error: 'Please confirm that the answers are true.' }),
  }),
});

const MESSAGE = {
  en: (n: string, d: string) => `We received your application ${n}. Your filing date is ${d}. A worker will call you to set up an interview.`,
  es: (n: string, d: string) => `Recibimos su solicitud ${n}. Su fecha de solicitud es ${d}. Un trabajador le llamará para programar una entrevista.`,
};

/**
 * A household applies on the public page. The application is filed when received (after hours or on a closed day:
 * the next business day, 7 CFR 273.2(c)(1)(iv)); a worker registers it (links people, opens cases, starts the clocks
 * from this filing date).
 */
export async function submitOnlineApplication(raw: unknown, deps: EligibilityDeps, meta: { ip?: string } = {}) {
  const input = parseInput(onlineApplicationInput, raw);
  if (!householdHasSelf(input.household)) throw invalid('household', 'Please mark exactly one person as yourself ("self").');
  const receivedAt = deps.clock.now();
  const filedOn = filingDate(receivedAt, deps.timeZone, deps.calendar);
  const programs = [...new Set(input.programs)];
  const expedited = programs.includes('snap') ? screenExpedited({ householdSize: input.household.length, ...input.screening }, deps.state, filedOn).expedited : false;
  const self = input.household.find((m) => m.relationship === 'self')!;
  return inTransaction(deps.database, meta.ip ? { ...SYSTEM_ACTOR, ip: meta.ip } : SYSTEM_ACTOR, async (uow) => {
    const app = await applicationRepo.insert(uow.tx, {
      channel: 'online', status: 'received', programs, receivedAt: receivedAt.toISOString(), filedOn, language: input.language, unitId: null, primaryPersonId: null,
      applicant: { firstName: self.firstName, lastName: self.lastName, phone: input.phone ?? null, email: input.email ?? null, address: input.address ?? null, signature: { name: input.signature.name, signedAt: receivedAt.toISOString() } },
      household: input.household, screening: input.screening, expedited, expeditedScreenedOn: programs.includes('snap') ? filedOn : null, createdBy: null,
    });
    record(uow, { action: 'application.submitted_online', entityType: 'elig_application', row: app as any });
    await recordMembers(uow, app, input.household, input.address ?? null, null, receivedAt);
    return {
      applicationNumber: app.applicationNumber,
      filedOn,
      programs,
      message: { en: MESSAGE.en(app.applicationNumber, filedOn), es: MESSAGE.es(app.applicationNumber, filedOn) },
    };
  });
}
