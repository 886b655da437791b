/**
 * Mississippi TANF, monthly, as far as the policy data supports it:
 *  - gross income test: gross income ≤ 185% of the need standard, rounded down to the dollar (MDHS);
 *  - resource test: $2,000;
 *  - benefit: maximum benefit for the family size ($200 first person, $36 second, $24 each additional)
 *    minus gross income, floored at 0. Earned-income disregards are not in the data (flagged, not modelled).
 */
import { z } from 'zod';
import { mulDiv, type DateOnly } from '@hearth/kernel';
import { assertCovered, BP, bySize, requireAt, type Coverage } from '../../engine/params.js';
import { finishResult, resolveAsOf, tracerFor } from '../../engine/evaluate.js';
import type { EvaluateOptions, ProgramExample, RulesProgram, RulesResult } from '../../engine/program.js';
import { read } from '../../engine/trace.js';
import { reason, type Reason } from '../../engine/text.js';
import { dateOnlySchema, dollars, idSchema, toCents } from '../../engine/input.js';
import type { Labels } from '../../engine/explain.js';
import { RULES_VERSION } from '../../rules-version.js';
import { TANF_MS } from './parameters/tanf-ms.generated.js';

export const tanfMsInputSchema = z.object({
  id: idSchema,
  asOf: dateOnlySchema.optional(),
  familySize: z.number().int().min(1).max(20),
  earnedIncome: dollars.optional(),
  unearnedIncome: dollars.optional(),
  resources: dollars.optional(),
});
export type TanfMsInput = z.output<typeof tanfMsInputSchema>;

export const TANF_MS_COVERAGE: Coverage = { from: '2022-01-01', to: '2026-09-30' };

const REASONS = {
  eligible: reason('TANF_MS_ELIGIBLE', 'Eligible for Mississippi TANF.', 'Elegible para TANF de Mississippi.'),
  grossOver: reason('TANF_MS_GROSS_INCOME_OVER_LIMIT', 'Gross income is above 185% of the need standard.', 'El ingreso bruto supera el 185% del estándar de necesidad.'),
  resourcesOver: reason('TANF_MS_RESOURCES_OVER_LIMIT', 'Resources are above $2,000.', 'Los recursos superan $2,000.'),
  noBenefit: reason('TANF_MS_NO_BENEFIT', 'Income leaves no benefit to pay.', 'El ingreso no deja beneficio que pagar.'),
  unverified: reason('TANF_MS_UNVERIFIED_PARAMETERS', 'Some parameters used are flagged as unverified (see values.unverified); earned-income disregards are not modelled.', 'Algunos parámetros usados no están verificados (ver values.unverified); no se modelan los descuentos de ingresos del trabajo.'),
} as const;

export const TANF_MS_LABELS: Labels = {
  needStandard: { en: 'Need standard', es: 'Estándar de necesidad' },
  grossIncomeLimit: { en: 'Gross income limit (185%, rounded down)', es: 'Límite de ingreso bruto (185%, redondeado hacia abajo)' },
  grossIncome: { en: 'Gross income', es: 'Ingreso bruto' },
  maximumBenefit: { en: 'Maximum benefit for the family size', es: 'Beneficio máximo para el tamaño de la familia' },
  eligible: { en: 'Eligible', es: 'Elegible' },
  benefit: { en: 'Monthly benefit', es: 'Beneficio mensual' },
  needStandardTable: { en: 'need standard for the size', es: 'estándar de necesidad para el tamaño' },
  needStandardEachAbove10: { en: 'each person above 10', es: 'cada persona después de 10' },
  grossIncomeLimitRate: { en: 'gross income limit rate', es: 'tasa del límite de ingreso bruto' },
  paymentFirstPerson: { en: 'first person', es: 'primera persona' },
  paymentSecondPerson: { en: 'second person', es: 'segunda persona' },
  paymentEachAdditionalPerson: { en: 'each additional person', es: 'cada persona adicional' },
  resourceLimit: { en: 'resource limit', es: 'límite de recursos' },
};

export function evaluateTanfMs(f: TanfMsInput, opts?: EvaluateOptions): RulesResult {
  const asOf: DateOnly = resolveAsOf(opts, f.asOf);
  assertCovered(TANF_MS_COVERAGE, asOf, 'Mississippi TANF');
  const t = tracerFor(opts);
  const P = TANF_MS;
  const needT = requireAt(P.needStandard, asOf, 'need standard');
  const above = requireAt(P.needStandardEachAbove10, asOf, 'need standard above 10');
  const rate = requireAt(P.grossIncomeLimitRate, asOf, 'gross limit rate');
  const p1 = requireAt(P.paymentFirstPerson, asOf, 'payment standard');
  const p2 = requireAt(P.paymentSecondPerson, asOf, 'payment standard');
  const pn = requireAt(P.paymentEachAdditionalPerson, asOf, 'payment standard');
  const res = requireAt(P.resourceLimit, asOf, 'resource limit');
  const n = f.familySize;
  const need = n <= 10 ? bySize(needT.value, n) : bySize(needT.value, 10) + (n - 10) * above.value;
  t?.step('needStandard', need, 'cents', 'MDHS TANF need standard', ['familySize'], [read('needStandardTable', needT, 'cents', bySize(needT.value, Math.min(n, 10))), ...(n > 10 ? [read('needStandardEachAbove10', above, 'cents')] : [])]);
  const grossLimit = mulDiv(need, rate.value, BP * 100, 'down') * 100;
  t?.step('grossIncomeLimit', grossLimit, 'cents', 'MDHS TANF gross income test (185% of need, rounded down)', ['needStandard'], [read('grossIncomeLimitRate', rate, 'bp')]);
  const gross = toCents(f.earnedIncome ?? 0) + toCents(f.unearnedIncome ?? 0);
  t?.step('grossIncome', gross, 'cents', 'MDHS TANF countable income (no disregards in the data)', ['earnedIncome', 'unearnedIncome']);
  const maxBenefit = p1.value + (n >= 2 ? p2.value : 0) + Math.max(0, n - 2) * pn.value;
  t?.step('maximumBenefit', maxBenefit, 'cents', 'Miss. Code Ann. 43-17-5', ['familySize'], [read('paymentFirstPerson', p1, 'cents'), read('paymentSecondPerson', p2, 'cents'), read('paymentEachAdditionalPerson', pn, 'cents')]);
  const grossOk = gross <= grossLimit;
  const resOk = toCents(f.resources ?? 0) <= res.value;
  const benefit = grossOk && resOk ? Math.max(0, maxBenefit - gross) : 0;
  const eligible = grossOk && resOk && benefit > 0;
  t?.step('eligible', eligible, 'boolean', 'MDHS TANF eligibility', ['grossIncome', 'grossIncomeLimit', 'resources'], [read('resourceLimit', res, 'cents')]);
  t?.step('benefit', benefit, 'cents', 'MDHS TANF benefit computation', ['maximumBenefit', 'grossIncome']);
  const reasons: Reason[] = [];
  if (!grossOk) reasons.push(REASONS.grossOver);
  if (!resOk) reasons.push(REASONS.resourcesOver);
  if (grossOk && resOk) reasons.push(benefit > 0 ? REASONS.eligible : REASONS.noBenefit);
  const unverified = [needT, above, res].filter((e) => e.unverified).map((e) => e.unverified!);
  unverified.push('earned-income disregards (6- and 3-month total disregards) are not in the policy data and are not applied');
  reasons.push(REASONS.unverified);
  return finishResult(
    { program: 'tanf-ms', rulesVersion: RULES_VERSION, asOf, eligible, amountCents: benefit, reasons, values: { needStandardCents: need, grossIncomeLimitCents: grossLimit, grossIncomeCents: gross, maximumBenefitCents: maxBenefit, unverified } },
    t,
    TANF_MS_LABELS,
  );
}

export const TANF_MS_EXAMPLES: ProgramExample[] = [
  {
    title: 'Family of 3 with $100 income, 2024: maximum benefit $260',
    citation: 'Miss. Code Ann. 43-17-5 (SB 2759, 2021): 200 + 36 + 24 = $260 (MDHS: family of three $170 → $260); 260 − 100 = $160. Gross limit floor(1.85 × 368) = $680 (MDHS table).',
    input: { asOf: '2024-05-01', familySize: 3, earnedIncome: 100 },
    expected: { eligible: true, amountCents: 16000, values: { grossIncomeLimitCents: 68000, maximumBenefitCents: 26000 } },
  },
  {
    title: 'Gross income one dollar over the 2024 limit for 3 ($680)',
    citation: 'MDHS TANF gross income test: 185% of the $368 need standard = $680.80, published as $680.',
    input: { asOf: '2024-05-01', familySize: 3, earnedIncome: 681 },
    expected: { eligible: false, amountCents: 0 },
  },
  {
    title: 'From 2025-07-01 the (unverified) need standard for 3 is $581: limit floor(1.85 × 581) = $1,074',
    citation: 'Policy data tanf-ms.json need_standard 2025-07-01 (UNVERIFIED; MDHS page quotes $1,075).',
    input: { asOf: '2025-07-01', familySize: 3, earnedIncome: 200 },
    expected: { eligible: true, amountCents: 6000, values: { grossIncomeLimitCents: 107400 } },
  },
];

export const tanfMsProgram: RulesProgram<typeof tanfMsInputSchema> = {
  name: 'tanf-ms',
  title: { en: 'Mississippi TANF cash assistance', es: 'Asistencia monetaria TANF de Mississippi' },
  inputSchema: tanfMsInputSchema,
  evaluate: evaluateTanfMs,
  examples: TANF_MS_EXAMPLES,
};
