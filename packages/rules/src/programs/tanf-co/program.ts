/**
 * Colorado Works basic cash assistance (9 CCR 2503-6 section 3.606), monthly.
 *  - eligibility: countable income strictly below the need standard (applicants: earnings − $90;
 *    recipients: earnings × (1 − 67%)) plus unearned income (child support only for applicants);
 *  - grant: grant standard (+ $10 per pregnant member) − (earnings × 33% + unearned), floored at 0.
 * Percentages of cents are rounded half up to the cent (the rule states no rounding).
 */
import { mulDiv, type DateOnly } from '@hearth/kernel';
import { assertCovered, BP, requireAt, type Coverage } from '../../engine/params.js';
import { finishResult, resolveAsOf, tracerFor } from '../../engine/evaluate.js';
import type { EvaluateOptions, RulesProgram, RulesResult } from '../../engine/program.js';
import { read } from '../../engine/trace.js';
import { reason, type Reason } from '../../engine/text.js';
import { toCents } from '../../engine/input.js';
import type { Labels } from '../../engine/explain.js';
import { RULES_VERSION } from '../../rules-version.js';
import { TANF_CO } from './parameters/tanf-co.generated.js';
import type { ColoradoStandardTable } from './parameter-types.js';
import { tanfCoInputSchema, type TanfCoInput } from './schema.js';
import { TANF_CO_EXAMPLES } from './examples/examples.js';

export const TANF_CO_COVERAGE: Coverage = { from: '2022-03-01', to: '2026-09-30' };

/** Table cell for the unit; children beyond 10 add the per-child increment. */
export function standardFor(t: ColoradoStandardTable, caretakers: number, children: number): number {
  const row = t.byCaretakersAndChildren[Math.min(caretakers, 2)]!;
  return children <= 10 ? row[children]! : row[10]! + (children - 10) * t.eachAdditionalChild;
}

const REASONS = {
  eligible: reason('TANF_CO_ELIGIBLE', 'Countable income is below the need standard: eligible for Colorado Works.', 'El ingreso contable es menor que el estándar de necesidad: elegible para Colorado Works.'),
  overNeed: reason('TANF_CO_INCOME_AT_OR_ABOVE_NEED', 'Countable income is at or above the need standard (9 CCR 2503-6 3.606.2).', 'El ingreso contable es igual o mayor que el estándar de necesidad (9 CCR 2503-6 3.606.2).'),
  noGrant: reason('TANF_CO_NO_GRANT', 'Income leaves no grant to pay.', 'El ingreso no deja subsidio que pagar.'),
  unverified: reason('TANF_CO_UNVERIFIED_PARAMETERS', 'Some parameters used are flagged as unverified in the policy data (see values.unverified).', 'Algunos parámetros usados están marcados como no verificados (ver values.unverified).'),
} as const;

export const TANF_CO_LABELS: Labels = {
  unitChildren: { en: 'Children counted (incl. pregnant members)', es: 'Niños contados (incluidas las embarazadas)' },
  needStandard: { en: 'Need standard', es: 'Estándar de necesidad' },
  grantStandard: { en: 'Grant standard', es: 'Estándar de subsidio' },
  countableIncomeForEligibility: { en: 'Countable income for eligibility', es: 'Ingreso contable para la elegibilidad' },
  countableIncomeForGrant: { en: 'Countable income for the grant', es: 'Ingreso contable para el subsidio' },
  eligible: { en: 'Eligible', es: 'Elegible' },
  grant: { en: 'Monthly grant', es: 'Subsidio mensual' },
  needStandardTable: { en: 'need standard for the unit', es: 'estándar de necesidad de la unidad' },
  grantStandardTable: { en: 'grant standard for the unit', es: 'estándar de subsidio de la unidad' },
  pregnancyAllowance: { en: 'pregnancy allowance each', es: 'asignación por embarazo cada una' },
  applicantEarnedDisregard: { en: 'applicant earned-income disregard', es: 'descuento de ingresos del trabajo para solicitantes' },
  recipientEarnedDisregardRate: { en: 'earned-income disregard rate', es: 'tasa de descuento de ingresos del trabajo' },
};

export function evaluateTanfCo(f: TanfCoInput, opts?: EvaluateOptions): RulesResult {
  const asOf: DateOnly = resolveAsOf(opts, f.asOf);
  assertCovered(TANF_CO_COVERAGE, asOf, 'Colorado Works');
  const t = tracerFor(opts);
  const need = requireAt(TANF_CO.needStandard, asOf, 'need standard');
  const grantT = requireAt(TANF_CO.grantStandard, asOf, 'grant standard');
  const preg = requireAt(TANF_CO.pregnancyAllowance, asOf, 'pregnancy allowance');
  const flat = requireAt(TANF_CO.applicantEarnedDisregard, asOf, 'applicant disregard');
  const rate = requireAt(TANF_CO.recipientEarnedDisregardRate, asOf, 'recipient disregard');
  const pregnant = f.pregnantMembers ?? 0;
  // Policy data: a pregnant member counts as a child in both tables (unverified) and adds the allowance.
  const kids = f.children + pregnant;
  t?.step('unitChildren', kids, 'count', '9 CCR 2503-6 3.606.1', ['children', 'pregnantMembers']);
  const needStandard = standardFor(need.value, f.caretakers, kids);
  const grantStandard = standardFor(grantT.value, f.caretakers, kids) + pregnant * preg.value;
  t?.step('needStandard', needStandard, 'cents', '9 CCR 2503-6 3.606.1.F', ['caretakers', 'unitChildren'], [read('needStandardTable', need, 'cents', needStandard)]);
  t?.step('grantStandard', grantStandard, 'cents', '9 CCR 2503-6 3.606.1.F', ['caretakers', 'unitChildren', 'pregnantMembers'], [read('grantStandardTable', grantT, 'cents', grantStandard - pregnant * preg.value), read('pregnancyAllowance', preg, 'cents')]);

  const earned = toCents(f.earnedIncome ?? 0);
  const unearned = toCents(f.unearnedIncome ?? 0) + (f.status === 'applicant' ? toCents(f.childSupportReceived ?? 0) : 0);
  const earnedAfterPercent = earned - mulDiv(earned, rate.value, BP, 'half-up');
  const countableForEligibility = (f.status === 'applicant' ? Math.max(0, earned - flat.value) : earnedAfterPercent) + unearned;
  t?.step('countableIncomeForEligibility', countableForEligibility, 'cents', '9 CCR 2503-6 3.606.2', ['earnedIncome', 'unearnedIncome', 'childSupportReceived', 'status'], f.status === 'applicant' ? [read('applicantEarnedDisregard', flat, 'cents')] : [read('recipientEarnedDisregardRate', rate, 'bp')]);
  const eligible = countableForEligibility < needStandard;
  t?.step('eligible', eligible, 'boolean', '9 CCR 2503-6 3.606.2 (income strictly below need)', ['countableIncomeForEligibility', 'needStandard']);
  const countableForGrant = earnedAfterPercent + unearned;
  t?.step('countableIncomeForGrant', countableForGrant, 'cents', '9 CCR 2503-6 3.606.3', ['earnedIncome', 'unearnedIncome'], [read('recipientEarnedDisregardRate', rate, 'bp')]);
  const grant = eligible ? Math.max(0, grantStandard - countableForGrant) : 0;
  t?.step('grant', grant, 'cents', '9 CCR 2503-6 3.606.3', ['grantStandard', 'countableIncomeForGrant']);

  const unverified = [need, grantT, preg, flat, rate].filter((e) => e.unverified).map((e) => e.unverified!);
  const reasons: Reason[] = [eligible ? (grant > 0 ? REASONS.eligible : REASONS.noGrant) : REASONS.overNeed];
  if (unverified.length > 0) reasons.push(REASONS.unverified);
  return finishResult(
    {
      program: 'tanf-co',
      rulesVersion: RULES_VERSION,
      asOf,
      eligible: eligible && grant > 0,
      amountCents: grant,
      reasons,
      values: { needStandardCents: needStandard, grantStandardCents: grantStandard, countableIncomeForEligibilityCents: countableForEligibility, countableIncomeForGrantCents: countableForGrant, unverified },
    },
    t,
    TANF_CO_LABELS,
  );
}

export const tanfCoProgram: RulesProgram<typeof tanfCoInputSchema> = {
  name: 'tanf-co',
  title: { en: 'Colorado Works basic cash assistance (9 CCR 2503-6)', es: 'Asistencia monetaria básica de Colorado Works (9 CCR 2503-6)' },
  inputSchema: tanfCoInputSchema,
  evaluate: evaluateTanfCo,
  examples: TANF_CO_EXAMPLES,
};
