/** Latency and throughput summaries for the API benchmark (pure). */

export interface TypeSummary {
  type: string;
  count: number;
  /** Responses that were not 2xx, and network errors. */
  errors: number;
  statuses: Record<string, number>;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile (p in 0–100) of values sorted ascending; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export class Recorder {
  private readonly samples = new Map<string, { ms: number[]; errors: number; statuses: Record<string, number> }>();

  record(type: string, ms: number, status: number) {
    let s = this.samples.get(type);
    if (!s) this.samples.set(type, (s = { ms: [], errors: 0, statuses: {} }));
    s.statuses[status] = (s.statuses[status] ?? 0) + 1;
    if (status >= 200 && status < 300) s.ms.push(ms);
    else s.errors += 1;
  }

  types(): string[] {
    return [...this.samples.keys()];
  }

  /** Latency percentiles over successful responses; throughput over successful responses in `seconds`. */
  summary(type: string, seconds: number): TypeSummary {
    const s = this.samples.get(type) ?? { ms: [], errors: 0, statuses: {} };
    const sorted = [...s.ms].sort((a, b) => a - b);
    return {
      type,
      count: sorted.length,
      errors: s.errors,
      statuses: s.statuses,
      perSecond: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
    };
  }

  totals(seconds: number): { ok: number; errors: number; perSecond: number } {
    let ok = 0;
    let errors = 0;
    for (const s of this.samples.values()) {
      ok += s.ms.length;
      errors += s.errors;
    }
    return { ok, errors, perSecond: ok / seconds };
  }
}

/** Picks a key by weight with a [0,1) random number. */
export function pickWeighted<K extends string>(weights: ReadonlyArray<readonly [K, number]>, r: number): K {
  const total = weights.reduce((a, [, w]) => a + w, 0);
  if (!(total > 0)) throw new Error('the weights must add up to more than zero');
  let x = r * total;
  for (const [k, w] of weights) {
    if (x < w) return k;
    x -= w;
  }
  return weights.at(-1)![0];
}

/** Parses "search=3,open=4,note=2,task=1" into weights for the known request types. */
export function parseMix<K extends string>(text: string, known: readonly K[]): Array<[K, number]> {
  const out: Array<[K, number]> = [];
  for (const part of text.split(',')) {
    const [k, v] = part.split('=').map((s) => s.trim());
    if (!k || !(known as readonly string[]).includes(k)) throw new Error(`--mix: unknown request type "${k}" (known: ${known.join(', ')})`);
    const w = Number(v);
    if (!Number.isFinite(w) || w < 0) throw new Error(`--mix: weight of ${k} must be a number ≥ 0`);
    out.push([k as K, w]);
  }
  if (!out.some(([, w]) => w > 0)) throw new Error('--mix: at least one weight must be above zero');
  return out;
}
