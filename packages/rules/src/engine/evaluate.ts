/** Shared evaluation plumbing: validation errors as DomainError('RULES_INPUT'), the as-of date, results. */
import type { z } from 'zod';
import { DomainError, type DateOnly } from '@hearth/kernel';
import type { EvaluateOptions, ProgramName, RulesResult } from './program.js';
import { Tracer } from './trace.js';
import { renderTracer, type Labels } from './explain.js';
import type { Reason } from './text.js';

export function parseFacts<S extends z.ZodType>(schema: S, raw: unknown, program: string): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const details = r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  throw new DomainError('RULES_INPUT', `Invalid ${program} input: ${details.map((d) => `${d.path || '(root)'}: ${d.message}`).join('; ')}`, details);
}

export function resolveAsOf(opts: EvaluateOptions | undefined, factsAsOf: DateOnly | undefined): DateOnly {
  const asOf = opts?.asOf ?? factsAsOf;
  if (!asOf) throw new DomainError('RULES_INPUT', 'asOf is required (in the input or the options)', [{ path: 'asOf', message: 'required' }]);
  return asOf;
}

/** Starts a trace only when an explanation is requested. */
export function tracerFor(opts: EvaluateOptions | undefined): Tracer | undefined {
  return opts?.explain ? new Tracer() : undefined;
}

/** The compact trace behind an explained result, for the serializer (serialize.ts). */
export const EXPLAINED = new WeakMap<RulesResult, { readonly tracer: Tracer; readonly labels: Labels }>();

/**
 * Assembles the result. With a tracer, `trace` and `explanation` are enumerable getters that build the
 * plain objects and sentences on first access (and keep them); `serializeResult` writes the same JSON
 * straight from the compact trace without building them.
 */
export function finishResult(
  base: { program: ProgramName; rulesVersion: string; asOf: DateOnly; eligible?: boolean; amountCents?: number; reasons: Reason[]; values: Record<string, unknown> },
  tracer: Tracer | undefined,
  labels: Labels,
): RulesResult {
  // `base` is always a fresh literal from the program: completed in place rather than copied.
  const result = base as { -readonly [K in keyof RulesResult]: RulesResult[K] };
  if (base.amountCents !== undefined) result.amount = base.amountCents / 100;
  if (tracer) {
    let trace: RulesResult['trace'];
    let explanation: RulesResult['explanation'];
    Object.defineProperty(result, 'trace', {
      enumerable: true,
      configurable: true,
      get: () => {
        EXPLAINED.delete(result); // once handed out (and maybe changed), serialize what the caller sees
        return (trace ??= tracer.steps);
      },
      set: (v: RulesResult['trace']) => {
        EXPLAINED.delete(result);
        trace = v;
      },
    });
    Object.defineProperty(result, 'explanation', {
      enumerable: true,
      configurable: true,
      get: () => {
        EXPLAINED.delete(result);
        return (explanation ??= renderTracer(tracer, labels, base.reasons));
      },
      set: (v: RulesResult['explanation']) => {
        EXPLAINED.delete(result);
        explanation = v;
      },
    });
    EXPLAINED.set(result, { tracer, labels });
  }
  return result;
}
