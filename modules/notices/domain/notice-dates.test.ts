import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HolidayCalendar, addDays, diffDays, fromUtcDate, type DateOnly } from '@hearth/kernel';
import {
  adverseActionEffectiveDate, continuedBenefitsDeadline, hearingRequestDeadline, isTimelyAdverseNotice, medicaidRenewalReturnBy,
  snapRenewalNoticeWindow, snapTimelyRenewalDate, verificationDueDate, workingDayOnOrAfter,
} from './notice-dates.js';
import { noticeRulesFor } from './policy.js';

describe('adverse action effective date (7 CFR 273.13(a)(1); 42 CFR 431.211)', () => {
  it('is the first day of the first month at least 10 days after mailing', () => {
    expect(adverseActionEffectiveDate('2026-11-16', 'snap')).toBe('2026-12-01');
    expect(adverseActionEffectiveDate('2026-11-21', 'snap')).toBe('2026-12-01'); // exactly 10 days
    expect(adverseActionEffectiveDate('2026-11-22', 'snap')).toBe('2027-01-01'); // 9 days would be too few
    expect(adverseActionEffectiveDate('2026-11-22', 'medicaid')).toBe('2027-01-01');
    expect(adverseActionEffectiveDate('2026-12-22', 'medicaid')).toBe('2027-01-01');
  });

  it('always leaves at least 10 days and never waits past the month after the notice period (273.12(c)(2)(i))', () => {
    const day = fc.integer({ min: 0, max: 365 * 6 }).map((n) => fromUtcDate(new Date(Date.UTC(2024, 0, 1 + n))) as DateOnly);
    fc.assert(fc.property(day, fc.constantFrom('snap' as const, 'medicaid' as const), (noticeDate, program) => {
      const eff = adverseActionEffectiveDate(noticeDate, program);
      expect(eff.endsWith('-01')).toBe(true);
      expect(diffDays(noticeDate, eff)).toBeGreaterThanOrEqual(10);
      expect(diffDays(noticeDate, eff)).toBeLessThanOrEqual(10 + 30);
      expect(isTimelyAdverseNotice(noticeDate, eff, program)).toBe(true);
      expect(isTimelyAdverseNotice(noticeDate, addDays(noticeDate, 9), program)).toBe(false);
    }));
  });
});

describe('continued benefits deadline', () => {
  it('SNAP: the last day of the notice period, moved past a weekend (273.13(a)(1))', () => {
    expect(continuedBenefitsDeadline('2026-11-16', '2026-12-01', 'snap')).toBe('2026-11-30');
    // The period ends Saturday 2026-10-31: a request on Monday 2026-11-02 is timely.
    expect(continuedBenefitsDeadline('2026-10-20', '2026-11-01', 'snap')).toBe('2026-11-02');
  });

  it('SNAP: moved past a federal holiday, and past an agency closure from the calendar', () => {
    expect(continuedBenefitsDeadline('2027-05-20', '2027-06-01', 'snap')).toBe('2027-06-01'); // Memorial Day 2027-05-31
    expect(continuedBenefitsDeadline('2027-12-20', '2028-01-01', 'snap')).toBe('2028-01-03'); // New Year observed Fri 12-31, then a weekend
    expect(continuedBenefitsDeadline('2026-11-16', '2026-12-01', 'snap', new HolidayCalendar(['2026-11-30']))).toBe('2026-12-01');
  });

  it('Medicaid: before the date of action, with no weekend shift (42 CFR 431.230(a))', () => {
    expect(continuedBenefitsDeadline('2026-10-20', '2026-11-01', 'medicaid')).toBe('2026-10-31');
  });
});

describe('hearing request deadline', () => {
  it('SNAP: 90 days from the notice, or from the action when it comes later (273.15(g))', () => {
    expect(hearingRequestDeadline('2026-11-16', 'snap')).toBe('2027-02-14');
    expect(hearingRequestDeadline('2026-11-16', 'snap', '2026-12-01')).toBe('2027-03-01');
  });

  it('Medicaid: the state\'s number of days from mailing, never more than 90 (431.221(d))', () => {
    expect(hearingRequestDeadline('2026-11-16', 'medicaid', '2026-12-01')).toBe('2027-02-14');
    const policy = { medicaid: { hearingRequest: { days: 60, from: '2020-01-01', citation: 'State rule 1.2.3' } } };
    expect(hearingRequestDeadline('2026-11-16', 'medicaid', null, policy)).toBe('2027-01-15');
    expect(() => noticeRulesFor('medicaid', { medicaid: { hearingRequest: { days: 120, from: '2020-01-01', citation: 'x' } } })).toThrow(/90 days/);
  });

  it('TANF has no federal period: refused until the state configures one', () => {
    expect(() => hearingRequestDeadline('2026-11-16', 'tanf')).toThrow(/TANF/);
  });
});

describe('verification and renewal dates', () => {
  it('gives at least 10 days for verification, moved to a working day (273.2(f), (h)(1)(i)(C))', () => {
    expect(verificationDueDate('2026-11-16', 'snap')).toBe('2026-11-27'); // day 10 is Thanksgiving
    expect(verificationDueDate('2026-11-02', 'snap')).toBe('2026-11-12'); // Veterans Day 11-11 is not day 10
  });

  it('places the SNAP notice of expiration and the timely-filing date (273.14(b), (c))', () => {
    expect(snapRenewalNoticeWindow('2027-10-31')).toEqual({ earliest: '2027-09-01', latest: '2027-09-30' });
    expect(snapTimelyRenewalDate('2027-10-31')).toBe('2027-10-15');
  });

  it('gives Medicaid renewals 30 days (435.916(a)(3))', () => {
    expect(medicaidRenewalReturnBy('2026-11-16')).toBe('2026-12-16');
  });

  it('finds the next working day', () => {
    expect(workingDayOnOrAfter('2026-11-28')).toBe('2026-11-30');
    expect(workingDayOnOrAfter('2026-11-30')).toBe('2026-11-30');
  });
});
