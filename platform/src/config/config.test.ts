import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('defaults to embedded PGlite in ./data with demo mode', () => {
    const c = loadConfig({});
    expect(c.database.kind).toBe('pglite');
    expect(c.demo).toBe(true);
    expect(c.port).toBe(3000);
  });
  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://localhost/x', HEARTH_DEMO: 'true' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://localhost/x' });
  });
  it('lists every problem readably', () => {
    try {
      loadConfig({ HEARTH_PORT: 'abc', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as ConfigError).message;
      expect(msg).toContain('HEARTH_PORT');
      expect(msg).toContain('DATABASE_URL: must be a postgres');
    }
  });
  it('requires a secret key for production PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://h/db' })).toThrow(/HEARTH_SECRET_KEY/);
  });
});
