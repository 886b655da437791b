/**
 * Trace recorder. Rules call `t?.step(...)`: with no recorder (explain not requested) the optional call
 * short-circuits and its arguments are never built, so the no-trace path allocates nothing.
 */
import type { Dated } from './params.js';

export type Unit = 'cents' | 'count' | 'boolean' | 'bp' | 'date' | 'text' | 'hours' | 'ratio' | 'months' | 'weeks';

/** A parameter value as read by a rule: the value used, when it took effect and where it comes from. */
export interface ParamRead {
  readonly id: string;
  readonly value: unknown;
  readonly unit: Unit;
  readonly from: string;
  readonly citation: string;
  readonly unverified?: string;
}

export interface TraceStep {
  /** Stable id of the computed value (e.g. "netIncome"). */
  readonly id: string;
  readonly value: unknown;
  readonly unit: Unit;
  /** The rule that computes it. */
  readonly rule: string;
  /** Ids of the facts and earlier steps it was computed from. */
  readonly inputs: readonly string[];
  readonly params: readonly ParamRead[];
}

export class Tracer {
  readonly steps: TraceStep[] = [];

  step(id: string, value: unknown, unit: Unit, rule: string, inputs: readonly string[] = [], params: readonly ParamRead[] = []): void {
    this.steps.push({ id, value, unit, rule, inputs, params });
  }
}

/** Records the read of a dated parameter; `value` overrides the entry's value (e.g. one cell of a size table). */
export function read(id: string, entry: Dated<unknown>, unit: Unit, value: unknown = entry.value): ParamRead {
  const r: { -readonly [K in keyof ParamRead]: ParamRead[K] } = { id, value, unit, from: entry.from, citation: entry.citation };
  if (entry.unverified) r.unverified = entry.unverified;
  return r;
}
