import type { DateOnly } from '@hearth/kernel';
import { assertCovered, type Coverage } from '../../engine/params.js';
import { finishResult, resolveAsOf, tracerFor } from '../../engine/evaluate.js';
import type { EvaluateOptions, ProgramExample, RulesProgram, RulesResult } from '../../engine/program.js';
import { reason } from '../../engine/text.js';
import type { Labels } from '../../engine/explain.js';
import { RULES_VERSION } from '../../rules-version.js';
import { medicaidMagiInputSchema, type MedicaidMagiInput } from './schema.js';
import { computeMagi } from './rules.js';
import { MEDICAID_MAGI_EXAMPLES } from './examples/examples.js';

export const MEDICAID_COVERAGE: Coverage = { from: '2022-01-01', to: '2026-12-31' };

const CATEGORY_LABELS: Labels = {
  adult: { en: 'adult group', es: 'grupo de adultos' },
  parent: { en: 'parents and caretaker relatives', es: 'padres y parientes cuidadores' },
  pregnant: { en: 'pregnant women', es: 'mujeres embarazadas' },
  infant: { en: 'infants', es: 'bebés' },
  child1to5: { en: 'children 1-5', es: 'niños de 1 a 5 años' },
  child6to18: { en: 'children 6-18', es: 'niños de 6 a 18 años' },
  youngAdult19to20: { en: 'young adults 19-20', es: 'jóvenes de 19 a 20 años' },
  chipChild: { en: 'CHIP children', es: 'CHIP para niños' },
  chipPregnant: { en: 'CHIP pregnant women', es: 'CHIP para embarazadas' },
  chipUnbornChild: { en: 'CHIP unborn child', es: 'CHIP para el niño por nacer' },
};

/** Step ids carry the person id (householdSize.p1); labels are matched on the part before the first dot. */
export const MEDICAID_LABELS: Labels = new Proxy(
  {
    household: { en: 'MAGI household members', es: 'Miembros del hogar MAGI' },
    householdSize: { en: 'MAGI household size', es: 'Tamaño del hogar MAGI' },
    householdIncome: { en: 'Household MAGI income (monthly)', es: 'Ingreso MAGI del hogar (mensual)' },
    percentOfPoverty: { en: 'Income as % of poverty', es: 'Ingreso como % de la pobreza' },
    test: { en: 'Income within the standard', es: 'Ingreso dentro del estándar' },
    limit: { en: 'income standard (% of poverty ×100)', es: 'estándar de ingresos (% de pobreza ×100)' },
    povertyGuideline: { en: 'annual poverty guideline for this size', es: 'guía anual de pobreza para este tamaño' },
    missouriParentLimit: { en: 'Missouri parent limit for this size', es: 'límite de Missouri para padres de este tamaño' },
    ...CATEGORY_LABELS,
  } as Record<string, { en: string; es: string }>,
  {
    get(target, key: string) {
      if (key in target) return target[key];
      const [head, , cat] = key.split('.');
      const base = target[head!];
      const c = cat ? target[cat] : key.startsWith('limit.') ? target[key.slice(6)] : undefined;
      if (!base) return undefined;
      return c ? { en: `${base.en} (${c.en})`, es: `${base.es} (${c.es})` } : base;
    },
  },
);

export function evaluateMedicaidMagi(f: MedicaidMagiInput, opts?: EvaluateOptions): RulesResult {
  const asOf: DateOnly = resolveAsOf(opts, f.asOf);
  assertCovered(MEDICAID_COVERAGE, asOf, 'Medicaid MAGI');
  const t = tracerFor(opts);
  const { people, guidelineYear } = computeMagi(f, asOf, t);
  const eligible = people.some((p) => p.coverage !== null);
  const reasons = people.map((p) =>
    p.coverage
      ? reason(`MAGI_${p.program!.toUpperCase()}_${p.coverage}`, `${p.id}: eligible for ${p.program === 'chip' ? 'CHIP' : 'Medicaid'} (${CATEGORY_LABELS[p.coverage]!.en}) at ${p.percentOfPoverty}% of poverty.`, `${p.id}: elegible para ${p.program === 'chip' ? 'CHIP' : 'Medicaid'} (${CATEGORY_LABELS[p.coverage]!.es}) con ${p.percentOfPoverty}% de la pobreza.`)
      : reason('MAGI_NOT_ELIGIBLE', `${p.id}: income at ${p.percentOfPoverty}% of poverty is above every standard that applies.`, `${p.id}: el ingreso de ${p.percentOfPoverty}% de la pobreza supera todo estándar aplicable.`),
  );
  return finishResult({ program: 'medicaid-magi', rulesVersion: RULES_VERSION, asOf, eligible, reasons, values: { people, povertyGuidelineYear: guidelineYear } }, t, MEDICAID_LABELS);
}

export const medicaidMagiProgram: RulesProgram<typeof medicaidMagiInputSchema> = {
  name: 'medicaid-magi',
  title: { en: 'Medicaid and CHIP, MAGI groups (42 CFR 435.603)', es: 'Medicaid y CHIP, grupos MAGI (42 CFR 435.603)' },
  inputSchema: medicaidMagiInputSchema,
  evaluate: evaluateMedicaidMagi,
  examples: MEDICAID_MAGI_EXAMPLES as ProgramExample[],
};
