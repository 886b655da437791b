import { describe, expect, it } from 'vitest';
import { HolidayCalendar } from '@hearth/kernel';
import { clockState, dueDate, pauseLength, sweepMarks, totalPausedDays, type ClockTypeDefinition } from './clocks.js';
import { ClockTypeRegistry } from './clock-registry.js';
import { CLOCK_CATALOG } from './clock-catalog.js';

const calendar = new HolidayCalendar();
const catalog = new ClockTypeRegistry(CLOCK_CATALOG);
const def = (code: string) => catalog.get(code)!;
const working10: ClockTypeDefinition = {
  code: 'test_working_10',
  name: 'Ten working days',
  programCode: 'snap',
  citation: 'test',
  startEvent: 'test',
  length: 10,
  unit: 'working',
  countingRule: 'working days after the event',
  warnDaysBefore: 3,
  escalateDaysBefore: 1,
};

describe('regulatory clock due dates (day 1 is the day after the event)', () => {
  it('SNAP 30-day processing runs 30 calendar days from the application date (7 CFR 273.2(g)(1))', () => {
    expect(dueDate(def('snap_processing_30'), '2026-01-05', 0, calendar)).toBe('2026-02-04');
    expect(def('snap_processing_30').citation).toBe('7 CFR 273.2(g)(1)');
  });

  it('SNAP expedited counts calendar days straight through Thanksgiving (273.2(i)(3))', () => {
    expect(dueDate(def('snap_expedited_7'), '2026-11-20', 0, calendar)).toBe('2026-11-27');
  });

  it('IV-D time frames are 20, 75, 90 and 30 calendar days with their citations', () => {
    expect(dueDate(def('ivd_case_opening_20'), '2026-01-01', 0, calendar)).toBe('2026-01-21');
    expect(dueDate(def('ivd_locate_75'), '2026-01-01', 0, calendar)).toBe('2026-03-17');
    expect(dueDate(def('ivd_establishment_90'), '2026-01-01', 0, calendar)).toBe('2026-04-01');
    expect(dueDate(def('ivd_enforcement_30'), '2026-02-01', 0, calendar)).toBe('2026-03-03');
    expect(CLOCK_CATALOG.map((d) => d.citation)).toEqual([
      '7 CFR 273.2(g)(1)',
      '7 CFR 273.2(i)(3)',
      '45 CFR 303.2(b)',
      '45 CFR 303.3(b)(3)',
      '45 CFR 303.4(d)',
      '45 CFR 303.6(c)(2)',
    ]);
  });

  it('a working-day clock skips the weekend and Thanksgiving', () => {
    // Fri 2026-11-20: Mon 23 (1), Tue 24, Wed 25, [Thu 26 Thanksgiving], Fri 27 (4), Mon 30, Dec 1, 2, 3, 4 (9), Mon Dec 7 (10).
    expect(dueDate(working10, '2026-11-20', 0, calendar)).toBe('2026-12-07');
  });

  it('an agency closure added to the calendar also stops a working-day clock', () => {
    const withClosure = new HolidayCalendar(['2026-11-27']);
    expect(dueDate(working10, '2026-11-20', 0, withClosure)).toBe('2026-12-08');
  });
});

describe('pause and resume', () => {
  it('a calendar clock moves out by the days it stood paused', () => {
    const d = def('snap_processing_30');
    const paused = pauseLength(d, { pausedOn: '2026-03-10', resumedOn: '2026-03-15' }, '2026-03-20', calendar);
    expect(paused).toBe(5);
    expect(dueDate(d, '2026-03-01', paused, calendar)).toBe('2026-04-05');
  });

  it('a working-day pause over Thanksgiving counts only working days', () => {
    // Paused Tue 24, resumed Mon 30: Wed 25, Fri 27, Mon 30 are the held working days (Thu 26 is a holiday).
    expect(pauseLength(working10, { pausedOn: '2026-11-24', resumedOn: '2026-11-30' }, '2026-12-01', calendar)).toBe(3);
    expect(dueDate(working10, '2026-11-20', 3, calendar)).toBe('2026-12-10');
  });

  it('an open pause counts up to today, and a same-day resume holds nothing', () => {
    const d = def('snap_processing_30');
    expect(totalPausedDays(d, [{ pausedOn: '2026-03-10', resumedOn: '2026-03-12' }, { pausedOn: '2026-03-20', resumedOn: null }], '2026-03-23', calendar)).toBe(5);
    expect(pauseLength(d, { pausedOn: '2026-03-10', resumedOn: '2026-03-10' }, '2026-03-23', calendar)).toBe(0);
  });
});

describe('clock states: warning, escalation, overdue', () => {
  const d = def('snap_processing_30'); // warn 10 days before, escalate 3 days before
  const clock = { status: 'running' as const, dueOn: '2026-02-04' };
  it.each([
    ['2026-01-20', 'on_track'],
    ['2026-01-25', 'warning'],
    ['2026-01-31', 'WARNING_LAST'],
    ['2026-02-01', 'escalated'],
    ['2026-02-04', 'escalated'],
    ['2026-02-05', 'overdue'],
  ])('on %s the clock is %s', (today, expected) => {
    expect(clockState(d, clock, today)).toBe(expected === 'WARNING_LAST' ? 'warning' : expected);
  });

  it('a paused clock neither warns nor escalates', () => {
    expect(clockState(d, { status: 'paused', dueOn: '2026-02-04' }, '2026-02-10')).toBe('paused');
    expect(sweepMarks('paused')).toEqual({ warn: false, escalate: false });
    expect(sweepMarks('overdue')).toEqual({ warn: true, escalate: true });
  });
});

describe('clock type registry', () => {
  it('refuses a second definition under the same code and a definition without a citation', () => {
    const r = new ClockTypeRegistry(CLOCK_CATALOG);
    expect(() => r.register({ ...CLOCK_CATALOG[0]!, name: 'copy' })).toThrow(/twice/);
    expect(() => r.register({ ...working10, citation: ' ' })).toThrow(/citation/);
    r.register(working10);
    expect(r.list('snap').map((x) => x.code)).toEqual(['snap_expedited_7', 'snap_processing_30', 'test_working_10']);
  });
});
