import { evaluateProgram, type RulesResult } from '@hearth/rules';
import { ageOn } from '@hearth/kernel';
import { DomainError } from '@hearth/kernel';
import { buildFacts, evidenceInForce } from '../../domain/facts.js';
import { RULES_PROGRAM, type EligProgram } from '../../domain/programs.js';
import { monthLabel, type Month } from '../../domain/months.js';
import type { EvidenceRow } from '../../domain/evidence.js';
import type { MonthResult } from '../../domain/decision.js';

export interface EvaluatedMonth extends MonthResult {
  facts: Record<string, unknown>;
  result: RulesResult;
}

/** Builds each month's facts from the evidence in force and evaluates them with @hearth/rules (trace + explanation). */
export function evaluateMonths(
  o: { program: EligProgram; state: string; filedOn: string; tanfStatus: 'applicant' | 'recipient'; evidence: readonly EvidenceRow[]; months: readonly Month[]; explain?: boolean },
): EvaluatedMonth[] {
  return o.months.map((month) => {
    const facts = buildFacts(o.evidence, { program: o.program, month, state: o.state, filedOn: o.filedOn, tanfStatus: o.tanfStatus });
    if (!facts) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'firstMonth', message: `no household member applies for ${o.program} in ${monthLabel(month)}` }]);
    const result = evaluateProgram(RULES_PROGRAM[o.program], facts, { asOf: month, explain: o.explain ?? true });
    const adults = evidenceInForce(o.evidence, month).members.filter((m) => ageOn(m.payload.dob, month) >= 18);
    return {
      month, facts, result, eligible: Boolean(result.eligible), amountCents: result.amountCents ?? null,
      allAdultsElderlyOrDisabled: adults.length > 0 && adults.every((m) => m.payload.disabled || ageOn(m.payload.dob, month) >= 60),
    };
  });
}

/** What is stored as the result beside the trace: the rules' values and reasons (money in cents). */
export function storedResult(r: RulesResult) {
  return { eligible: r.eligible, amountCents: r.amountCents, reasons: r.reasons, values: r.values };
}
