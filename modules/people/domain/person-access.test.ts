import { describe, expect, it } from 'vitest';
import type { ScopedRecord } from '@hearth/identity';
import { decidePersonAccess } from './person-access.js';
import { testPrincipal } from '../test-support.js';

const me = testPrincipal();
const record = (r: Partial<ScopedRecord> = {}): ScopedRecord => ({ assignedWorkerId: null, unitId: 'unit-south', programCode: 'snap', restricted: false, ...r });

describe('decidePersonAccess', () => {
  it('opens an unrestricted person with no cases to anyone, without protected contact', () => {
    expect(decidePersonAccess(me, { restricted: false }, [], false)).toEqual({ allowed: true, basis: 'registry', maySeeProtected: false });
  });

  it('asks a restricted person with no cases to break the glass, unless already granted', () => {
    expect(decidePersonAccess(me, { restricted: true }, [], false)).toEqual({ allowed: false, reason: 'restricted' });
    expect(decidePersonAccess(me, { restricted: true }, [], true)).toMatchObject({ allowed: true, basis: 'break_glass', maySeeProtected: false });
  });

  it('lets an auditor see everything but not protected contact', () => {
    const auditor = testPrincipal({ seesEverything: true });
    expect(decidePersonAccess(auditor, { restricted: true }, [], false)).toMatchObject({ allowed: true, maySeeProtected: false });
    expect(decidePersonAccess(auditor, { restricted: true }, [record({ restricted: true })], false)).toMatchObject({ allowed: true, maySeeProtected: false });
  });

  it('allows through any one of the person\'s cases, and shows protected contact to the assigned worker', () => {
    const d = decidePersonAccess(me, { restricted: true }, [record(), record({ assignedWorkerId: me.userId })], false);
    expect(d).toEqual({ allowed: true, basis: 'assigned', maySeeProtected: true });
  });

  it('counts the person\'s own flag against an unflagged case in the viewer\'s unit', () => {
    expect(decidePersonAccess(me, { restricted: false }, [record({ unitId: 'unit-north' })], false)).toMatchObject({ allowed: true, basis: 'unit', maySeeProtected: false });
    expect(decidePersonAccess(me, { restricted: true }, [record({ unitId: 'unit-north' })], false)).toEqual({ allowed: false, reason: 'restricted' });
  });

  it('asks for a reason for a person whose cases are all outside the caseload', () => {
    expect(decidePersonAccess(me, { restricted: false }, [record()], false)).toEqual({ allowed: false, reason: 'outside_scope' });
    expect(decidePersonAccess(me, { restricted: false }, [record()], true)).toMatchObject({ allowed: true, basis: 'break_glass', maySeeProtected: false });
  });
});
