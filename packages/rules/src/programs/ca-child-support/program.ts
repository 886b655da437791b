import type { DateOnly } from '@hearth/kernel';
import { assertCovered, type Coverage } from '../../engine/params.js';
import { finishResult, resolveAsOf, tracerFor } from '../../engine/evaluate.js';
import type { EvaluateOptions, RulesProgram, RulesResult } from '../../engine/program.js';
import { RULES_VERSION } from '../../rules-version.js';
import { caChildSupportInputSchema, type CaChildSupportInput } from './schema.js';
import { computeCaChildSupport } from './rules.js';
import { CA_CHILD_SUPPORT_LABELS } from './labels.js';
import { CA_CHILD_SUPPORT_EXAMPLES } from './examples/examples.js';

export const CA_CHILD_SUPPORT_COVERAGE: Coverage = { from: '2022-01-01', to: '2026-12-31' };

export function evaluateCaChildSupport(facts: CaChildSupportInput, opts?: EvaluateOptions): RulesResult {
  const asOf: DateOnly = resolveAsOf(opts, facts.asOf);
  assertCovered(CA_CHILD_SUPPORT_COVERAGE, asOf, 'California child support');
  const t = tracerFor(opts);
  const o = computeCaChildSupport(facts, asOf, t);
  return finishResult(
    {
      program: 'ca-child-support',
      rulesVersion: RULES_VERSION,
      asOf,
      amountCents: o.support,
      reasons: o.reasons,
      values: {
        payer: o.payer,
        netDisposableIncomeCents: { A: o.netDisposableIncomeA, B: o.netDisposableIncomeB },
        highEarner: o.highEarner,
        highEarnerTimeShare: o.highEarnerTimeShare,
        totalNetIncomeCents: o.totalNetIncome,
        incomeFraction: Math.round(o.incomeFraction * 1e6) / 1e6,
        k: Math.round(o.k * 1e4) / 1e4,
        kExact: o.k,
        oneChildSupportCents: o.oneChildSupport,
        allocationByChildCents: o.perChild,
        lowIncomeAdjustmentCents: o.lowIncomeAdjustment,
        interestCents: o.interest,
      },
    },
    t,
    CA_CHILD_SUPPORT_LABELS,
  );
}

export const caChildSupportProgram: RulesProgram<typeof caChildSupportInputSchema> = {
  name: 'ca-child-support',
  title: { en: 'California guideline child support (Fam. Code 4055)', es: 'Manutención de menores según la guía de California (Código de Familia 4055)' },
  inputSchema: caChildSupportInputSchema,
  evaluate: evaluateCaChildSupport,
  examples: CA_CHILD_SUPPORT_EXAMPLES,
};
