import { describe, expect, it } from 'vitest';
import { adverseEffectiveMonth, governingFor, planChange, recoupmentCents } from './benefits.js';
import { initialOutcome } from './decision.js';
import { renewalWindow } from './renewal.js';
import { proceduralDenial } from './verification.js';
import { timeliness, ageBucket } from './reports.js';

describe('advance notice (7 CFR 273.12(c)(2)(i), 273.13(a))', () => {
  it('a decrease takes effect the month after the month the 10-day notice period expires', () => {
    expect(adverseEffectiveMonth('2025-12-05')).toBe('2026-01-01'); // expires Dec 15 → January
    expect(adverseEffectiveMonth('2025-12-21')).toBe('2026-01-01'); // expires Dec 31 → January
  });
  it('counts the expiry day itself', () => {
    expect(adverseEffectiveMonth('2025-12-22')).toBe('2026-02-01'); // expires Jan 1 → February
    expect(adverseEffectiveMonth('2025-11-20')).toBe('2025-12-01'); // expires Nov 30 → December
  });
});

describe('planChange', () => {
  const rows = [
    { month: '2025-12-01', oldCents: 54300, newCents: 40000, paidCents: 54300 },
    { month: '2026-01-01', oldCents: 54300, newCents: 40000, paidCents: null },
    { month: '2026-02-01', oldCents: 54300, newCents: 40000, paidCents: null },
  ];
  it('timely report of a raise: no claim for the paid month, the reduction after the notice period', () => {
    const p = planChange(rows, { changeEffectiveOn: '2025-12-01', noticeDate: '2025-12-05' });
    expect(p).toMatchObject({ adverse: true, effectiveMonth: '2026-01-01', noticePeriodEndsOn: '2025-12-15', overissuedCents: 0 });
    expect(p.months.map((m) => m.action)).toEqual(['no_change', 'issue_new', 'issue_new']);
  });
  it('a late notice keeps the old amount for unpaid months inside the notice period', () => {
    const p = planChange(rows, { changeEffectiveOn: '2025-12-01', noticeDate: '2025-12-28' });
    expect(p.effectiveMonth).toBe('2026-02-01');
    expect(p.months.map((m) => [m.action, m.amountCents])).toEqual([['no_change', 0], ['keep_old_until_notice', 54300], ['issue_new', 40000]]);
  });
  it('a change reported late: paid months from the would-have-been effective month are over-issued', () => {
    const p = planChange(rows, { changeEffectiveOn: '2025-11-01', noticeDate: '2026-01-20' });
    expect(p.months[0]).toEqual({ month: '2025-12-01', action: 'overissued', amountCents: 14300 });
    expect(p.overissuedCents).toBe(14300);
  });
  it('an increase is a supplement for paid months and applies at once to the rest', () => {
    const up = rows.map((r) => ({ ...r, newCents: 60000 }));
    const p = planChange(up, { changeEffectiveOn: '2025-12-01', noticeDate: '2025-12-05' });
    expect(p.adverse).toBe(false);
    expect(p.months.map((m) => [m.action, m.amountCents])).toEqual([['supplement', 5700], ['issue_new', 60000], ['issue_new', 60000]]);
    expect(p.supplementCents).toBe(5700);
  });
});

describe('claim recoupment (7 CFR 273.18(g)(1))', () => {
  it('IHE/AE: the greater of $10 or 10%; IPV: the greater of $20 or 20%; never more than the balance', () => {
    expect(recoupmentCents(54300, 'IHE', 100000)).toBe(5430);
    expect(recoupmentCents(5000, 'AE', 100000)).toBe(1000);
    expect(recoupmentCents(54300, 'IPV', 100000)).toBe(10860);
    expect(recoupmentCents(54300, 'IHE', 700)).toBe(700);
    expect(recoupmentCents(54300, 'IHE', 0)).toBe(0);
  });
});

describe('governingFor', () => {
  const c = (benefitMonth: string, amountCents: number, approvedAt: string, effectiveMonth: string | null = null) => ({ id: `${benefitMonth}@${approvedAt}`, benefitMonth, amountCents, eligible: true, effectiveMonth, approvedAt });
  it('carries the latest month forward and prefers the most recently approved decision', () => {
    const cs = [c('2025-11-01', 50600, '2025-11-12'), c('2025-12-01', 54300, '2025-11-12'), c('2026-01-01', 40000, '2025-12-05', '2026-01-01'), c('2025-12-01', 40000, '2025-12-05', '2026-01-01')];
    expect(governingFor('2025-12-01', cs)?.amountCents).toBe(54300);
    expect(governingFor('2026-03-01', cs)?.amountCents).toBe(40000);
    expect(governingFor('2025-10-01', cs)).toBeNull();
  });
});

describe('initial outcome and certification (7 CFR 273.10(f); 9 CCR 2503-6 §3.606.1.E; 42 CFR 435.916)', () => {
  it('approves from the first eligible month for the program\'s period', () => {
    expect(initialOutcome('snap', [{ month: '2025-11-01', eligible: false, amountCents: 0 }, { month: '2025-12-01', eligible: true, amountCents: 100 }])).toMatchObject({ outcome: 'approve', certificationStart: '2025-12-01', certificationEnd: '2026-11-01' });
    expect(initialOutcome('snap', [{ month: '2025-11-01', eligible: true, amountCents: 100, allAdultsElderlyOrDisabled: true }]).certificationEnd).toBe('2027-10-01');
    expect(initialOutcome('tanf', [{ month: '2025-11-01', eligible: true, amountCents: 100 }]).certificationEnd).toBe('2026-04-01');
    expect(initialOutcome('medicaid', [{ month: '2025-11-01', eligible: false, amountCents: null }])).toMatchObject({ outcome: 'deny', certificationStart: null });
  });
});

describe('renewal window and procedural denial', () => {
  it('SNAP: raised on the 1st of the next-to-last month; timely by the 15th of the last (7 CFR 273.14)', () => {
    expect(renewalWindow('snap', '2026-10-01')).toMatchObject({ raiseOn: '2026-09-01', fileBy: '2026-10-15', clock: null });
    expect(renewalWindow('medicaid', '2026-10-01')).toMatchObject({ raiseOn: '2026-09-01', fileBy: '2026-10-01', clock: 'medicaid_renewal_30' });
  });
  it('SNAP denial for missing proof not before day 30; Medicaid the day after the due date', () => {
    expect(proceduralDenial('snap', '2025-11-03', '2025-11-15', 'a pay stub').earliestOn).toBe('2025-12-03');
    expect(proceduralDenial('snap', '2025-11-03', '2025-12-10', 'a pay stub').earliestOn).toBe('2025-12-11');
    expect(proceduralDenial('medicaid', '2025-11-03', '2025-11-15', 'a pay stub').earliestOn).toBe('2025-11-16');
  });
});

describe('timeliness report', () => {
  it('counts on time as ≤ 30 days, or ≤ 7 for expedited', () => {
    const r = timeliness([
      { filedOn: '2025-11-01', decidedOn: '2025-12-01', expedited: false },
      { filedOn: '2025-11-01', decidedOn: '2025-12-02', expedited: false },
      { filedOn: '2025-11-01', decidedOn: '2025-11-08', expedited: true },
      { filedOn: '2025-11-01', decidedOn: '2025-11-09', expedited: true },
    ]);
    expect(r.within30).toEqual({ count: 3, of: 4, percent: 75 });
    expect(r.expeditedWithin7).toEqual({ count: 1, of: 2, percent: 50 });
    expect(r.onTime).toEqual({ count: 2, of: 4, percent: 50 });
    expect(ageBucket(0)).toBe('0-7');
    expect(ageBucket(75)).toBe('61+');
  });
});
