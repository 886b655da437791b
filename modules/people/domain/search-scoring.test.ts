import { describe, expect, it } from 'vitest';
import { criteriaOf, dobAgreement, isSuspectedDuplicate, scoreCandidate, type CandidateEvidence } from './search-scoring.js';

const maria: CandidateEvidence = { searchName: 'maria elena garcia', dob: '1985-03-07', ssnLast4: '1234', nameSimilarity: 1, aliasSimilarity: null };

describe('dobAgreement', () => {
  it('grades exact, swapped day and month, one digit slipped, same year, different and missing', () => {
    expect(dobAgreement('1985-03-07', '1985-03-07').agreement).toBe('exact');
    expect(dobAgreement('1985-07-03', '1985-03-07').agreement).toBe('swapped');
    expect(dobAgreement('1985-03-08', '1985-03-07').agreement).toBe('close');
    expect(dobAgreement('1985-11-20', '1985-03-07').agreement).toBe('partial');
    expect(dobAgreement('1990-11-20', '1985-03-07').agreement).toBe('different');
    expect(dobAgreement('1990-11-20', null).agreement).toBe('missing');
  });
});

describe('scoreCandidate', () => {
  it('scores a full agreement 1 with a reason per field given', () => {
    const r = scoreCandidate(criteriaOf({ q: 'María Elena García', dob: '1985-03-07', ssnLast4: '1234' }), maria);
    expect(r.score).toBe(1);
    expect(r.reasons).toEqual([
      { field: 'name', agreement: 'exact' },
      { field: 'dob', agreement: 'exact' },
      { field: 'ssnLast4', agreement: 'exact' },
    ]);
  });

  it('ranks a close name with the same birth date above the same name with another birth date', () => {
    const c = criteriaOf({ q: 'maria garsia', dob: '1985-03-07' });
    const close = scoreCandidate(c, { ...maria, nameSimilarity: 0.6 });
    const otherDob = scoreCandidate(c, { ...maria, nameSimilarity: 0.6, dob: '1970-01-01' });
    expect(close.score).toBeGreaterThan(otherDob.score);
  });

  it('names the alias when an alias explains the match better', () => {
    const r = scoreCandidate(criteriaOf({ q: 'maria lopez' }), { ...maria, nameSimilarity: 0.3, aliasSimilarity: 1, aliasExact: true });
    expect(r.reasons).toEqual([{ field: 'alias', agreement: 'exact' }]);
    expect(r.score).toBeGreaterThan(0.9);
  });

  it('gives 0 when nothing agrees', () => {
    expect(scoreCandidate(criteriaOf({ q: 'zzz', ssnLast4: '9999' }), { ...maria, nameSimilarity: 0.05 }).score).toBe(0);
  });
});

describe('isSuspectedDuplicate', () => {
  it('needs a close name and an exact date of birth or SSN last four, and no conflicting SSN', () => {
    expect(isSuspectedDuplicate([{ field: 'name', agreement: 'close' }, { field: 'dob', agreement: 'exact' }])).toBe(true);
    expect(isSuspectedDuplicate([{ field: 'alias', agreement: 'exact' }, { field: 'ssnLast4', agreement: 'exact' }])).toBe(true);
    expect(isSuspectedDuplicate([{ field: 'name', agreement: 'partial' }, { field: 'dob', agreement: 'exact' }])).toBe(false);
    expect(isSuspectedDuplicate([{ field: 'name', agreement: 'exact' }, { field: 'dob', agreement: 'exact' }, { field: 'ssnLast4', agreement: 'different' }])).toBe(false);
    expect(isSuspectedDuplicate([{ field: 'name', agreement: 'exact' }])).toBe(false);
  });
});

describe('exact names', () => {
  it('calls a name exact only when the words are the same, in any order, with or without the middle name', () => {
    const c = { ...maria, searchFirst: 'maria', searchLast: 'garcia', nameSimilarity: 1 };
    expect(scoreCandidate(criteriaOf({ q: 'Garcia, María' }), c).reasons[0]!.agreement).toBe('exact');
    expect(scoreCandidate(criteriaOf({ q: 'maria elena garcia' }), c).reasons[0]!.agreement).toBe('exact');
    // "Elena Garcia" is wholly inside "Maria Elena Garcia" (word similarity 1) but is not the same name.
    const inside = scoreCandidate(criteriaOf({ q: 'elena garcia' }), c);
    expect(inside.reasons[0]!.agreement).toBe('close');
    expect(inside.score).toBeLessThan(1);
  });
});
