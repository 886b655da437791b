import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PersonDetail } from './person.js';
import { redactForViewer } from './redact.js';
import { PERSON_FLAGS, type PersonFlag } from './flags.js';

function detail(flags: PersonFlag[]): PersonDetail {
  return {
    id: '00000000-0000-4000-8000-00000000000a',
    firstName: 'Rosa',
    middleName: null,
    lastName: 'Martínez',
    suffix: null,
    dob: '1990-02-03',
    ssnLast4: '4321',
    sex: 'female',
    preferredLanguage: 'es',
    restricted: flags.length > 0,
    flags,
    aliases: [],
    contacts: [
      { id: 'c1', kind: 'phone', value: '720-555-0101', label: 'mobile', detail: null, isPrimary: true, fromDate: null, toDate: null },
      { id: 'c2', kind: 'employer', value: 'King Soopers', label: null, detail: '1155 E 9th Ave', isPrimary: false, fromDate: null, toDate: null },
    ],
    addresses: [{ id: 'a1', kind: 'residential', line1: '100 Main St', line2: null, city: 'Denver', state: 'CO', postalCode: '80202', county: 'Denver', fromDate: '2020-01-01', toDate: null }],
    addressSuppressed: false,
    employerSuppressed: false,
    relationships: [],
    households: [],
    version: 1,
  mergedInto: null,
  };
}

describe('redactForViewer', () => {
  it('removes addresses and employers under a family-violence flag for a viewer outside the caseload', () => {
    const r = redactForViewer(detail(['family_violence']), false);
    expect(r.addresses).toEqual([]);
    expect(r.addressSuppressed).toBe(true);
    expect(r.contacts.map((c) => c.kind)).toEqual(['phone']);
    expect(r.employerSuppressed).toBe(true);
    expect(JSON.stringify(r)).not.toMatch(/Main St|King Soopers|9th Ave/);
  });

  it('keeps them for a viewer who may see protected contact', () => {
    const r = redactForViewer(detail(['family_violence']), true);
    expect(r.addresses).toHaveLength(1);
    expect(r.contacts).toHaveLength(2);
    expect(r.addressSuppressed).toBe(false);
  });

  it('never leaks an address of a family-violence record to an unauthorized viewer, whatever the other flags', () => {
    fc.assert(
      fc.property(fc.subarray([...PERSON_FLAGS]), (flags) => {
        const r = redactForViewer(detail(flags), false);
        expect(r.addresses.length === 0).toBe(flags.includes('family_violence'));
        expect(r.addressSuppressed).toBe(flags.includes('family_violence'));
      }),
    );
  });
});
