import { addMonths, addDays, daysInMonth, diffDays, maxDate, parts, type DateOnly } from '@hearth/kernel';
import { CO_LTC_DIVISOR, type DatedDivisor } from './parameters/co-ltc-divisor.js';
import { monthOf } from './months.js';
import type { EvidenceRow } from './evidence.js';

/** Life insurance is excluded when the total face value is at most $1,500 (20 CFR 416.1230). */
export const LIFE_INSURANCE_FACE_LIMIT_CENTS = 150_000;
export const LOOKBACK_MONTHS = 60;

export interface ResourceTreatment {
  evidenceKey: string;
  kind: string;
  description: string;
  countableCents: number;
  transferCents: number;
  transferredOn: DateOnly | null;
  rule: string;
  citation: string;
}

/** How each legal resource counts for Medicaid long-term care (42 USC 1396p(c)–(e); 20 CFR 416.1201 ff.). */
export function treatResources(items: readonly EvidenceRow[]): ResourceTreatment[] {
  const out: ResourceTreatment[] = [];
  const faceTotal = items.filter((r) => r.kind === 'life_insurance').reduce((s, r) => s + Math.round(r.payload.faceValue * 100), 0);
  for (const r of items) {
    const p = r.payload;
    const base = { evidenceKey: r.evidenceKey, kind: r.kind, transferredOn: null as DateOnly | null, transferCents: 0 };
    const c = (d: number) => Math.round(d * 100);
    if (r.kind === 'trust') {
      if (p.exemption !== 'none') {
        out.push({ ...base, description: `${p.trustType} trust (${p.exemption})`, countableCents: 0, rule: 'exempt trust with state payback', citation: '42 USC 1396p(d)(4)' });
      } else if (p.trustType === 'revocable') {
        out.push({ ...base, description: 'revocable trust', countableCents: c(p.corpus), rule: 'the corpus of a revocable trust is a resource', citation: '42 USC 1396p(d)(3)(A)(i)' });
      } else {
        const reach = Math.min(c(p.reachableAmount), c(p.corpus));
        out.push({
          ...base, description: 'irrevocable trust', countableCents: reach, transferCents: c(p.corpus) - reach, transferredOn: p.establishedOn,
          rule: 'the part that could be paid to the person is a resource; the rest is a transfer of assets', citation: '42 USC 1396p(d)(3)(B)',
        });
      }
    } else if (r.kind === 'annuity') {
      const compliant = p.stateNamedRemainderBeneficiary && p.irrevocableNonAssignable && p.actuariallySound && p.equalPayments;
      out.push(compliant
        ? { ...base, description: 'annuity (compliant)', countableCents: 0, rule: 'payments are income; the annuity is not a resource', citation: '42 USC 1396p(c)(1)(F)–(G), (e)' }
        : { ...base, description: 'annuity (not compliant)', countableCents: 0, transferCents: c(p.purchasePrice), transferredOn: p.purchasedOn, rule: 'an annuity that does not name the state as remainder beneficiary or is not irrevocable, actuarially sound with equal payments is a transfer', citation: '42 USC 1396p(c)(1)(F)–(G)' });
    } else if (r.kind === 'life_insurance') {
      const excluded = faceTotal <= LIFE_INSURANCE_FACE_LIMIT_CENTS;
      out.push({ ...base, description: 'life insurance', countableCents: excluded ? 0 : c(p.cashSurrenderValue), rule: excluded ? 'total face value ≤ $1,500: excluded' : 'cash surrender value counts', citation: '20 CFR 416.1230' });
    } else if (r.kind === 'property') {
      out.push({ ...base, description: `${p.propertyType} property`, countableCents: p.isHome ? 0 : c(p.equityValue), rule: p.isHome ? 'the home is excluded' : 'equity value counts', citation: p.isHome ? '20 CFR 416.1212' : '20 CFR 416.1201' });
    } else if (r.kind === 'resource') {
      out.push({ ...base, description: p.resourceType, countableCents: p.countable ? c(p.value) : 0, rule: p.countable ? 'countable resource' : 'excluded resource', citation: '20 CFR 416.1201' });
    } else if (r.kind === 'transfer') {
      const uncompensated = p.exempt ? 0 : Math.max(0, c(p.fairMarketValue) - c(p.compensationReceived));
      out.push({ ...base, description: `transfer: ${p.asset}`, countableCents: 0, transferCents: uncompensated, transferredOn: p.transferredOn, rule: p.exempt ? 'exempt transfer' : 'uncompensated value = fair market value − compensation received', citation: p.exempt ? '42 USC 1396p(c)(2)' : '42 USC 1396p(c)(1)(A)' });
    }
  }
  return out;
}

export function divisorOn(date: DateOnly, series: readonly DatedDivisor[] = CO_LTC_DIVISOR): DatedDivisor | null {
  let found: DatedDivisor | null = null;
  for (const d of series) if (d.from <= date) found = d;
  return found;
}

export interface TransferPenalty {
  lookbackStart: DateOnly;
  baselineDate: DateOnly;
  transfersInLookback: ResourceTreatment[];
  uncompensatedCents: number;
  divisorCents: number;
  divisorSource: string;
  /** Penalty months with the fraction kept, to 4 decimals (42 USC 1396p(c)(1)(E)(iv)). */
  penaltyMonths: number;
  penaltyStart: DateOnly | null;
  penaltyEnd: DateOnly | null;
  citation: string;
}

/**
 * The 60-month look-back and the transfer penalty: months = uncompensated value ÷ the state's average monthly
 * private-pay nursing-facility cost; the penalty starts on the later of the first day of the month of the transfer
 * and the date the person would otherwise be eligible for institutional care (42 USC 1396p(c)(1)(B), (D)(ii), (E)).
 */
export function transferPenalty(t: ResourceTreatment[], o: { institutionalizedOn: DateOnly; appliedOn: DateOnly; otherwiseEligibleOn?: DateOnly; divisorCents?: number }): TransferPenalty {
  const baselineDate = maxDate(o.institutionalizedOn, o.appliedOn);
  const lookbackStart = addMonths(baselineDate, -LOOKBACK_MONTHS);
  const inLookback = t.filter((x) => x.transferCents > 0 && x.transferredOn && x.transferredOn >= lookbackStart && x.transferredOn <= baselineDate);
  const uncompensatedCents = inLookback.reduce((s, x) => s + x.transferCents, 0);
  const param = divisorOn(o.appliedOn);
  const divisorCents = o.divisorCents ?? param?.valueCents ?? 0;
  const divisorSource = o.divisorCents !== undefined ? 'given with the request' : param ? `${param.citation} (from ${param.from})` : 'none';
  if (divisorCents <= 0) throw new RangeError('no divisor in force: pass divisor');
  const penaltyMonths = Math.round((uncompensatedCents / divisorCents) * 10_000) / 10_000;
  if (uncompensatedCents === 0) {
    return { lookbackStart, baselineDate, transfersInLookback: inLookback, uncompensatedCents, divisorCents, divisorSource, penaltyMonths: 0, penaltyStart: null, penaltyEnd: null, citation: '42 USC 1396p(c)(1)' };
  }
  const firstTransfer = inLookback.map((x) => x.transferredOn!).sort()[0]!;
  const penaltyStart = maxDate(monthOf(firstTransfer), o.otherwiseEligibleOn ?? o.appliedOn);
  // Whole months, then the fraction as days of the following month (rounded down).
  const whole = Math.floor(penaltyMonths);
  const afterWhole = addMonths(penaltyStart, whole);
  const { year, month } = parts(afterWhole);
  const fracDays = Math.floor((penaltyMonths - whole) * daysInMonth(year, month));
  const penaltyEnd = addDays(afterWhole, fracDays - 1);
  return {
    lookbackStart, baselineDate, transfersInLookback: inLookback, uncompensatedCents, divisorCents, divisorSource, penaltyMonths,
    penaltyStart, penaltyEnd: diffDays(penaltyStart, penaltyEnd) < 0 ? penaltyStart : penaltyEnd,
    citation: '42 USC 1396p(c)(1)(A)–(E)',
  };
}
