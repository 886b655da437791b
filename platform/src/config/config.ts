import { z } from 'zod';
import path from 'node:path';

/**
 * All configuration comes from the environment and is validated once at start.
 * A bad value stops the process with a readable list of what is wrong.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const configSchema = z.object({
  HEARTH_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HEARTH_HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  HEARTH_DATA_DIR: z.string().default('./data'),
  HEARTH_DEMO: bool.optional(),
  HEARTH_SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
  HEARTH_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  HEARTH_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  HEARTH_COOKIE_SECURE: bool.default(true),
  HEARTH_TIME_ZONE: z.string().default('America/Denver'),
  HEARTH_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HEARTH_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(200).default(25),
  HEARTH_STORAGE: z.enum(['disk', 's3']).default('disk'),
  HEARTH_S3_ENDPOINT: z.string().url().optional(),
  HEARTH_S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3–63 lowercase letters, digits, dots, dashes)').optional(),
  HEARTH_S3_REGION: z.string().default('us-east-1'),
  HEARTH_S3_ACCESS_KEY_ID: z.string().optional(),
  HEARTH_S3_SECRET_ACCESS_KEY: z.string().optional(),
  HEARTH_S3_FORCE_PATH_STYLE: bool.optional(),
  HEARTH_S3_PREFIX: z.string().regex(/^([A-Za-z0-9!_.*'()-]+\/)*$/, 'must be empty or end with / (e.g. hearth/documents/)').default(''),
  HEARTH_OIDC_ISSUER: z.string().url().optional(),
  HEARTH_OIDC_CLIENT_ID: z.string().optional(),
  HEARTH_OIDC_CLIENT_SECRET: z.string().optional(),
  HEARTH_OIDC_REDIRECT_URI: z.string().url().optional(),
  HEARTH_OIDC_SCOPES: z.string().default('openid email profile'),
  HEARTH_OIDC_LABEL: z.string().min(1).max(60).default('Agency single sign-on'),
  HEARTH_OIDC_ALLOW_INSECURE: bool.default(false),
  HEARTH_PUBLIC_URL: z.string().url().optional(),
  HEARTH_JOBS: bool.default(true),
  HEARTH_LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(20),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface HearthConfig {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  dataDir: string;
  demo: boolean;
  secretKey?: Buffer;
  session: { idleMinutes: number; maxHours: number; cookieSecure: boolean };
  timeZone: string;
  logLevel: RawConfig['HEARTH_LOG_LEVEL'];
  maxUploadBytes: number;
  storage:
    | { kind: 'disk'; dir: string }
    | {
        kind: 's3';
        /** Omitted for AWS itself. */
        endpoint?: string;
        bucket: string;
        region: string;
        /** Omitted: the AWS SDK's default credential chain (environment, instance or task role). */
        accessKeyId?: string;
        secretAccessKey?: string;
        forcePathStyle: boolean;
        prefix: string;
      };
  /** OpenID Connect single sign-on, when HEARTH_OIDC_ISSUER is set. */
  oidc?: {
    issuer: string;
    clientId: string;
    /** Omitted: a public client (PKCE only, no client authentication). */
    clientSecret?: string;
    /** Where the provider sends the browser back: …/api/auth/oidc/callback (registered with the provider). */
    redirectUri: string;
    scopes: string;
    /** What the sign-in button says. */
    label: string;
    /** Plain-http provider allowed (a local test IdP only). */
    allowInsecure: boolean;
  };
  publicUrl: string;
  jobs: boolean;
  /** Sign-in attempts allowed per client address per minute. */
  loginAttemptsPerMinute: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): HearthConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const dataDir = path.resolve(e.HEARTH_DATA_DIR);
  if (e.HEARTH_STORAGE === 's3') {
    if (!e.HEARTH_S3_BUCKET) problems.push('HEARTH_S3_BUCKET: required when HEARTH_STORAGE=s3');
    if (Boolean(e.HEARTH_S3_ACCESS_KEY_ID) !== Boolean(e.HEARTH_S3_SECRET_ACCESS_KEY)) {
      problems.push('HEARTH_S3_ACCESS_KEY_ID, HEARTH_S3_SECRET_ACCESS_KEY: set both, or neither to use the AWS default credential chain');
    }
  }
  if (e.HEARTH_OIDC_ISSUER) {
    if (!e.HEARTH_OIDC_CLIENT_ID) problems.push('HEARTH_OIDC_CLIENT_ID: required when HEARTH_OIDC_ISSUER is set');
    if (e.HEARTH_OIDC_ISSUER.startsWith('http:') && !e.HEARTH_OIDC_ALLOW_INSECURE) {
      problems.push('HEARTH_OIDC_ISSUER: must be https (HEARTH_OIDC_ALLOW_INSECURE=true allows http for a local test provider only)');
    }
    if (!e.HEARTH_OIDC_SCOPES.split(/\s+/).includes('openid')) problems.push('HEARTH_OIDC_SCOPES: must include openid');
    if (e.HEARTH_OIDC_REDIRECT_URI && !new URL(e.HEARTH_OIDC_REDIRECT_URI).pathname.endsWith('/api/auth/oidc/callback')) {
      problems.push('HEARTH_OIDC_REDIRECT_URI: must end with /api/auth/oidc/callback');
    }
  } else {
    for (const k of ['HEARTH_OIDC_CLIENT_ID', 'HEARTH_OIDC_CLIENT_SECRET', 'HEARTH_OIDC_REDIRECT_URI'] as const) {
      if (e[k]) problems.push(`${k}: set HEARTH_OIDC_ISSUER too, or remove it (single sign-on is off without an issuer)`);
    }
  }
  if (e.DATABASE_URL && !e.HEARTH_SECRET_KEY && e.HEARTH_DEMO !== true) {
    problems.push('HEARTH_SECRET_KEY: required with DATABASE_URL outside demo mode (it encrypts SSNs at rest)');
  }
  if (problems.length) throw new ConfigError(problems);
  const port = e.HEARTH_PORT;
  const publicUrl = (e.HEARTH_PUBLIC_URL ?? `http://${e.HEARTH_HOST === '0.0.0.0' ? 'localhost' : e.HEARTH_HOST}:${port}`).replace(/\/+$/, '');
  return {
    port,
    host: e.HEARTH_HOST,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    dataDir,
    demo: e.HEARTH_DEMO ?? !e.DATABASE_URL,
    secretKey: e.HEARTH_SECRET_KEY ? Buffer.from(e.HEARTH_SECRET_KEY, 'base64') : undefined,
    session: { idleMinutes: e.HEARTH_SESSION_IDLE_MINUTES, maxHours: e.HEARTH_SESSION_MAX_HOURS, cookieSecure: e.HEARTH_COOKIE_SECURE },
    timeZone: e.HEARTH_TIME_ZONE,
    logLevel: e.HEARTH_LOG_LEVEL,
    maxUploadBytes: e.HEARTH_MAX_UPLOAD_MB * 1024 * 1024,
    storage:
      e.HEARTH_STORAGE === 's3'
        ? {
            kind: 's3',
            endpoint: e.HEARTH_S3_ENDPOINT,
            bucket: e.HEARTH_S3_BUCKET!,
            region: e.HEARTH_S3_REGION,
            accessKeyId: e.HEARTH_S3_ACCESS_KEY_ID,
            secretAccessKey: e.HEARTH_S3_SECRET_ACCESS_KEY,
            // Self-hosted servers (MinIO, Ceph, s3rver) usually need path-style addressing; AWS does not.
            forcePathStyle: e.HEARTH_S3_FORCE_PATH_STYLE ?? Boolean(e.HEARTH_S3_ENDPOINT),
            prefix: e.HEARTH_S3_PREFIX,
          }
        : { kind: 'disk', dir: path.join(dataDir, 'documents') },
    oidc: e.HEARTH_OIDC_ISSUER
      ? {
          issuer: e.HEARTH_OIDC_ISSUER,
          clientId: e.HEARTH_OIDC_CLIENT_ID!,
          clientSecret: e.HEARTH_OIDC_CLIENT_SECRET || undefined,
          redirectUri: e.HEARTH_OIDC_REDIRECT_URI ?? `${publicUrl}/api/auth/oidc/callback`,
          scopes: e.HEARTH_OIDC_SCOPES,
          label: e.HEARTH_OIDC_LABEL,
          allowInsecure: e.HEARTH_OIDC_ALLOW_INSECURE,
        }
      : undefined,
    publicUrl,
    jobs: e.HEARTH_JOBS,
    loginAttemptsPerMinute: e.HEARTH_LOGIN_ATTEMPTS_PER_MINUTE,
  };
}
