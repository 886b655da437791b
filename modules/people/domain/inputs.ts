import { z } from 'zod';
import { DomainError, isDateOnly, type ErrorDetail } from '@hearth/kernel';
import { PERSON_FLAGS } from './flags.js';
import { ADDRESS_KINDS, CONTACT_KINDS, HOUSEHOLD_ROLES, NAME_KINDS, SEXES } from './person.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from './relationship-types.js';
import { parseSsn } from './ssn.js';

/**
 * The inputs of the people use cases. Routes use the same schemas for the request bodies (and OpenAPI);
 * use cases parse again, so a call from another module, the CLI or a job is held to the same rules.
 */

const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
/** Optional text: '' and whitespace become null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const dateSchema = z.string().refine(isDateOnly, 'must be a date (YYYY-MM-DD)');
const optionalDate = dateSchema.nullish().transform((v) => v ?? null);

export const ssnSchema = z
  .string()
  .trim()
  .refine((v) => parseSsn(v) !== null, 'must be a valid SSN (123-45-6789)');

export const languageSchema = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language code such as en or es');

export const flagSchema = z.enum(PERSON_FLAGS);
export const relationshipTypeSchema = z.enum(RELATIONSHIP_TYPES as [RelationshipType, ...RelationshipType[]]);
export const uuidSchema = z.uuid('must be an id (uuid)');

const nameFields = {
  firstName: text(100),
  middleName: optionalText(100),
  lastName: text(100),
  suffix: optionalText(20),
};

export const aliasInput = z.strictObject({ kind: z.enum(NAME_KINDS).default('alias'), ...nameFields });
export type AliasInput = z.infer<typeof aliasInput>;

function periodOk(v: { fromDate?: string | null; toDate?: string | null }): boolean {
  return !v.fromDate || !v.toDate || v.toDate >= v.fromDate;
}
const periodIssue = { message: 'must not be before fromDate', path: ['toDate'] };

export const contactInput = z
  .strictObject({
    kind: z.enum(CONTACT_KINDS),
    value: text(200),
    label: optionalText(100),
    detail: optionalText(500),
    isPrimary: z.boolean().default(false),
    fromDate: optionalDate,
    toDate: optionalDate,
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'phone' && !/^\+?[0-9 ().-]{7,20}$/.test(c.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a phone number' });
    if (c.kind === 'email' && !z.email().safeParse(c.value).success) ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be an e-mail address' });
  })
  .refine(periodOk, periodIssue);
export type ContactInput = z.infer<typeof contactInput>;

export const addressInput = z
  .strictObject({
    kind: z.enum(ADDRESS_KINDS).default('residential'),
    line1: text(200),
    line2: optionalText(200),
    city: text(100),
    state: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'must be a two-letter state code'),
    postalCode: z.string().trim().regex(/^[0-9]{5}(-[0-9]{4})?$/, 'must be a ZIP code (80202 or 80202-1234)'),
    county: optionalText(100),
    fromDate: dateSchema,
    toDate: optionalDate,
  })
  .refine(periodOk, periodIssue);
export type AddressInput = z.infer<typeof addressInput>;

const personCore = {
  ...nameFields,
  dob: optionalDate,
  ssn: ssnSchema.nullish().transform((v) => v ?? null),
  sex: z.enum(SEXES).default('unknown'),
  preferredLanguage: languageSchema.default('en'),
};

export const registerPersonInput = z.strictObject({
  ...personCore,
  aliases: z.array(aliasInput).max(20).default([]),
  contacts: z.array(contactInput).max(20).default([]),
  addresses: z.array(addressInput).max(20).default([]),
  flags: z.array(flagSchema).max(PERSON_FLAGS.length).default([]),
  /** The worker searched, saw the suspected duplicates and states this is someone else. */
  confirmedNotDuplicate: z.boolean().default(false),
  /** Why this is not the same person as the likely matches (required when there are any; logged). */
  notDuplicateReason: optionalText(1000),
  /** The likely matches the worker reviewed (ids from the 409's candidates); each must be among them. */
  reviewedCandidateIds: z.array(z.uuid('must be an id (uuid)')).max(50).default([]),
});
export type RegisterPersonInput = z.input<typeof registerPersonInput>;

export const updatePersonInput = z
  .strictObject({
    firstName: text(100).optional(),
    middleName: optionalText(100).optional(),
    lastName: text(100).optional(),
    suffix: optionalText(20).optional(),
    dob: optionalDate.optional(),
    ssn: ssnSchema.nullable().optional(),
    sex: z.enum(SEXES).optional(),
    preferredLanguage: languageSchema.optional(),
    /** Keep the old name as a 'former' name when the name changes (default). Turn off to fix a typo. */
    recordFormerName: z.boolean().default(true),
    /** Optimistic concurrency: the version the caller last saw. */
    expectedVersion: z.number().int().positive().optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== 'recordFormerName' && k !== 'expectedVersion'), { message: 'nothing to change', path: [] });
export type UpdatePersonInput = z.input<typeof updatePersonInput>;

export const relationshipInput = z
  .strictObject({
    /** The other person; the type says what they are to this person ("relatedPerson is my <type>"). */
    relatedPersonId: uuidSchema,
    type: relationshipTypeSchema,
    fromDate: optionalDate,
    toDate: optionalDate,
  })
  .refine(periodOk, periodIssue);
export type RelationshipInput = z.input<typeof relationshipInput>;

export const setFlagsInput = z.strictObject({
  flags: z.array(flagSchema).max(PERSON_FLAGS.length),
  reason: text(1000),
});
export type SetFlagsInput = z.input<typeof setFlagsInput>;

export const householdMemberInput = z.strictObject({
  personId: uuidSchema,
  role: z.enum(HOUSEHOLD_ROLES).default('member'),
  fromDate: dateSchema,
});
export type HouseholdMemberInput = z.input<typeof householdMemberInput>;

export const createHouseholdInput = z.strictObject({
  name: text(200),
  members: z.array(householdMemberInput).max(30).default([]),
});
export type CreateHouseholdInput = z.input<typeof createHouseholdInput>;

export const endMembershipInput = z.strictObject({
  toDate: dateSchema,
  reason: optionalText(500),
});
export type EndMembershipInput = z.input<typeof endMembershipInput>;

export const breakGlassInput = z.strictObject({
  reason: z.string().trim().min(10, 'state the reason in at least 10 characters').max(1000),
});
export type BreakGlassInput = z.input<typeof breakGlassInput>;

const searchQueryFields = {
  q: z.string().trim().max(200).optional(),
  dob: dateSchema.optional(),
  ssnLast4: z.string().trim().regex(/^[0-9]{4}$/, 'must be four digits').optional(),
  /** Year of birth when the full date is not known (partial input); ignored when dob is given. */
  birthYear: z.coerce.number().int('must be a year').min(1880, 'must be a year after 1880').max(2200, 'must be a year').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
};
const hasCriterion = (v: { q?: string; dob?: string; ssnLast4?: string }) => Boolean(v.q) || Boolean(v.dob) || Boolean(v.ssnLast4);
const noCriterion = { message: 'give a name, a date of birth or the last four of the SSN', path: ['q'] };
export const searchQueryInput = z.strictObject(searchQueryFields).refine(hasCriterion, noCriterion);
/** The same query as a URL query string: other parameters (a cache-buster) are ignored, not refused. */
export const searchQuerystringInput = z.object(searchQueryFields).refine(hasCriterion, noCriterion);
export type SearchQueryInput = z.input<typeof searchQueryInput>;

/** At least this many characters explain "not the same person", an unmerge or a "not the same" decision. */
export const MIN_REASON_LENGTH = 10;
const reasonSchema = z.string().trim().min(MIN_REASON_LENGTH, `state the reason in at least ${MIN_REASON_LENGTH} characters`).max(1000);

const sideSchema = z.enum(['survivor', 'merged']);
export const mergeInput = z
  .strictObject({
    /** The record that stays. */
    survivorId: uuidSchema,
    /** The record merged into it (kept, pointing at the survivor). */
    mergedId: uuidSchema,
    /** Whose value survives, field by field (default: the survivor's, or the other's where the survivor has none). */
    values: z
      .strictObject({ name: sideSchema.optional(), dob: sideSchema.optional(), ssn: sideSchema.optional(), sex: sideSchema.optional(), preferredLanguage: sideSchema.optional() })
      .default({}),
    reason: reasonSchema,
  })
  .refine((v) => v.survivorId !== v.mergedId, { message: 'must be another person than survivorId', path: ['mergedId'] });
export type MergeInput = z.input<typeof mergeInput>;

export const unmergeInput = z.strictObject({ reason: reasonSchema });
export type UnmergeInput = z.input<typeof unmergeInput>;

export const pairDecisionInput = z
  .strictObject({ decision: z.enum(['same', 'not_same']), reason: optionalText(1000) })
  .refine((v) => v.decision === 'same' || (v.reason !== null && v.reason.length >= MIN_REASON_LENGTH), {
    message: `state the reason in at least ${MIN_REASON_LENGTH} characters`,
    path: ['reason'],
  });
export type PairDecisionInput = z.input<typeof pairDecisionInput>;

export const pairQueueInput = z.object({
  status: z.enum(['pending', 'same', 'not_same', 'merged']).default('pending'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** Only the pairs this person is in. */
  personId: z.uuid('must be an id (uuid)').optional(),
});

export const dedupeJobInput = z.strictObject({
  /** Pairs at or above this probability go to the review queue (default: the linkage operating threshold). */
  threshold: z.number().min(0.01).max(0.9999).optional(),
});

/** Parses input with a schema; a failure becomes DomainError('VALIDATION') with one detail per field path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const details: ErrorDetail[] = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  throw new DomainError('VALIDATION', 'The input is not valid', details);
}

export function invalid(path: string, message: string): DomainError {
  return new DomainError('VALIDATION', 'The input is not valid', [{ path, message }]);
}
