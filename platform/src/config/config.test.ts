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
  it('validates S3 storage: bucket required, keys in pairs, path style by default with a custom endpoint', () => {
    expect(() => loadConfig({ HEARTH_STORAGE: 's3' })).toThrow(/HEARTH_S3_BUCKET: required when HEARTH_STORAGE=s3/);
    expect(() => loadConfig({ HEARTH_STORAGE: 's3', HEARTH_S3_BUCKET: 'docs', HEARTH_S3_ACCESS_KEY_ID: 'k' })).toThrow(/set both, or neither/);
    expect(() => loadConfig({ HEARTH_STORAGE: 's3', HEARTH_S3_BUCKET: 'Bad_Bucket' })).toThrow(/HEARTH_S3_BUCKET: must be an S3 bucket name/);
    expect(() => loadConfig({ HEARTH_STORAGE: 's3', HEARTH_S3_BUCKET: 'docs', HEARTH_S3_PREFIX: 'no-slash' })).toThrow(/HEARTH_S3_PREFIX/);
    const minio = loadConfig({ HEARTH_STORAGE: 's3', HEARTH_S3_BUCKET: 'docs', HEARTH_S3_ENDPOINT: 'http://minio:9000', HEARTH_S3_ACCESS_KEY_ID: 'k', HEARTH_S3_SECRET_ACCESS_KEY: 's' });
    expect(minio.storage).toEqual({ kind: 's3', endpoint: 'http://minio:9000', bucket: 'docs', region: 'us-east-1', accessKeyId: 'k', secretAccessKey: 's', forcePathStyle: true, prefix: '' });
    const aws = loadConfig({ HEARTH_STORAGE: 's3', HEARTH_S3_BUCKET: 'docs', HEARTH_S3_REGION: 'us-west-2' });
    expect(aws.storage).toMatchObject({ kind: 's3', endpoint: undefined, region: 'us-west-2', forcePathStyle: false, accessKeyId: undefined });
    expect(loadConfig({ HEARTH_STORAGE: 's3', HEARTH_S3_BUCKET: 'docs', HEARTH_S3_FORCE_PATH_STYLE: 'true' }).storage).toMatchObject({ forcePathStyle: true });
  });
});
