/** The contract every rules program implements, and the result every evaluation returns. */
import type { z } from 'zod';
import type { DateOnly } from '@hearth/kernel';
import type { TraceStep } from './trace.js';
import type { Reason } from './text.js';

export const PROGRAM_NAMES = ['snap', 'tanf-co', 'tanf-ms', 'medicaid-magi', 'ca-child-support', 'tanf-wpr'] as const;
export type ProgramName = (typeof PROGRAM_NAMES)[number];

export interface EvaluateOptions {
  /** The date the rules are evaluated for (benefit month, order date …). Overrides the input's own `asOf`. */
  readonly asOf?: DateOnly;
  /** Collect the trace and render the explanation. */
  readonly explain?: boolean;
}

export interface RulesResult {
  readonly program: ProgramName;
  readonly rulesVersion: string;
  readonly asOf: DateOnly;
  readonly eligible?: boolean;
  readonly amountCents?: number;
  /** amountCents in dollars, for JSON consumers. */
  readonly amount?: number;
  readonly reasons: Reason[];
  readonly values: Record<string, unknown>;
  readonly trace?: TraceStep[];
  readonly explanation?: { en: string[]; es: string[] };
}

export interface ProgramExample {
  readonly title: string;
  readonly citation: string;
  readonly input: unknown;
  readonly asOf?: DateOnly;
  /** Expected parts of the result (compared with toMatchObject in tests). */
  readonly expected?: Record<string, unknown>;
}

export interface RulesProgram<Schema extends z.ZodType = z.ZodType> {
  readonly name: ProgramName;
  readonly title: { readonly en: string; readonly es: string };
  readonly inputSchema: Schema;
  readonly outputSchema?: z.ZodType;
  /**
   * Optional fast validator: must accept exactly what inputSchema accepts, with the same parsed value, and
   * fall back to inputSchema for the error details (see programs/snap/fast-input.ts). Default: inputSchema.
   */
  readonly parse?: (raw: unknown) => z.output<Schema>;
  /** Facts must already satisfy inputSchema (evaluateProgram parses raw input first). */
  evaluate(facts: z.output<Schema>, opts?: EvaluateOptions): RulesResult;
  readonly examples: readonly ProgramExample[];
}
