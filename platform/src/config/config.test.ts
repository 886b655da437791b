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
  it('configures single sign-on with readable errors', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    const c = loadConfig({ HEARTH_OIDC_ISSUER: 'https://login.agency.example/realms/staff', HEARTH_OIDC_CLIENT_ID: 'hearth', HEARTH_PUBLIC_URL: 'https://hearth.agency.example/' });
    expect(c.oidc).toEqual({
      issuer: 'https://login.agency.example/realms/staff',
      clientId: 'hearth',
      clientSecret: undefined,
      redirectUri: 'https://hearth.agency.example/api/auth/oidc/callback',
      scopes: 'openid email profile',
      label: 'Agency single sign-on',
      allowInsecure: false,
    });
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };
    expect(problems({ HEARTH_OIDC_ISSUER: 'https://idp.example' })).toEqual(['HEARTH_OIDC_CLIENT_ID: required when HEARTH_OIDC_ISSUER is set']);
    expect(problems({ HEARTH_OIDC_ISSUER: 'http://idp.example', HEARTH_OIDC_CLIENT_ID: 'x' })[0]).toMatch(/HEARTH_OIDC_ISSUER: must be https/);
    expect(problems({ HEARTH_OIDC_ISSUER: 'http://127.0.0.1:9000', HEARTH_OIDC_CLIENT_ID: 'x', HEARTH_OIDC_ALLOW_INSECURE: 'true' })).toEqual([]);
    expect(problems({ HEARTH_OIDC_ISSUER: 'https://idp.example', HEARTH_OIDC_CLIENT_ID: 'x', HEARTH_OIDC_SCOPES: 'email' })).toEqual(['HEARTH_OIDC_SCOPES: must include openid']);
    expect(problems({ HEARTH_OIDC_ISSUER: 'https://idp.example', HEARTH_OIDC_CLIENT_ID: 'x', HEARTH_OIDC_REDIRECT_URI: 'https://h.example/cb' })[0]).toMatch(/must end with \/api\/auth\/oidc\/callback/);
    expect(problems({ HEARTH_OIDC_CLIENT_ID: 'x' })[0]).toMatch(/HEARTH_OIDC_CLIENT_ID: set HEARTH_OIDC_ISSUER too/);
    expect(problems({ HEARTH_OIDC_ISSUER: 'not a url' })[0]).toMatch(/^HEARTH_OIDC_ISSUER/);
  });
});
