import { describe, expect, it } from 'vitest';
import { compareLevels, createScorer, FIELD_INDEX, FIELD_LEVELS, prepareRecord } from './index.js';

const dobLevel = (x: string, y: string) => {
  const l = compareLevels(prepareRecord({ id: 'a', birthDate: x }), prepareRecord({ id: 'b', birthDate: y }))[FIELD_INDEX.birthDate]!;
  return FIELD_LEVELS.birthDate[l];
};

describe('birth date levels', () => {
  it('decadeOff: ten years apart give or take two months', () => {
    expect(dobLevel('1971-06-24', '1981-08-02')).toBe('decadeOff');
    expect(dobLevel('2016-10-10', '2006-09-14')).toBe('decadeOff');
    expect(dobLevel('1971-06-24', '1981-06-25')).toBe('decadeOff');
  });
  it('keeps the stronger levels before it and else after it', () => {
    expect(dobLevel('1971-06-24', '1981-06-24')).toBe('oneEdit'); // one digit
    expect(dobLevel('1971-06-24', '1972-03-01')).toBe('withinYear');
    expect(dobLevel('1971-06-24', '1981-10-30')).toBe('else'); // ten years and four months
    expect(dobLevel('1971-06-24', '1976-06-20')).toBe('else');
  });
  it('explains the level in plain words and the default model weighs it above else', () => {
    const s = createScorer().score({ id: 'a', givenName: 'Ann', birthDate: '1971-06-24' }, { id: 'b', givenName: 'Ann', birthDate: '1981-07-02' });
    const c = s.comparisons.find((x) => x.field === 'birthDate')!;
    expect(c.level).toBe('decadeOff');
    expect(c.explanation).toMatch(/ten years apart/);
    const e = createScorer().score({ id: 'a', givenName: 'Ann', birthDate: '1971-06-24' }, { id: 'b', givenName: 'Ann', birthDate: '1985-01-02' });
    expect(c.weight).toBeGreaterThan(e.comparisons.find((x) => x.field === 'birthDate')!.weight);
  });
});
