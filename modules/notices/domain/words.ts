/** Formatting of dates, months and money for letters, in English and US Spanish. */
import { formatUsd, parts, type Cents, type DateOnly } from '@hearth/kernel';
import type { NoticeLanguage, LineText, MailingAddress } from './notice-input.js';

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
} as const;

/** 2026-12-05 → "December 5, 2026" / "5 de diciembre de 2026". */
export function formatDate(d: DateOnly, lang: NoticeLanguage): string {
  const { year, month, day } = parts(d);
  return lang === 'en' ? `${MONTHS.en[month - 1]} ${day}, ${year}` : `${day} de ${MONTHS.es[month - 1]} de ${year}`;
}

/** 2026-11 → "November 2026" / "noviembre de 2026". */
export function formatMonth(ym: string, lang: NoticeLanguage): string {
  const year = Number(ym.slice(0, 4));
  const month = Number(ym.slice(5, 7));
  return lang === 'en' ? `${MONTHS.en[month - 1]} ${year}` : `${MONTHS.es[month - 1]} de ${year}`;
}

export function money(c: number, lang: NoticeLanguage): string {
  return formatUsd(c as Cents, lang);
}

/** A line given in both languages, or one string used as written. */
export function pick(line: LineText, lang: NoticeLanguage): string {
  return typeof line === 'string' ? line : line[lang];
}

export function addressLines(a: MailingAddress): string[] {
  return [a.line1, ...(a.line2 ? [a.line2] : []), `${a.city}, ${a.state} ${a.zip}`];
}
