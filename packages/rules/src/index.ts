/**
 * @hearth/rules — rules as code: pure functions of facts and a date, with effective-dated parameters,
 * citations, traces and bilingual explanations. No I/O, clock or environment inside.
 */
import { z } from 'zod';
import { DomainError } from '@hearth/kernel';
import { parseFacts } from './engine/evaluate.js';
import { PROGRAM_NAMES, type EvaluateOptions, type ProgramName, type RulesProgram, type RulesResult } from './engine/program.js';
import { snapProgram } from './programs/snap/program.js';
import { tanfCoProgram } from './programs/tanf-co/program.js';
import { tanfMsProgram } from './programs/tanf-ms/program.js';
import { medicaidMagiProgram } from './programs/medicaid-magi/program.js';
import { caChildSupportProgram } from './programs/ca-child-support/program.js';
import { tanfWprProgram } from './programs/tanf-wpr/program.js';

export { RULES_VERSION, RULES_RELEASE, PARAMETER_HASH } from './rules-version.js';
export { PROGRAM_NAMES } from './engine/program.js';
export { serializeResult, writeResult } from './engine/serialize.js';
export { ByteSink } from './engine/bytes.js';
export type { ProgramName, RulesProgram, RulesResult, EvaluateOptions, ProgramExample } from './engine/program.js';
export type { TraceStep, ParamRead, Unit } from './engine/trace.js';
export type { Dated, Series } from './engine/params.js';
export type { Reason, Text } from './engine/text.js';

/** Each program's evaluate is typed by its own schema; the registry holds them behind the common contract. */
const asProgram = <P>(p: P) => p as unknown as RulesProgram;

export const programs: Readonly<Record<ProgramName, RulesProgram>> = {
  snap: asProgram(snapProgram),
  'tanf-co': asProgram(tanfCoProgram),
  'tanf-ms': asProgram(tanfMsProgram),
  'medicaid-magi': asProgram(medicaidMagiProgram),
  'ca-child-support': asProgram(caChildSupportProgram),
  'tanf-wpr': asProgram(tanfWprProgram),
};

export function isProgramName(name: string): name is ProgramName {
  return (PROGRAM_NAMES as readonly string[]).includes(name);
}

export function getProgram(name: string): RulesProgram {
  const p = isProgramName(name) ? programs[name] : undefined;
  if (!p) throw new DomainError('RULES_INPUT', `Unknown rules program: ${name}`, [{ path: 'program', message: `one of ${PROGRAM_NAMES.join(', ')}` }]);
  return p;
}

/** Validates raw JSON facts against the program's schema, then evaluates. Bad input → DomainError('RULES_INPUT'). */
export function evaluateProgram(name: string, rawFacts: unknown, opts: EvaluateOptions = {}): RulesResult {
  const program = getProgram(name);
  const facts = program.parse ? program.parse(rawFacts) : parseFacts(program.inputSchema, rawFacts, name);
  return program.evaluate(facts, opts);
}

/** JSON Schema of a program's input (for `hearth rules schema` and OpenAPI). */
export function inputJsonSchema(name: string): Record<string, unknown> {
  return z.toJSONSchema(getProgram(name).inputSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
