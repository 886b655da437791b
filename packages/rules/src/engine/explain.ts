/**
 * Renders a trace as plain-language lines in English and Spanish. Labels come from each program's
 * dictionary; an id without a label falls back to the id itself (a test checks every program labels all).
 */
import type { TraceStep } from './trace.js';
import { formatValue, type Locale, type Reason, type Text } from './text.js';

export type Labels = Readonly<Record<string, Text>>;

const WORDS = {
  en: { from: 'in effect from', unverified: 'UNVERIFIED', rule: 'rule', uses: 'uses', result: 'Result' },
  es: { from: 'vigente desde', unverified: 'SIN VERIFICAR', rule: 'norma', uses: 'usa', result: 'Resultado' },
} as const;

export function renderExplanation(steps: readonly TraceStep[], labels: Labels, reasons: readonly Reason[]): { en: string[]; es: string[] } {
  return { en: render('en', steps, labels, reasons), es: render('es', steps, labels, reasons) };
}

function render(locale: Locale, steps: readonly TraceStep[], labels: Labels, reasons: readonly Reason[]): string[] {
  const w = WORDS[locale];
  const lines: string[] = [];
  for (const s of steps) {
    let line = `${labels[s.id]?.[locale] ?? s.id}: ${formatValue(s.value, s.unit, locale)} (${s.rule})`;
    if (s.params.length > 0) {
      const ps = s.params.map((p) => {
        // The citation of each parameter is in the trace; the sentence names the value and its date.
        const u = p.unverified ? ` [${w.unverified}: ${p.unverified}]` : '';
        return `${labels[p.id]?.[locale] ?? p.id} ${formatValue(p.value, p.unit, locale)} (${w.from} ${p.from})${u}`;
      });
      line += `; ${w.uses} ${ps.join(', ')}`;
    }
    lines.push(line);
  }
  for (const r of reasons) lines.push(`${w.result}: ${r.text[locale]}`);
  return lines;
}

/** Every step and parameter id in the trace that has no label (used by tests). */
export function unlabelledIds(steps: readonly TraceStep[], labels: Labels): string[] {
  const missing = new Set<string>();
  for (const s of steps) {
    if (!labels[s.id]) missing.add(s.id);
    for (const p of s.params) if (!labels[p.id]) missing.add(p.id);
  }
  return [...missing];
}
