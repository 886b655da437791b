import { describe, expect, it } from 'vitest';
import { mergedValues, resolveChoice, valuesToRestore, withoutSsn, type CoreValues } from './merge.js';

const survivor: CoreValues = {
  firstName: 'Dolores',
  middleName: null,
  lastName: 'Archuleta',
  suffix: null,
  dob: null,
  ssnEncrypted: null,
  ssnLast4: null,
  sex: 'unknown',
  preferredLanguage: 'en',
  flags: [],
};
const other: CoreValues = {
  firstName: 'Lola',
  middleName: 'M',
  lastName: 'Archuleta',
  suffix: null,
  dob: '1984-03-10',
  ssnEncrypted: 'v1:abc',
  ssnLast4: '1010',
  sex: 'female',
  preferredLanguage: 'es',
  flags: ['family_violence'],
};

describe('choosing surviving values', () => {
  it('keeps the survivor’s values unless told, but fills empty fields from the other record', () => {
    expect(resolveChoice(survivor, other, {})).toEqual({ name: 'survivor', dob: 'merged', ssn: 'merged', sex: 'merged', preferredLanguage: 'survivor' });
    expect(resolveChoice(other, survivor, {})).toEqual({ name: 'survivor', dob: 'survivor', ssn: 'survivor', sex: 'survivor', preferredLanguage: 'survivor' });
    expect(resolveChoice(survivor, other, { dob: 'survivor', name: 'merged' })).toMatchObject({ dob: 'survivor', name: 'merged' });
  });

  it('moves the name as one unit and always keeps both records’ confidentiality flags', () => {
    const v = mergedValues({ ...survivor, flags: ['sealed'] }, other, resolveChoice(survivor, other, { name: 'merged' }));
    expect(v).toMatchObject({ firstName: 'Lola', middleName: 'M', lastName: 'Archuleta', dob: '1984-03-10', ssnLast4: '1010', flags: ['family_violence', 'sealed'] });
  });

  it('never puts the SSN ciphertext in what is logged', () => {
    expect(JSON.stringify(withoutSsn(other))).not.toContain('v1:');
  });
});

describe('what an unmerge gives back', () => {
  const choice = resolveChoice(survivor, other, { preferredLanguage: 'merged' });
  const after = mergedValues(survivor, other, choice);

  it('restores each field the merge changed', () => {
    expect(valuesToRestore(survivor, after, after)).toEqual({ dob: null, ssnEncrypted: null, ssnLast4: null, sex: 'unknown', preferredLanguage: 'en', flags: [] });
  });

  it('keeps a field changed after the merge (the later change wins) and leaves unchanged fields alone', () => {
    const current = { ...after, preferredLanguage: 'fr', flags: [...after.flags, 'sealed' as const] };
    const r = valuesToRestore(survivor, after, current);
    expect(r).not.toHaveProperty('preferredLanguage');
    expect(r).not.toHaveProperty('flags');
    expect(r).not.toHaveProperty('firstName');
    expect(r).toMatchObject({ dob: null, sex: 'unknown' });
  });
});
