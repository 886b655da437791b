import { describe, expect, it } from 'vitest';
import { divRound, dollarsToCents, mulDiv, centsToDollarString } from './money.js';
import { addMonths, ageOn, federalFiscalYear, isDateOnly, diffDays } from './date-only.js';
import { HolidayCalendar, federalHolidays } from './holidays.js';

describe('money', () => {
  it('parses dollars exactly', () => {
    expect(dollarsToCents('1234.5')).toBe(123450);
    expect(dollarsToCents(0.1 + 0.2)).toBe(30);
    expect(centsToDollarString(-5)).toBe('-0.05');
  });
  it('rounds as named', () => {
    expect(divRound(7, 2, 'down')).toBe(3);
    expect(divRound(7, 2, 'up')).toBe(4);
    expect(divRound(5, 2, 'half-even')).toBe(2);
    expect(divRound(-7, 2, 'down')).toBe(-4);
    expect(mulDiv(100_01, 30, 100, 'up')).toBe(3001);
  });
});

describe('dates', () => {
  it('validates calendar dates', () => {
    expect(isDateOnly('2024-02-29')).toBe(true);
    expect(isDateOnly('2023-02-29')).toBe(false);
  });
  it('does month and fiscal-year arithmetic', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(federalFiscalYear('2024-10-01')).toBe(2025);
    expect(federalFiscalYear('2024-09-30')).toBe(2024);
    expect(ageOn('2008-03-01', '2026-02-28')).toBe(17);
    expect(diffDays('2026-01-01', '2026-03-01')).toBe(59);
  });
});

describe('federal holidays (5 U.S.C. 6103)', () => {
  it('observes a Saturday holiday on Friday', () => {
    const july4 = federalHolidays(2026).find((h) => h.name === 'Independence Day')!;
    expect(july4.observed).toBe('2026-07-03');
  });
  it('counts working days skipping weekends and holidays', () => {
    const cal = new HolidayCalendar();
    // Wed 2026-11-25 + 2 working days: Thu 26 is Thanksgiving, Fri 27, Mon 30.
    expect(cal.addWorkingDays('2026-11-25', 2)).toBe('2026-11-30');
    expect(cal.workingDaysBetween('2026-11-25', '2026-11-30')).toBe(2);
  });
});
