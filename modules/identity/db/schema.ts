import { pgTable, text, uuid, integer, boolean, timestamp, primaryKey, jsonb } from 'drizzle-orm/pg-core';

export const program = pgTable('program', { code: text('code').primaryKey(), name: text('name').notNull() });

export const orgUnit = pgTable('org_unit', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  parentId: uuid('parent_id'),
  programCode: text('program_code'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const permission = pgTable('permission', { code: text('code').primaryKey(), description: text('description').notNull() });

export const role = pgTable('role', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  level: integer('level'),
  decisionsReviewed: boolean('decisions_reviewed').notNull().default(false),
});

export const rolePermission = pgTable(
  'role_permission',
  { roleCode: text('role_code').notNull(), permissionCode: text('permission_code').notNull() },
  (t) => [primaryKey({ columns: [t.roleCode, t.permissionCode] })],
);

export const appUser = pgTable('app_user', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  roleCode: text('role_code').notNull(),
  passwordHash: text('password_hash'),
  oidcIssuer: text('oidc_issuer'),
  oidcSubject: text('oidc_subject'),
  preferredLanguage: text('preferred_language').notNull().default('en'),
  active: boolean('active').notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const userUnit = pgTable(
  'user_unit',
  { userId: uuid('user_id').notNull(), unitId: uuid('unit_id').notNull(), membership: text('membership').notNull() },
  (t) => [primaryKey({ columns: [t.userId, t.unitId, t.membership] })],
);

export const userProgram = pgTable(
  'user_program',
  { userId: uuid('user_id').notNull(), programCode: text('program_code').notNull() },
  (t) => [primaryKey({ columns: [t.userId, t.programCode] })],
);

export const userSession = pgTable('user_session', {
  idHash: text('id_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  ip: text('ip'),
  userAgent: text('user_agent'),
});

export const instanceSetting = pgTable('instance_setting', { key: text('key').primaryKey(), value: jsonb('value').notNull() });
