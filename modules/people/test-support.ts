import type { Principal } from '@hearth/identity';

/** A signed-in worker for tests of the people module (no database). */
export function testPrincipal(overrides: Partial<Principal> = {}): Principal {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    username: 'cm',
    displayName: 'Case Manager',
    roleCode: 'case_manager_2',
    roleName: 'Case Manager II',
    level: 2,
    decisionsReviewed: false,
    permissions: new Set(['person.read', 'person.write', 'case.read']),
    unitIds: ['unit-north'],
    leadUnitIds: [],
    supervisorUnitIds: [],
    programCodes: [],
    seesEverything: false,
    sessionId: null,
    preferredLanguage: 'en',
    ...overrides,
  };
}
