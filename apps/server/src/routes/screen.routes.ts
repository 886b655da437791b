import { z } from 'zod';
import rateLimit from '@fastify/rate-limit';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PROGRAM_NAMES, evaluateProgram, inputJsonSchema } from '@hearth/rules';
import type { HttpApp } from '@hearth/platform';

/**
 * Public pre-screening: a family can check before applying. No sign-in, rate limited per address,
 * the same schemas as `hearth rules eval`. Nothing is stored.
 */
export async function registerScreenRoutes(app: HttpApp, opts: { perMinute: number }) {
  await app.register(async (plain) => {
    const scoped = plain.withTypeProvider<ZodTypeProvider>();
    await scoped.register(rateLimit, { max: opts.perMinute, timeWindow: '1 minute' });
    scoped.post('/api/screen/:program', {
      config: { permission: 'public' },
      schema: {
        tags: ['screening'],
        summary: 'Screen a household for a program (no sign-in; nothing stored)',
        description: `Programs: ${PROGRAM_NAMES.join(', ')}. The body is the program's facts (see GET /api/screen/{program}/schema). Add ?explain=true for the trace and a plain-language explanation in English and Spanish.`,
        params: z.object({ program: z.enum(PROGRAM_NAMES as unknown as [string, ...string[]]) }),
        querystring: z.object({ explain: z.enum(['true', 'false']).optional() }),
        body: z.record(z.string(), z.unknown()),
      },
    }, async (request) => {
      const result = evaluateProgram(request.params.program, request.body, { explain: request.query.explain === 'true' });
      return { id: (request.body as { id?: unknown }).id, ...result };
    });
    scoped.get('/api/screen/:program/schema', {
      config: { permission: 'public' },
      schema: { tags: ['screening'], summary: 'The input JSON Schema of a program', params: z.object({ program: z.enum(PROGRAM_NAMES as unknown as [string, ...string[]]) }) },
    }, async (request) => inputJsonSchema(request.params.program));
  });
}
