import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyBaseLogger } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, validatorCompiler, jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@hearth/kernel';
import { HTTP_STATUS_BY_CODE } from './error-map.js';
import type { ErrorDetail } from '@hearth/kernel';

/** What a route needs to be reached: a permission code, 'authenticated' (any signed-in user) or 'public'. */
export type RoutePermission = string;

/** Minimal view of the signed-in user that the platform needs; identity supplies the rest. */
export interface PrincipalBase {
  userId: string;
  permissions: ReadonlySet<string>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    principal: PrincipalBase | null;
  }
  interface FastifyInstance {
    /** Every /api route with the permission it declares (for the role × route matrix test and the docs). */
    hearthRoutes: Array<{ method: string; url: string; permission: string }>;
  }
}

export type HttpApp = FastifyInstance<any, any, any, FastifyBaseLogger, ZodTypeProvider>;

export interface HttpAppOptions {
  logger?: boolean | { level: string };
  bodyLimit?: number;
  /** Finds the signed-in user for a request (or null); may throw DomainError('CSRF'). */
  authenticate: (request: FastifyRequest) => Promise<PrincipalBase | null>;
  title?: string;
  version?: string;
  /** Answers unknown non-API paths (the web app's client-side routes); 404 JSON otherwise. */
  pageFallback?: (request: FastifyRequest, reply: import('fastify').FastifyReply) => unknown;
}

export interface ErrorBody {
  code: string;
  message: string;
  details: ErrorDetail[];
}

function zodIssuesToDetails(issues: Array<{ path: PropertyKey[]; message: string }>, prefix: string): ErrorDetail[] {
  return issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}

/**
 * The HTTP stack every module's routes run in: zod validation (strict, with field paths), one error format,
 * deny-by-default permissions, OpenAPI at /api/openapi.json and a browsable reference at /api/docs.
 */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: true,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Deny by default: a route that declares no permission cannot even be registered.
  const routes: Array<{ method: string; url: string; permission: string }> = [];
  app.decorate('hearthRoutes', routes);
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/')) return;
    if (url.startsWith('/api/docs')) return;
    if (!route.config?.permission) {
      throw new Error(`Route ${route.method} ${url} declares no permission (config.permission): refusing to register it`);
    }
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url, permission: route.config.permission });
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: options.title ?? 'Hearth API', version: options.version ?? '0.1.0', description: 'Case management for human-services agencies. Errors are {code, message, details:[{path, message}]}.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hearth_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('principal', null);

  // Who is asking, and may they: decided before the body is even validated.
  app.addHook('onRequest', async (request) => {
    request.principal = null;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    request.principal = await options.authenticate(request);
    if (request.is404) return;
    const permission = request.routeOptions.config?.permission;
    if (!permission) throw new DomainError('FORBIDDEN', 'This route declares no permission');
    if (permission === 'public') return;
    if (!request.principal) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
    if (permission === 'authenticated') return;
    if (!request.principal.permissions.has(permission)) {
      throw new DomainError('FORBIDDEN', `Your role does not allow this (needs ${permission})`);
    }
  });

  app.setErrorHandler((error: any, request, reply) => {
    let status: number;
    let body: ErrorBody;
    if (error instanceof DomainError) {
      status = HTTP_STATUS_BY_CODE[error.code];
      body = { code: error.code, message: error.message, details: error.details };
      if (error.data) Object.assign(body, { data: error.data });
    } else if (error.validation) {
      status = 400;
      const ctx = error.validationContext ?? 'body';
      const details: ErrorDetail[] = Array.isArray(error.validation)
        ? error.validation.map((v: any) => ({
            path: [ctx, ...(v.instancePath ? String(v.instancePath).split('/').filter(Boolean) : []), ...(v.params?.issue?.path ?? [])].join('.'),
            message: v.message ?? 'is not valid',
          }))
        : [];
      body = { code: 'VALIDATION', message: 'The request is not valid', details };
    } else if (error.name === 'ZodError' && Array.isArray(error.issues)) {
      status = 400;
      body = { code: 'VALIDATION', message: 'The request is not valid', details: zodIssuesToDetails(error.issues, '') };
    } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      const code =
        error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'PAYLOAD_TOO_LARGE'
        : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'UNSUPPORTED_MEDIA_TYPE'
        : status === 429 ? 'RATE_LIMITED'
        : 'VALIDATION';
      const message = error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError ? 'The body is not valid JSON' : error.message;
      body = { code, message, details: error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? [{ path: 'body', message }] : [] };
    } else {
      request.log.error({ err: error }, 'unhandled error');
      status = 500;
      body = { code: 'INTERNAL', message: 'Something went wrong on our side. It has been logged.', details: [] };
    }
    reply.status(status).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    if (options.pageFallback && !request.url.startsWith('/api/') && request.method === 'GET') return options.pageFallback(request, reply);
    reply.status(404).send({ code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}`, details: [] });
  });

  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());

  return app;
}
