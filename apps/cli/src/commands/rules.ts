import { createInterface } from 'node:readline';
import { DomainError } from '@hearth/kernel';
import { evaluateProgram, getProgram, inputJsonSchema } from '@hearth/rules';

/**
 * `hearth rules eval --program <name> [--explain]`: JSON Lines of facts on stdin, one result per line on stdout.
 * A line that is not valid JSON or not valid input yields an error object for that line (with its id), and the
 * command exits 1 at the end; the other lines are still evaluated.
 */
export async function rulesEval(program: string, explain: boolean): Promise<number> {
  getProgram(program);
  let failures = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let facts: any;
    try {
      facts = JSON.parse(line);
    } catch {
      failures++;
      process.stdout.write(`${JSON.stringify({ line: lineNo, error: { code: 'VALIDATION', message: 'not valid JSON', details: [] } })}\n`);
      continue;
    }
    const id = facts && typeof facts === 'object' ? facts.id : undefined;
    try {
      const result = evaluateProgram(program, facts, { explain });
      process.stdout.write(`${JSON.stringify({ id, ...result })}\n`);
    } catch (err) {
      failures++;
      const e = err instanceof DomainError ? { code: err.code, message: err.message, details: err.details } : { code: 'INTERNAL', message: String(err), details: [] };
      process.stdout.write(`${JSON.stringify({ id, line: lineNo, error: e })}\n`);
    }
  }
  return failures ? 1 : 0;
}

export function rulesSchema(program: string) {
  process.stdout.write(`${JSON.stringify(inputJsonSchema(program), null, 2)}\n`);
}
