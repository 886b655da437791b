/** Shared evaluation plumbing: validation errors as DomainError('RULES_INPUT'), the as-of date, results. */
import type { z } from 'zod';
import { DomainError, type DateOnly } from '@hearth/kernel';
import type { EvaluateOptions, ProgramName, RulesResult } from './program.js';
import { Tracer } from './trace.js';
import { renderExplanation, type Labels } from './explain.js';
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

export function finishResult(
  base: { program: ProgramName; rulesVersion: string; asOf: DateOnly; eligible?: boolean; amountCents?: number; reasons: Reason[]; values: Record<string, unknown> },
  tracer: Tracer | undefined,
  labels: Labels,
): RulesResult {
  const result: { -readonly [K in keyof RulesResult]: RulesResult[K] } = { ...base };
  if (base.amountCents !== undefined) result.amount = base.amountCents / 100;
  if (tracer) {
    result.trace = tracer.steps;
    result.explanation = renderExplanation(tracer.steps, labels, base.reasons);
  }
  return result;
}
