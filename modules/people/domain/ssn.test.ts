import { describe, expect, it } from 'vitest';
import { maskSsn, parseSsn } from './ssn.js';

describe('parseSsn', () => {
  it('accepts dashed and bare forms and keeps the last four', () => {
    expect(parseSsn('912-34-5678')).toEqual({ digits: '912345678', last4: '5678' });
    expect(parseSsn(' 912345678 ')).toEqual({ digits: '912345678', last4: '5678' });
  });
  it('refuses numbers that are never issued or malformed', () => {
    for (const bad of ['000-12-3456', '666-12-3456', '912-00-3456', '912-34-0000', '91-234-5678', '9123456789', 'abc-de-fghi']) expect(parseSsn(bad)).toBeNull();
  });
  it('masks to the last four', () => {
    expect(maskSsn('5678')).toBe('***-**-5678');
    expect(maskSsn(null)).toBeNull();
  });
});
