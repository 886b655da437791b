import type { Lang } from '../api/types';

export const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** A `YYYY-MM-DD` date, shown in the reader's language. Parsed as a calendar day (no time-zone shift). */
export function formatDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.slice(0, 10));
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** An ISO timestamp, shown in local time. */
export function formatDateTime(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** Money in the API is integer cents. */
export function formatMoney(lang: Lang, cents: number | null | undefined, currency = 'USD'): string {
  if (cents === null || cents === undefined) return '';
  return new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency }).format(cents / 100);
}

export function formatNumber(lang: Lang, n: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(n);
}

function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from `today` (a `YYYY-MM-DD` day, or a Date read in local time) to a `YYYY-MM-DD` date; negative when past. */
export function daysUntil(iso: string, today: string | Date = new Date()): number {
  const now = typeof today === 'string' ? dayNumber(today) : Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / 86_400_000;
  return Math.round(dayNumber(iso) - now);
}
