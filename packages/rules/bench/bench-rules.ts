/**
 * SNAP throughput benchmark (prints figures, asserts nothing).
 *
 *   npx tsx packages/rules/bench/bench-rules.ts [--n 1000000]
 *
 * Generates N deterministic synthetic households (mixed states, sizes and dates) as JSON lines, then times:
 *   baseline      parse each line and serialize it again;
 *   no trace      parse → validate → evaluate → serialize the result;
 *   full trace    the same with explain: true (trace + English and Spanish explanation).
 * Ratios are households/s relative to the baseline measured in the same run.
 */
import { evaluateProgram } from '../src/index.js';
import { SNAP_STATES } from '../src/programs/snap/schema.js';

function argN(): number {
  const i = process.argv.indexOf('--n');
  const n = i > 0 ? Number(process.argv[i + 1]) : 1_000_000;
  if (!Number.isInteger(n) || n <= 0) throw new Error('--n must be a positive integer');
  return n;
}

/** mulberry32: a small seeded PRNG so every run generates the same households. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATES = ['2023-11-01', '2024-03-01', '2024-10-01', '2025-04-01', '2025-10-01', '2026-06-01'];

export function syntheticHouseholds(n: number, seed = 42): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const money = (max: number) => Math.round(r() * max * 100) / 100;
  const lines: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const size = 1 + Math.floor(r() * r() * 8);
    const members = [];
    for (let m = 0; m < size; m++) {
      const adult = m < 2;
      const member: Record<string, unknown> = { age: adult ? 18 + Math.floor(r() * 70) : Math.floor(r() * 18) };
      if (adult && r() < 0.6) member.earnedIncome = money(3000);
      if (adult && r() < 0.3) member.unearnedIncome = money(1200);
      if (adult && r() < 0.1) member.disabled = true;
      if (adult && r() < 0.15) member.medicalExpenses = money(300);
      members.push(member);
    }
    const h: Record<string, unknown> = { id: `hh-${i}`, asOf: pick(DATES), state: pick(SNAP_STATES), members, shelterCosts: money(2000), assets: money(5000) };
    if (r() < 0.5) h.utilities = { heatingCooling: r() < 0.6, electricity: true, water: r() < 0.5, phone: r() < 0.7 };
    if (r() < 0.2) h.dependentCareCosts = money(600);
    if (r() < 0.05) h.homeless = true;
    lines[i] = JSON.stringify(h);
  }
  return lines;
}

function time(label: string, lines: string[], fn: (line: string) => string): number {
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (const line of lines) bytes += fn(line).length;
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const rate = lines.length / secs;
  console.log(`${label.padEnd(12)} ${rate.toFixed(0).padStart(10)} households/s  (${secs.toFixed(2)} s, ${(bytes / 1e6).toFixed(0)} MB out)`);
  return rate;
}

function main(): void {
  const n = argN();
  console.log(`SNAP benchmark: ${n} synthetic households, node ${process.version}`);
  const lines = syntheticHouseholds(n);
  const warm = lines.slice(0, Math.min(20_000, n));
  for (const l of warm) JSON.stringify(evaluateProgram('snap', JSON.parse(l), { explain: true }));

  const baseline = time('baseline', lines, (l) => JSON.stringify(JSON.parse(l)));
  const plain = time('no trace', lines, (l) => JSON.stringify(evaluateProgram('snap', JSON.parse(l))));
  const traced = time('full trace', lines, (l) => JSON.stringify(evaluateProgram('snap', JSON.parse(l), { explain: true })));
  console.log(`ratio no trace / baseline:   ${(plain / baseline).toFixed(3)}  (target ≥ 0.5)`);
  console.log(`ratio full trace / baseline: ${(traced / baseline).toFixed(3)}  (target ≥ 25,000 households/s: ${traced >= 25_000 ? 'met' : 'NOT met'})`);
}

main();
