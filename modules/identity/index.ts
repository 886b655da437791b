import type { HearthModule } from '@hearth/platform';
import { registerAuthRoutes } from './http/auth.routes.js';
import { registerAdminRoutes } from './http/admin.routes.js';
import { registerAuditRoutes } from './http/audit.routes.js';

export { PERMISSIONS, ROLE_CATALOG, PROGRAMS, type Permission, type RoleDefinition, type ProgramCode } from './domain/roles.js';
export type { Principal } from './domain/principal.js';
export { decideAccess, maySeeProtectedContact, type ScopedRecord, type AccessDecision } from './domain/access-policy.js';
export { createAuthenticator, SESSION_COOKIE } from './use-cases/authenticate.js';
export { ensureCatalog } from './use-cases/ensure-catalog.js';
export { createUser, createUnit } from './use-cases/manage-users.js';
export { hashPassword } from './use-cases/login.js';
export { loadPrincipal } from './adapters/staff.repo.js';
export { seedStaff, TEST_UNITS, TEST_USERS, TEST_PASSWORD, type SeedUnit, type SeedUser, type SeededStaff } from './db/seed.js';
export { createStaffDirectory, type StaffDirectory, type StaffMember } from './adapters/staff-directory.js';

export const identityModule: HearthModule = {
  name: 'identity',
  async registerRoutes(app, ctx) {
    await registerAuthRoutes(app, ctx);
    await registerAdminRoutes(app, ctx);
    await registerAuditRoutes(app, ctx);
  },
};
