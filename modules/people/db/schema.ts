import { sql } from 'drizzle-orm';
import { boolean, char, date, doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Drizzle mirrors of db/migrations/0001_people.sql. The SQL is the source of truth; keep these in step. */

export const person = pgTable('person', {
  id: uuid('id').primaryKey().defaultRandom(),
  firstName: text('first_name').notNull(),
  middleName: text('middle_name'),
  lastName: text('last_name').notNull(),
  suffix: text('suffix'),
  dob: date('dob', { mode: 'string' }),
  ssnEncrypted: text('ssn_encrypted'),
  ssnLast4: char('ssn_last4', { length: 4 }),
  sex: text('sex').notNull().default('unknown'),
  preferredLanguage: text('preferred_language').notNull().default('en'),
  flags: text('flags').array().notNull().default([]),
  restricted: boolean('restricted').generatedAlwaysAs(sql`cardinality(flags) > 0`),
  searchFirst: text('search_first').notNull(),
  searchLast: text('search_last').notNull(),
  searchName: text('search_name').notNull(),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  // 0002_registry.sql
  birthYear: integer('birth_year').generatedAlwaysAs(sql`extract(year FROM dob)::int`),
  mergedInto: uuid('merged_into'),
  mergedAt: timestamp('merged_at', { withTimezone: true, mode: 'date' }),
});

export const personName = pgTable('person_name', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull(),
  kind: text('kind').notNull(),
  firstName: text('first_name').notNull(),
  middleName: text('middle_name'),
  lastName: text('last_name').notNull(),
  suffix: text('suffix'),
  searchName: text('search_name').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const personContact = pgTable('person_contact', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull(),
  kind: text('kind').notNull(),
  value: text('value').notNull(),
  label: text('label'),
  detail: text('detail'),
  isPrimary: boolean('is_primary').notNull().default(false),
  fromDate: date('from_date', { mode: 'string' }),
  toDate: date('to_date', { mode: 'string' }),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const personAddress = pgTable('person_address', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull(),
  kind: text('kind').notNull().default('residential'),
  line1: text('line1').notNull(),
  line2: text('line2'),
  city: text('city').notNull(),
  state: char('state', { length: 2 }).notNull(),
  postalCode: text('postal_code').notNull(),
  county: text('county'),
  fromDate: date('from_date', { mode: 'string' }).notNull(),
  toDate: date('to_date', { mode: 'string' }),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const relationship = pgTable('relationship', {
  id: uuid('id').primaryKey().defaultRandom(),
  personAId: uuid('person_a_id').notNull(),
  personBId: uuid('person_b_id').notNull(),
  type: text('type').notNull(),
  fromDate: date('from_date', { mode: 'string' }),
  toDate: date('to_date', { mode: 'string' }),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const household = pgTable('household', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const householdMember = pgTable('household_member', {
  id: uuid('id').primaryKey().defaultRandom(),
  householdId: uuid('household_id').notNull(),
  personId: uuid('person_id').notNull(),
  role: text('role').notNull().default('member'),
  fromDate: date('from_date', { mode: 'string' }).notNull(),
  toDate: date('to_date', { mode: 'string' }),
  endReason: text('end_reason'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const personAccessGrant = pgTable('person_access_grant', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  personId: uuid('person_id').notNull(),
  reason: text('reason').notNull(),
  grantedAt: timestamp('granted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** 0002_registry.sql: pairs that may be the same person (review queue and remembered decisions). */
export const personMatchCandidate = pgTable('person_match_candidate', {
  id: uuid('id').primaryKey().defaultRandom(),
  personAId: uuid('person_a_id').notNull(),
  personBId: uuid('person_b_id').notNull(),
  probability: doublePrecision('probability').notNull(),
  matchWeight: doublePrecision('match_weight').notNull(),
  comparisons: jsonb('comparisons').notNull().default([]),
  clusterId: uuid('cluster_id'),
  status: text('status').notNull().default('pending'),
  source: text('source').notNull(),
  runId: uuid('run_id'),
  reason: text('reason'),
  decidedBy: uuid('decided_by'),
  decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** 0002_registry.sql: one merge and what it takes to undo it. */
export const personMerge = pgTable('person_merge', {
  id: uuid('id').primaryKey().defaultRandom(),
  survivorId: uuid('survivor_id').notNull(),
  mergedId: uuid('merged_id').notNull(),
  reason: text('reason').notNull(),
  chosen: jsonb('chosen').notNull(),
  survivorBefore: jsonb('survivor_before').notNull(),
  survivorAfter: jsonb('survivor_after').notNull(),
  survivorSsnBefore: text('survivor_ssn_before'),
  survivorSsnAfter: text('survivor_ssn_after'),
  undo: jsonb('undo').notNull(),
  status: text('status').notNull().default('active'),
  mergedBy: uuid('merged_by'),
  mergedAt: timestamp('merged_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  unmergedBy: uuid('unmerged_by'),
  unmergedAt: timestamp('unmerged_at', { withTimezone: true, mode: 'date' }),
  unmergeReason: text('unmerge_reason'),
});
