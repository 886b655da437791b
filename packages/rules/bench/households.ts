/**
 * Deterministic synthetic SNAP households as JSON lines (mixed states, sizes and dates), for the benchmark
 * and for tests that need many realistic households.
 */
import { SNAP_STATES } from '../src/programs/snap/schema.js';

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
