/** The time source. Use cases ask it for "now"; tests pass a fixed one. */
export interface Clock {
  now(): Date;
  /** Today in the agency's time zone. */
  today(): string;
}

export function systemClock(timeZone: string): Clock {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    now: () => new Date(),
    today: () => day.format(new Date()),
  };
}

/** A clock stopped at `iso` (an instant; today() is its calendar date as written). */
export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso), today: () => iso.slice(0, 10) };
}
