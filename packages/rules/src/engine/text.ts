/** Bilingual text and formatting shared by all programs. */
import type { Unit } from './trace.js';

export type Locale = 'en' | 'es';
export interface Text {
  readonly en: string;
  readonly es: string;
}

export interface Reason {
  readonly code: string;
  readonly text: Text;
}

export const WORDS = {
  en: { from: 'in effect from', unverified: 'UNVERIFIED', rule: 'rule', uses: 'uses', result: 'Result' },
  es: { from: 'vigente desde', unverified: 'SIN VERIFICAR', rule: 'norma', uses: 'usa', result: 'Resultado' },
} as const;

/** A parameter in a sentence: "<label> <value> (in effect from <date>)[ [UNVERIFIED: why]]" (the citation stays in the trace). */
export function paramPhrase(p: { readonly id: string; readonly value: unknown; readonly unit: Unit; readonly from: string; readonly unverified?: string }, locale: Locale, label: string | undefined): string {
  const w = WORDS[locale];
  const u = p.unverified ? ` [${w.unverified}: ${p.unverified}]` : '';
  return `${label ?? p.id} ${formatValue(p.value, p.unit, locale)} (${w.from} ${p.from})${u}`;
}

/** Reasons are frozen: they are shared constants, and the serializer compiles each one's JSON once. */
export function reason(code: string, en: string, es: string): Reason {
  return Object.freeze({ code, text: Object.freeze({ en, es }) });
}

/** 123456 → "$1,234.56" (both locales: US Spanish writes dollars the same way). */
export function formatCents(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const dollars = Math.floor(abs / 100);
  const c = abs % 100;
  let whole = String(dollars);
  if (dollars >= 1000) {
    let grouped = '';
    while (whole.length > 3) {
      grouped = `,${whole.slice(-3)}${grouped}`;
      whole = whole.slice(0, -3);
    }
    whole += grouped;
  }
  return `${sign}$${whole}.${c < 10 ? '0' : ''}${c}`;
}

export function formatValue(value: unknown, unit: Unit, locale: Locale): string {
  if (value === null || value === undefined) return locale === 'en' ? 'none' : 'ninguno';
  switch (unit) {
    case 'cents':
      return typeof value === 'number' ? formatCents(value) : String(value);
    case 'bp':
      return typeof value === 'number' ? `${trimNumber(value / 100)}%` : String(value);
    case 'boolean':
      return value ? (locale === 'en' ? 'yes' : 'sí') : 'no';
    case 'ratio':
      return typeof value === 'number' ? trimNumber(Math.round(value * 1e6) / 1e6) : String(value);
    case 'hours':
      return `${trimNumber(value as number)} ${locale === 'en' ? 'h' : 'h'}`;
    case 'months':
      return `${String(value)} ${locale === 'en' ? 'months' : 'meses'}`;
    case 'weeks':
      return `${String(value)} ${locale === 'en' ? 'weeks' : 'semanas'}`;
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10000) / 10000);
}
