import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createFieldCipher } from './field-encryption.js';

describe('field encryption', () => {
  it('round-trips and never stores the clear text', () => {
    const c = createFieldCipher(randomBytes(32));
    const sealed = c.encrypt('123456789');
    expect(sealed).not.toContain('6789');
    expect(c.decrypt(sealed)).toBe('123456789');
    expect(c.encrypt('123456789')).not.toBe(sealed);
  });
  it('refuses a tampered value', () => {
    const c = createFieldCipher(randomBytes(32));
    const sealed = c.encrypt('123456789');
    const bad = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => c.decrypt(bad)).toThrow();
  });
});
