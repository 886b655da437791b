/**
 * Renders a trace as plain-language lines in English and Spanish. Labels come from each program's
 * dictionary; an id without a label falls back to the id itself (a test checks every program labels all).
 *
 * A line reads: "<label>: <value> (<rule>); uses <parameter label> <value> (in effect from <date>), …".
 * `renderExplanation` works from plain TraceSteps; `renderTracer` from the compact trace, where all but
 * the value is text compiled once per step shape — the same sentences (a test checks both agree).
 */
import type { TraceStep, Tracer } from './trace.js';
import { formatValue, paramPhrase, WORDS, type Locale, type Reason, type Text } from './text.js';

export { WORDS } from './text.js';
export type Labels = Readonly<Record<string, Text>>;

export function renderExplanation(steps: readonly TraceStep[], labels: Labels, reasons: readonly Reason[]): { en: string[]; es: string[] } {
  return { en: render('en', steps, labels, reasons), es: render('es', steps, labels, reasons) };
}

function render(locale: Locale, steps: readonly TraceStep[], labels: Labels, reasons: readonly Reason[]): string[] {
  const w = WORDS[locale];
  const lines: string[] = [];
  for (const s of steps) lines.push(stepLine(s, locale, labels));
  for (const r of reasons) lines.push(`${w.result}: ${r.text[locale]}`);
  return lines;
}

/** The sentence of one plain TraceStep. */
export function stepLine(s: TraceStep, locale: Locale, labels: Labels): string {
  let line = `${labels[s.id]?.[locale] ?? s.id}: ${formatValue(s.value, s.unit, locale)} (${s.rule})`;
  if (s.params.length > 0) line += `; ${WORDS[locale].uses} ${s.params.map((p) => paramPhrase(p, locale, labels[p.id]?.[locale])).join(', ')}`;
  return line;
}

/** The explanation of a compact trace: the same lines as renderExplanation(tracer.steps, …). */
export function renderTracer(tracer: Tracer, labels: Labels, reasons: readonly Reason[]): { en: string[]; es: string[] } {
  const out = { en: [] as string[], es: [] as string[] };
  const { shapes, values } = tracer;
  for (const locale of ['en', 'es'] as const) {
    const lines = out[locale];
    for (let i = 0; i < shapes.length; i++) {
      const s = shapes[i];
      if (!s) lines.push(stepLine(values[i] as TraceStep, locale, labels));
      else {
        const t = s.text[locale];
        lines.push(t.head + formatValue(values[i], s.root.unit, locale) + t.tail);
      }
    }
    for (const r of reasons) lines.push(`${WORDS[locale].result}: ${r.text[locale]}`);
  }
  return out;
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
