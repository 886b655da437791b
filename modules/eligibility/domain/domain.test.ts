import { describe, expect, it } from 'vitest';
import { HolidayCalendar } from '@hearth/kernel';
import { filingDate } from './filing.js';
import { buildFacts } from './facts.js';
import { treatResources, transferPenalty } from './ltc.js';
import { currentVersions, type EvidenceRow } from './evidence.js';
import { screenExpedited } from './expedited.js';

const cal = new HolidayCalendar([]);

describe('filing date (7 CFR 273.2(c)(1)(iv))', () => {
  it('is the day received in office hours, else the next business day', () => {
    expect(filingDate(new Date('2025-11-03T16:00:00Z'), 'America/Denver', cal)).toBe('2025-11-03'); // Mon 09:00
    expect(filingDate(new Date('2025-11-04T00:30:00Z'), 'America/Denver', cal)).toBe('2025-11-04'); // Mon 17:30 → Tue
    expect(filingDate(new Date('2025-11-08T01:30:00Z'), 'America/Denver', cal)).toBe('2025-11-10'); // Fri evening → Mon
    expect(filingDate(new Date('2025-11-10T23:30:00Z'), 'America/Denver', cal)).toBe('2025-11-10'); // Mon 16:30, in office hours
    expect(filingDate(new Date('2025-11-11T00:30:00Z'), 'America/Denver', cal)).toBe('2025-11-12'); // Mon 17:30 → Tue 11-11 is Veterans Day → Wed
  });
});

let n = 0;
const ev = (kind: EvidenceRow['kind'], payload: Record<string, any>, o: Partial<EvidenceRow> = {}): EvidenceRow => {
  const key = o.evidenceKey ?? `k${++n}`;
  return {
    id: `${key}-${o.version ?? 1}`, applicationId: 'a', evidenceKey: key, version: 1, kind, memberKey: payload.memberKey ?? null, payload,
    amountCents: payload.monthlyAmount !== undefined ? Math.round(payload.monthlyAmount * 100) : payload.value !== undefined ? Math.round(payload.value * 100) : null,
    effectiveFrom: '2025-01-01', effectiveTo: null, source: 'pay_stub', verification: 'verified', documentId: null, retracted: false, changeId: null, reason: null, recordedBy: null,
    recordedAt: '2025-11-01T00:00:00.000Z', ...o,
  };
};

describe('facts from evidence in force', () => {
  const self = ev('member', { firstName: 'A', lastName: 'B', dob: '1990-03-14', relationship: 'self', taxFiler: true }, { evidenceKey: 'm1' });
  const kid = ev('member', { firstName: 'C', lastName: 'B', dob: '2017-06-02', relationship: 'child' }, { evidenceKey: 'm2' });
  const job = ev('earned_income', { memberKey: 'm1', monthlyAmount: 1200.5 }, { effectiveTo: '2025-11-30' });
  const rent = ev('expense', { expenseType: 'rent', monthlyAmount: 900 });
  const heat = ev('expense', { expenseType: 'heating_cooling', monthlyAmount: 60 });
  const all = [self, kid, job, rent, heat];

  it('SNAP: members with ages on the month\'s first day, income in dollars, shelter and utilities', () => {
    expect(buildFacts(all, { program: 'snap', month: '2025-11-01', state: 'CO', filedOn: '2025-11-03' })).toEqual({
      state: 'CO', members: [{ age: 35, earnedIncome: 1200.5 }, { age: 8 }], shelterCosts: 900, utilities: { heatingCooling: true }, applicationDate: '2025-11-03',
    });
    // The job ended in November: December has no earned income.
    expect((buildFacts(all, { program: 'snap', month: '2025-12-01', state: 'CO', filedOn: '2025-11-03' }) as any).members[0]).toEqual({ age: 35 });
  });
  it('Colorado Works: caretakers and children, applicant or recipient', () => {
    expect(buildFacts(all, { program: 'tanf', month: '2025-11-01', state: 'CO', filedOn: '2025-11-03', tanfStatus: 'recipient' })).toEqual({ caretakers: 1, children: 1, status: 'recipient', earnedIncome: 1200.5 });
  });
  it('Medicaid: tax relationships from the household; the applicant\'s child is her dependent', () => {
    const f = buildFacts(all, { program: 'medicaid', month: '2025-11-01', state: 'CO', filedOn: '2025-11-03' }) as any;
    expect(f.people).toEqual([{ id: 'm1', age: 35, taxFiler: true, income: { wages: 1200.5 } }, { id: 'm2', age: 8, claimedAsDependentBy: 'm1', parentIds: ['m1'] }]);
  });
  it('uses the latest version recorded by a date, and none when retracted', () => {
    const v2 = { ...job, id: 'x2', version: 2, amountCents: 150000, payload: { memberKey: 'm1', monthlyAmount: 1500 }, recordedAt: '2025-11-20T00:00:00.000Z' };
    expect(currentVersions([job, v2]).map((r) => r.amountCents)).toEqual([150000]);
    expect(currentVersions([job, v2], '2025-11-10T00:00:00.000Z').map((r) => r.amountCents)).toEqual([120050]);
    expect(currentVersions([job, { ...v2, retracted: true }])).toEqual([]);
  });
  it('returns null when no member applies for the program', () => {
    const onlySnap = ev('member', { firstName: 'A', lastName: 'B', dob: '1990-03-14', relationship: 'self', applyingFor: ['snap'] });
    expect(buildFacts([onlySnap], { program: 'medicaid', month: '2025-11-01', state: 'CO', filedOn: '2025-11-03' })).toBeNull();
  });
});

describe('expedited screening (7 CFR 273.2(i)(1))', () => {
  it('gross < $150 with liquid ≤ $100, or income + resources below shelter costs', () => {
    expect(screenExpedited({ householdSize: 1, monthlyGrossIncome: 149, liquidResources: 100, rentOrMortgage: 0, paysHeatingOrCooling: false }, 'CO', '2025-11-03').expedited).toBe(true);
    // Colorado always uses the standard utility allowance ($594 for FY2026), so income + resources must reach rent + $594.
    expect(screenExpedited({ householdSize: 1, monthlyGrossIncome: 500, liquidResources: 100, rentOrMortgage: 0, paysHeatingOrCooling: false }, 'CO', '2025-11-03').expedited).toBe(false);
    expect(screenExpedited({ householdSize: 1, monthlyGrossIncome: 490, liquidResources: 100, rentOrMortgage: 0, paysHeatingOrCooling: false }, 'CO', '2025-11-03').expedited).toBe(true);
    expect(screenExpedited({ householdSize: 2, monthlyGrossIncome: 700, liquidResources: 50, rentOrMortgage: 400, paysHeatingOrCooling: true }, 'CO', '2025-11-03').expedited).toBe(true); // 750 < 400 + SUA 594
  });
});

describe('long-term care: resources and transfer penalty (42 USC 1396p)', () => {
  const m = 'm1';
  it('treats trusts, annuities, insurance and property as the statute says', () => {
    const t = treatResources([
      ev('trust', { memberKey: m, trustType: 'revocable', corpus: 5000, reachableAmount: 0, exemption: 'none', establishedOn: '2022-01-01' }),
      ev('trust', { memberKey: m, trustType: 'irrevocable', corpus: 9000, reachableAmount: 9000, exemption: 'd4A_disabled_under_65', establishedOn: '2022-01-01' }),
      ev('annuity', { memberKey: m, purchasedOn: '2023-05-01', purchasePrice: 40000, monthlyPayment: 500, stateNamedRemainderBeneficiary: false, irrevocableNonAssignable: true, actuariallySound: true, equalPayments: true }),
      ev('life_insurance', { memberKey: m, faceValue: 1500, cashSurrenderValue: 800 }),
      ev('property', { propertyType: 'home', equityValue: 200000, isHome: true }),
    ]);
    expect(t.map((x) => [x.countableCents, x.transferCents])).toEqual([[500000, 0], [0, 0], [0, 4000000], [0, 0], [0, 0]]);
  });
  it('penalty months = uncompensated value ÷ divisor, fractions kept, from the later of the transfer month and eligibility', () => {
    const t = treatResources([ev('transfer', { memberKey: m, transferredOn: '2025-03-10', asset: 'house', fairMarketValue: 150000, compensationReceived: 55200 })]);
    const p = transferPenalty(t, { institutionalizedOn: '2025-09-01', appliedOn: '2025-10-01', divisorCents: 948000 });
    expect(p).toMatchObject({ lookbackStart: '2020-10-01', uncompensatedCents: 9480000, penaltyMonths: 10, penaltyStart: '2025-10-01', penaltyEnd: '2026-07-31' });
    const half = transferPenalty(t, { institutionalizedOn: '2025-09-01', appliedOn: '2025-10-01', divisorCents: 1896000 });
    expect(half.penaltyMonths).toBe(5);
    const old = transferPenalty(treatResources([ev('transfer', { memberKey: m, transferredOn: '2020-09-30', asset: 'cash', fairMarketValue: 1000, compensationReceived: 0 })]), { institutionalizedOn: '2025-09-01', appliedOn: '2025-10-01' });
    expect(old).toMatchObject({ uncompensatedCents: 0, penaltyMonths: 0, penaltyStart: null });
  });
});
