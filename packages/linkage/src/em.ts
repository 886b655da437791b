import { compareLevels } from './compare.js';
import { DEFAULT_MODEL } from './default-model.js';
import { FIELD_COUNT, FIELD_LEVELS, FIELD_NAMES } from './fields.js';
import { enforceMonotone } from './model.js';
import { prepareRecord, type PreparedRecord } from './prepare.js';
import { createRng } from '@hearth/kernel';
import type { LinkageModel, LinkRecord } from './types.js';

type AnyRecord = LinkRecord | PreparedRecord;
const prep = (r: AnyRecord): PreparedRecord => ('familyPhonetic' in r ? r : prepareRecord(r));

/** Comparison vectors aggregated by pattern: EM then runs over distinct patterns, not pairs. */
export class PatternCounts {
  readonly patterns = new Map<string, { levels: Int8Array; count: number }>();
  total = 0;
  private buf = new Int8Array(FIELD_COUNT);
  addLevels(levels: Int8Array, count = 1) {
    const key = levels.join(',');
    const e = this.patterns.get(key);
    if (e) e.count += count;
    else this.patterns.set(key, { levels: Int8Array.from(levels), count });
    this.total += count;
  }
  addPair(a: PreparedRecord, b: PreparedRecord) {
    this.addLevels(compareLevels(a, b, this.buf));
  }
}

export function patternCounts(pairs: Iterable<readonly [AnyRecord, AnyRecord]>): PatternCounts {
  const pc = new PatternCounts();
  for (const [a, b] of pairs) pc.addPair(prep(a), prep(b));
  return pc;
}

/** Deterministic sample of n random pairs of distinct records (for estimating u). */
export function* sampleRandomPairs<T>(records: readonly T[], n: number, seed = 1): Generator<[T, T]> {
  if (records.length < 2) return;
  const rng = createRng(seed);
  for (let k = 0; k < n; k++) {
    const i = rng.int(0, records.length - 1);
    let j = rng.int(0, records.length - 2);
    if (j >= i) j++;
    yield [records[i]!, records[j]!];
  }
}

type Params = Float64Array[]; // per field, per level

function levelsOf(f: number) {
  return FIELD_LEVELS[FIELD_NAMES[f]!] as readonly string[];
}

function fromModel(model: LinkageModel, which: 'm' | 'u'): Params {
  return FIELD_NAMES.map((f, fi) => {
    const levels = levelsOf(fi);
    const arr = new Float64Array(levels.length);
    levels.forEach((l, i) => (arr[i] = model.fields[f]?.[l]?.[which] ?? 1 / levels.length));
    normalize(arr);
    return arr;
  });
}

function normalize(arr: Float64Array) {
  let s = 0;
  for (const v of arr) s += v;
  if (s > 0) for (let i = 0; i < arr.length; i++) arr[i] = arr[i]! / s;
}

/** Level frequencies among pairs assumed to be non-matches (e.g. random pairs), with add-half smoothing. */
export function estimateU(random: PatternCounts): Params {
  const counts = FIELD_NAMES.map((_, fi) => new Float64Array(levelsOf(fi).length).fill(0.5));
  for (const { levels, count } of random.patterns.values())
    for (let f = 0; f < FIELD_COUNT; f++) if (levels[f]! >= 0) counts[f]![levels[f]!]! += count;
  counts.forEach(normalize);
  return counts;
}

export interface EstimateOptions {
  /** Starting m (and u, when no random pairs are given) and version base. Default: DEFAULT_MODEL. */
  initial?: LinkageModel;
  /** Random pairs of the population: the final u is estimated from them (recommended). EM itself still fits a
   *  separate u for the sampled pairs (blocked non-matches agree on blocking fields far more often than random
   *  pairs; holding u at random-pair values during EM pushes every blocked pair into the match class). */
  randomPairs?: Iterable<readonly [AnyRecord, AnyRecord]> | PatternCounts;
  /** Total number of pairs in the population (n(n−1)/2, or nA·nB when linking): converts the match share among
   *  the sampled (blocked) pairs into the prior for any two records. Without it, prior is that share. */
  totalPairs?: number;
  maxIterations?: number;
  tolerance?: number;
  version?: string;
  provenance?: string;
}

export interface EstimateResult {
  model: LinkageModel;
  iterations: number;
  /** share of sampled pairs estimated to be matches */
  matchShare: number;
  converged: boolean;
}

/**
 * Expectation–maximization of Fellegi–Sunter parameters from unlabelled pairs (normally blocked candidate pairs),
 * assuming fields independent given match status. u comes from random pairs when given (held fixed), otherwise
 * it is estimated too. A missing field (null level) carries no information and is skipped. The result is made
 * monotone along each field's level order.
 */
export function estimateModelDetailed(sampledPairs: Iterable<readonly [AnyRecord, AnyRecord]> | PatternCounts, opts: EstimateOptions = {}): EstimateResult {
  const initial = opts.initial ?? DEFAULT_MODEL;
  const data = sampledPairs instanceof PatternCounts ? sampledPairs : patternCounts(sampledPairs);
  const random = opts.randomPairs === undefined ? null : opts.randomPairs instanceof PatternCounts ? opts.randomPairs : patternCounts(opts.randomPairs);
  let m = fromModel(initial, 'm');
  const uRandom = random ? estimateU(random) : null;
  let u = uRandom ? uRandom.map((a) => Float64Array.from(a)) : fromModel(initial, 'u');
  let lambda = 0.1;
  const patterns = [...data.patterns.values()];
  const maxIt = opts.maxIterations ?? 200;
  const tol = opts.tolerance ?? 1e-6;
  let it = 0;
  let converged = false;
  for (; it < maxIt; it++) {
    const mc = FIELD_NAMES.map((_, fi) => new Float64Array(levelsOf(fi).length).fill(1e-3));
    const uc = FIELD_NAMES.map((_, fi) => new Float64Array(levelsOf(fi).length).fill(1e-3));
    let matches = 0;
    for (const { levels, count } of patterns) {
      let pm = lambda;
      let pu = 1 - lambda;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const l = levels[f]!;
        if (l < 0) continue;
        pm *= m[f]![l]!;
        pu *= u[f]![l]!;
      }
      const p = pm / (pm + pu || 1);
      matches += p * count;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const l = levels[f]!;
        if (l < 0) continue;
        mc[f]![l]! += p * count;
        uc[f]![l]! += (1 - p) * count;
      }
    }
    mc.forEach(normalize);
    uc.forEach(normalize);
    let delta = Math.abs(matches / data.total - lambda);
    for (let f = 0; f < FIELD_COUNT; f++) for (let l = 0; l < mc[f]!.length; l++) delta = Math.max(delta, Math.abs(mc[f]![l]! - m[f]![l]!));
    m = mc;
    u = uc;
    lambda = matches / data.total;
    if (delta < tol) {
      converged = true;
      it++;
      break;
    }
  }
  if (uRandom) u = uRandom;
  const fields: LinkageModel['fields'] = {};
  FIELD_NAMES.forEach((f, fi) => {
    fields[f] = Object.fromEntries(levelsOf(fi).map((l, i) => [l, { m: round(m[fi]![i]!), u: round(u[fi]![i]!) }]));
  });
  const prior = opts.totalPairs ? (lambda * data.total) / opts.totalPairs : lambda;
  const model = enforceMonotone({
    version: opts.version ?? `em-${data.total}-pairs`,
    prior,
    fields,
    provenance: opts.provenance ?? `EM over ${data.total} sampled pairs (${it} iterations)${random ? `, u from ${random.total} random pairs` : ''}`,
  });
  return { model, iterations: it, matchShare: lambda, converged };
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}

export function estimateModel(sampledPairs: Iterable<readonly [AnyRecord, AnyRecord]> | PatternCounts, opts: EstimateOptions = {}): LinkageModel {
  return estimateModelDetailed(sampledPairs, opts).model;
}

/** m and u from labelled pairs (e.g. reviewed pairs): level frequencies among matches and among non-matches. */
export function estimateModelFromLabels(matches: PatternCounts, nonMatches: PatternCounts, prior: number, version = 'labelled'): LinkageModel {
  const m = estimateU(matches);
  const u = estimateU(nonMatches);
  const fields: LinkageModel['fields'] = {};
  FIELD_NAMES.forEach((f, fi) => {
    fields[f] = Object.fromEntries(levelsOf(fi).map((l, i) => [l, { m: round(m[fi]![i]!), u: round(u[fi]![i]!) }]));
  });
  return enforceMonotone({ version, prior, fields, provenance: `labels: ${matches.total} matching and ${nonMatches.total} non-matching pairs` });
}
