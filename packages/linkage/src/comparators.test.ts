import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, jaroWinkler } from './comparators.js';
import { compactName, normalizeName } from './normalize.js';
import { phoneticKey, soundex } from './phonetic.js';
import { areNicknameVariants, givenNameKeys, givenNameVariants } from './nicknames.js';

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
  });
  it('is 1 for equal strings, 0 with nothing in common or an empty side, and symmetric', () => {
    expect(jaroWinkler('smith', 'smith')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('jonathan', 'johnathan')).toBeCloseTo(jaroWinkler('johnathan', 'jonathan'), 12);
  });
});

describe('damerauLevenshtein (optimal string alignment)', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(damerauLevenshtein('ca', 'ac')).toBe(1);
    expect(damerauLevenshtein('19800307', '19800370')).toBe(1);
    expect(damerauLevenshtein('smith', 'smiht')).toBe(1);
  });
  it('counts insertions, deletions and substitutions', () => {
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('abc', 'abc')).toBe(0);
    // OSA, not unrestricted DL: a substring is not edited twice
    expect(damerauLevenshtein('ca', 'abc')).toBe(3);
  });
  it('stops early at max + 1', () => {
    expect(damerauLevenshtein('aaaaaaaa', 'bbbbbbbb', 1)).toBe(2);
    expect(damerauLevenshtein('abcd', 'abdc', 1)).toBe(1);
  });
});

describe('normalizeName', () => {
  it('drops accents, case, apostrophes and punctuation', () => {
    expect(normalizeName("José  O'Brien-Smith")).toBe('jose obrien smith');
    expect(normalizeName('MÜLLER')).toBe('muller');
    expect(normalizeName('Søren Łukasz Straße')).toBe('soren lukasz strasse');
    expect(compactName('van der Berg')).toBe('vanderberg');
    expect(normalizeName(null)).toBe('');
  });
});

describe('phoneticKey (Soundex as PostgreSQL fuzzystrmatch computes it)', () => {
  // Captured from PostgreSQL 15.18: select n || '=' || soundex(n) from unnest(array[...]) n
  const PG =
    'ashcraft=A226 robert=R163 rupert=R163 pfister=P236 tymczak=T522 lloyd=L300 obrien=O165 vanderberg=V536 schmidt=S530 ' +
    'washington=W252 lee=L000 gutierrez=G362 jackson=J250 honeyman=H555 a=A000 wh=W000 hh=H000 bb=B000 tt=T000 mcdonald=M235 ' +
    'szczepanski=S152 xavier=X160 yyy=Y000 abcdefghijklmnopqrstuvwxyz=A123';
  for (const pair of PG.split(' ')) {
    const [name, code] = pair.split('=');
    it(`${name} → ${code}`, () => expect(soundex(name!)).toBe(code));
  }
  it('normalizes before coding', () => {
    expect(phoneticKey("O'Brien")).toBe('O165');
    expect(phoneticKey('Van der Berg')).toBe('V536');
    expect(phoneticKey('Müller')).toBe(phoneticKey('muller'));
    expect(phoneticKey('')).toBe('');
  });
});

describe('nicknames', () => {
  it('relates a nickname and its canonical name, and two nicknames of the same name, one step only', () => {
    expect(areNicknameVariants('Bob', 'Robert')).toBe(true);
    expect(areNicknameVariants('Peggy', 'Margaret')).toBe(true);
    expect(areNicknameVariants('Bobby', 'Rob')).toBe(true);
    expect(areNicknameVariants('Robert', 'Margaret')).toBe(false);
    // ron is a nickname of both aaron and ronald; aaron and ronald are not variants of each other
    expect(areNicknameVariants('Aaron', 'Ronald')).toBe(false);
    expect(givenNameVariants('Bob')[0]).toBe('bob');
    expect(givenNameVariants('Bob')).toContain('robert');
    expect(givenNameKeys('Bob')).toContain('robert');
    expect(givenNameVariants('')).toEqual([]);
  });
});
