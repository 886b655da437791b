import { FIELD_LEVELS, FIELD_NAMES, type FieldName } from './fields.js';
import type { LinkageModel } from './types.js';

const EPS = 1e-6;

/** log2(m/u) per level, in FIELD_LEVELS order, for each field. Missing levels weigh 0. */
export function levelWeights(model: LinkageModel): Float64Array[] {
  return FIELD_NAMES.map((f) => {
    const levels = FIELD_LEVELS[f] as readonly string[];
    const w = new Float64Array(levels.length);
    const p = model.fields[f] ?? {};
    levels.forEach((l, i) => {
      const mu = p[l];
      w[i] = mu ? Math.log2(Math.max(mu.m, EPS) / Math.max(mu.u, EPS)) : 0;
    });
    return w;
  });
}

export function logit2(p: number): number {
  const q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
  return Math.log2(q / (1 - q));
}

export function probabilityFromWeight(w: number): number {
  return 1 / (1 + 2 ** -w);
}

/**
 * Makes each field's weights non-increasing along the level order (stronger agreement never weighs less) and the
 * strongest level non-negative, by pool-adjacent-violators on the log ratios, weighted by m + u. Returns a new model.
 */
export function enforceMonotone(model: LinkageModel): LinkageModel {
  const fields: LinkageModel['fields'] = {};
  for (const f of Object.keys(model.fields)) {
    const levels = (FIELD_LEVELS as Record<string, readonly string[]>)[f];
    const p = model.fields[f]!;
    if (!levels) {
      fields[f] = { ...p };
      continue;
    }
    const present = levels.filter((l) => p[l]);
    // blocks of [weight, mass, members]
    const blocks: { w: number; mass: number; members: string[] }[] = [];
    for (const l of present) {
      const { m, u } = p[l]!;
      blocks.push({ w: Math.log2(Math.max(m, EPS) / Math.max(u, EPS)), mass: m + u + EPS, members: [l] });
      while (blocks.length >= 2 && blocks[blocks.length - 1]!.w > blocks[blocks.length - 2]!.w) {
        const b = blocks.pop()!;
        const a = blocks.pop()!;
        blocks.push({ w: (a.w * a.mass + b.w * b.mass) / (a.mass + b.mass), mass: a.mass + b.mass, members: [...a.members, ...b.members] });
      }
    }
    const out: Record<string, { m: number; u: number }> = {};
    for (const b of blocks)
      for (const l of b.members) {
        const { u } = p[l]!;
        // keep u, set m so that log2(m/u) = pooled weight (m is then only a ratio carrier for pooled levels)
        out[l] = { m: Math.max(u, EPS) * 2 ** b.w, u };
      }
    const top = present[0];
    if (top && Math.log2(out[top]!.m / Math.max(out[top]!.u, EPS)) < 0) out[top] = { m: out[top]!.u, u: out[top]!.u };
    fields[f] = out;
  }
  return { ...model, fields };
}

export function isMonotone(model: LinkageModel): boolean {
  const ws = levelWeights(model);
  return FIELD_NAMES.every((f, i) => {
    const levels = FIELD_LEVELS[f] as readonly string[];
    const w = ws[i]!;
    let prev = Infinity;
    for (let k = 0; k < levels.length; k++) {
      if (!model.fields[f]?.[levels[k]!]) continue;
      if (w[k]! > prev + 1e-9) return false;
      prev = w[k]!;
    }
    const top = levels.find((l) => model.fields[f]?.[l]);
    return !top || w[levels.indexOf(top)]! >= -1e-9;
  });
}

export type { FieldName };
