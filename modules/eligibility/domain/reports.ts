import { diffDays, type DateOnly } from '@hearth/kernel';

/**
 * Application processing timeliness (SNAP's federal measure, 7 CFR 275.24(b)(2); FNS APT): an application is on
 * time when it is decided within 30 days of filing, or 7 days when it was entitled to expedited service.
 */
export function timeliness(rows: ReadonlyArray<{ filedOn: DateOnly; decidedOn: DateOnly; expedited: boolean }>) {
  let normal = 0, normalOnTime = 0, expedited = 0, expeditedOnTime = 0;
  for (const r of rows) {
    const days = diffDays(r.filedOn, r.decidedOn);
    if (r.expedited) { expedited++; if (days <= 7) expeditedOnTime++; }
    normal++; if (days <= 30) normalOnTime++;
  }
  const share = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 100);
  const onTime = rows.filter((r) => diffDays(r.filedOn, r.decidedOn) <= (r.expedited ? 7 : 30)).length;
  return {
    decided: rows.length,
    within30: { count: normalOnTime, of: normal, percent: share(normalOnTime, normal) },
    expeditedWithin7: { count: expeditedOnTime, of: expedited, percent: share(expeditedOnTime, expedited) },
    onTime: { count: onTime, of: rows.length, percent: share(onTime, rows.length) },
  };
}

export const AGE_BUCKETS = [[0, 7], [8, 15], [16, 30], [31, 45], [46, 60], [61, Infinity]] as const;

export function ageBucket(days: number): string {
  const b = AGE_BUCKETS.find(([lo, hi]) => days >= lo && days <= hi)!;
  return b[1] === Infinity ? `${b[0]}+` : `${b[0]}-${b[1]}`;
}
