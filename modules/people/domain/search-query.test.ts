import { describe, expect, it } from 'vitest';
import { hasSomeAgreement, parseSearch, reasonsFrom, swappedDob } from './search-query.js';

describe('reading a search', () => {
  it('reads given … family, "family, given", one word as a surname, and the year from the date', () => {
    expect(parseSearch({ q: 'Rosa Elena Martínez', dob: '1988-04-12' })).toMatchObject({ given: 'rosa', middle: 'elena', family: 'martinez', birthYear: 1988 });
    expect(parseSearch({ q: "O'Brien, Mary Kate" })).toMatchObject({ given: 'mary', middle: 'kate', family: 'obrien' });
    expect(parseSearch({ q: 'smith' })).toMatchObject({ given: null, family: 'smith', full: 'smith' });
    expect(parseSearch({ q: 'j smith', birthYear: 1970 })).toMatchObject({ given: 'j', family: 'smith', birthYear: 1970 });
    expect(parseSearch({ ssnLast4: '1234' })).toMatchObject({ given: null, family: null, full: null, ssnLast4: '1234' });
  });

  it('swaps day and month only when that is another valid date', () => {
    expect(swappedDob('1990-05-07')).toBe('1990-07-05');
    expect(swappedDob('1990-05-05')).toBeNull();
    expect(swappedDob('1990-05-23')).toBeNull();
  });
});

describe('reasons from the scorer’s comparisons', () => {
  const c = (field: string, level: string, explanation = '') => ({ field, level, weight: 1, explanation });
  it('reports the name as its weaker part, swapped names as exact, and aliases as such', () => {
    const p = parseSearch({ q: 'bob smith', dob: '1970-01-02', ssnLast4: '1234' });
    expect(reasonsFrom(p, [c('givenName', 'nickname'), c('familyName', 'exact'), c('birthDate', 'dayMonthSwapped'), c('ssn', 'last4')])).toEqual([
      { field: 'name', agreement: 'close' },
      { field: 'dob', agreement: 'swapped' },
      { field: 'ssnLast4', agreement: 'exact' },
    ]);
    expect(reasonsFrom(p, [c('givenName', 'swapped'), c('familyName', 'swapped')])[0]).toEqual({ field: 'name', agreement: 'exact' });
    expect(reasonsFrom(p, [c('givenName', 'exact', 'given name agrees exactly through an alias or former name'), c('familyName', 'exact')])[0]!.field).toBe('alias');
    expect(reasonsFrom(p, [c('givenName', 'else'), c('familyName', 'exact')])[0]).toEqual({ field: 'name', agreement: 'partial' });
  });

  it('counts a year-only search whose year agrees as agreeing on the date, and drops candidates where nothing agrees', () => {
    const p = parseSearch({ q: 'smith', birthYear: 1970 });
    expect(reasonsFrom(p, [c('familyName', 'else'), c('birthDate', 'yearOnly')])).toEqual([
      { field: 'name', agreement: 'different' },
      { field: 'dob', agreement: 'exact' },
    ]);
    expect(hasSomeAgreement([{ field: 'name', agreement: 'different' }, { field: 'dob', agreement: 'different' }])).toBe(false);
    expect(hasSomeAgreement([{ field: 'name', agreement: 'partial' }])).toBe(true);
  });
});
