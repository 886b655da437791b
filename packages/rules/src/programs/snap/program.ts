import type { DateOnly } from '@hearth/kernel';
import { assertCovered, type Coverage } from '../../engine/params.js';
import { finishResult, resolveAsOf, tracerFor } from '../../engine/evaluate.js';
import { registerValuesShape } from '../../engine/serialize.js';
import type { EvaluateOptions, RulesProgram, RulesResult } from '../../engine/program.js';
import { RULES_VERSION } from '../../rules-version.js';
import { snapInputSchema, type SnapInput } from './schema.js';
import { parseSnapInput } from './fast-input.js';
import { snapParameters } from './resolve-parameters.js';
import { computeSnap } from './rules.js';
import { SNAP_LABELS } from './labels.js';
import { SNAP_EXAMPLES } from './examples/examples.js';

/** FY2024–FY2026: the window the state-option data covers. */
export const SNAP_COVERAGE: Coverage = { from: '2023-10-01', to: '2026-09-30' };

export function evaluateSnap(facts: SnapInput, opts?: EvaluateOptions): RulesResult {
  const asOf: DateOnly = resolveAsOf(opts, facts.asOf);
  assertCovered(SNAP_COVERAGE, asOf, 'SNAP');
  const t = tracerFor(opts);
  const p = snapParameters(facts.state, facts.utilityRegion, facts.alaskaAllotmentRegion, asOf);
  const o = computeSnap(facts, asOf, p, t);
  return finishResult(
    {
      program: 'snap',
      rulesVersion: RULES_VERSION,
      asOf,
      eligible: o.eligible,
      amountCents: o.benefit,
      reasons: o.reasons,
      values: {
        householdSize: o.householdSize,
        elderlyOrDisabled: o.elderlyOrDisabled,
        grossIncomeCents: o.grossIncome,
        grossIncomeLimitCents: o.grossIncomeLimit,
        netIncomeCents: o.netIncome,
        netIncomeLimitCents: o.netIncomeLimit,
        deductionsCents: {
          earnedIncome: o.earnedIncomeDeduction,
          standard: o.standardDeduction,
          dependentCare: o.dependentCareDeduction,
          childSupport: o.childSupportDeduction,
          medical: o.medicalDeduction,
          excessShelter: o.excessShelterDeduction,
        },
        utilityAllowanceCents: o.utilityAllowance,
        utilityAllowanceType: o.utilityAllowanceType,
        tests: { gross: o.grossTest, net: o.netTest, assets: o.assetTest },
        categoricalEligibility: o.categoricalEligibility,
        maxAllotmentCents: o.maxAllotment,
        benefitReductionCents: o.benefitReduction,
        monthlyAllotmentCents: o.monthlyAllotment,
        stateSupplementCents: o.stateSupplement,
        initialMonth: o.initialMonth,
        expeditedService: o.expeditedService,
        unverified: p.unverified,
      },
    },
    t,
    SNAP_LABELS,
  );
}

// The key list of `values` above, in order, for the compiled serializer (serialize.ts).
registerValuesShape('snap', {
  keys: [
    'householdSize', 'elderlyOrDisabled', 'grossIncomeCents', 'grossIncomeLimitCents', 'netIncomeCents', 'netIncomeLimitCents', 'deductionsCents',
    'utilityAllowanceCents', 'utilityAllowanceType', 'tests', 'categoricalEligibility', 'maxAllotmentCents', 'benefitReductionCents',
    'monthlyAllotmentCents', 'stateSupplementCents', 'initialMonth', 'expeditedService', 'unverified',
  ],
  nested: {
    deductionsCents: { keys: ['earnedIncome', 'standard', 'dependentCare', 'childSupport', 'medical', 'excessShelter'] },
    tests: { keys: ['gross', 'net', 'assets'] },
  },
});

export const snapProgram: RulesProgram<typeof snapInputSchema> = {
  name: 'snap',
  title: { en: 'Supplemental Nutrition Assistance Program (7 CFR 273)', es: 'Programa de Asistencia Nutricional Suplementaria (7 CFR 273)' },
  inputSchema: snapInputSchema,
  parse: parseSnapInput,
  evaluate: evaluateSnap,
  examples: SNAP_EXAMPLES,
};
