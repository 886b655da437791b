import { describe, expect, it } from 'vitest';
import { DomainError } from '@hearth/kernel';
import { parseInput, registerPersonInput, searchQueryInput, updatePersonInput } from './inputs.js';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('person inputs', () => {
  it('fills defaults and turns blank optional text into null', () => {
    const v = parseInput(registerPersonInput, { firstName: ' Ana ', lastName: 'Ruiz', middleName: '  ' });
    expect(v).toMatchObject({ firstName: 'Ana', middleName: null, sex: 'unknown', preferredLanguage: 'en', aliases: [], flags: [], confirmedNotDuplicate: false });
  });

  it('reports bad fields by path', () => {
    const e = errorOf(() =>
      parseInput(registerPersonInput, {
        firstName: '',
        lastName: 'Ruiz',
        dob: '1990-02-30',
        ssn: '123',
        addresses: [{ line1: 'x', city: 'Denver', state: 'Colorado', postalCode: '80202', fromDate: '2020-01-01' }],
        contacts: [{ kind: 'email', value: 'not-mail' }],
        extra: true,
      }),
    );
    expect(e.code).toBe('VALIDATION');
    const paths = e.details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['firstName', 'dob', 'ssn', 'addresses.0.state', 'contacts.0.value']));
    expect(paths.some((p) => p === '' || p === 'extra')).toBe(true);
  });

  it('refuses an empty update and keeps absent fields absent', () => {
    expect(errorOf(() => parseInput(updatePersonInput, {})).code).toBe('VALIDATION');
    const v = parseInput(updatePersonInput, { lastName: 'Ruiz' });
    expect('middleName' in v).toBe(false);
    expect(v.recordFormerName).toBe(true);
  });

  it('needs at least one search criterion', () => {
    expect(errorOf(() => parseInput(searchQueryInput, {})).details[0]!.path).toBe('q');
    expect(parseInput(searchQueryInput, { ssnLast4: '1234' }).limit).toBe(20);
  });
});
