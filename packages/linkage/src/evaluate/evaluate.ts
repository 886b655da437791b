import { candidatePairs, type BlockingStats, type CandidateOptions } from '../blocking.js';
import { clusterPairs } from '../cluster.js';
import { CANNOT_LINK_BELOW, DEFAULT_MODEL, OPERATING_THRESHOLD } from '../default-model.js';
import { probabilityFromWeight } from '../model.js';
import { prepareRecord, type PreparedRecord } from '../prepare.js';
import { createScorer } from '../scorer.js';
import { termFrequencies } from '../term-frequencies.js';
import type { LinkageModel, LinkRecord } from '../types.js';

export interface EvaluationInput {
  records: LinkRecord[];
  /** ground-truth entity per record (same index) */
  entities: string[];
  /** link two sources (records carry `source`) instead of deduplicating one */
  link?: boolean;
  model?: LinkageModel;
  threshold?: number;
  blocking?: CandidateOptions;
  /** use term-frequency adjustment computed from these records (default true) */
  tf?: boolean;
  /** one-to-one linking: in link mode, keep for each record only its best match above the threshold (default true) */
  oneToOne?: boolean;
  /** also compute clustered metrics at these thresholds (for choosing the operating threshold on tuning sets) */
  thresholdGrid?: number[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface EvaluationResult {
  mode: 'dedupe' | 'link';
  records: number;
  truePairs: number;
  modelVersion: string;
  threshold: number;
  /** pairwise, on the scored candidate pairs at the operating threshold */
  pairwise: PRF;
  /** after clustering (connected components above the threshold; link mode: one-to-one assignment) */
  clustered: PRF & { clusters: number; largestCluster: number };
  recallAtPrecision99: number;
  thresholdAtPrecision99: number | null;
  /** best pairwise F1 over all thresholds: optimistic, for reference only */
  bestF1: { f1: number; threshold: number };
  pairsCompared: number;
  totalPairs: number;
  reductionRatio: number;
  pairsCompleteness: number;
  blocking: BlockingStats;
  wallTimeMs: number;
  stageMs: { prepare: number; blockAndScore: number; cluster: number; metrics: number };
  peakRssMiB: number;
  grid?: { threshold: number; clustered: PRF }[];
}

function prf(tp: number, fp: number, totalTrue: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = totalTrue === 0 ? 1 : tp / totalTrue;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: totalTrue - tp };
}

/** Number of true pairs: within each entity (dedupe) or across sources within each entity (link). */
function countTruePairs(records: LinkRecord[], entities: string[], link: boolean): number {
  const byEntity = new Map<string, Map<string, number>>();
  records.forEach((r, i) => {
    const e = entities[i]!;
    let m = byEntity.get(e);
    if (!m) byEntity.set(e, (m = new Map()));
    const s = link ? (r.source ?? '') : '';
    m.set(s, (m.get(s) ?? 0) + 1);
  });
  let total = 0;
  for (const m of byEntity.values()) {
    if (!link) {
      const k = m.get('')!;
      total += (k * (k - 1)) / 2;
    } else {
      const counts = [...m.values()];
      for (let x = 0; x < counts.length; x++) for (let y = x + 1; y < counts.length; y++) total += counts[x]! * counts[y]!;
    }
  }
  return total;
}

export function evaluateLinkage(input: EvaluationInput): EvaluationResult {
  const t0 = performance.now();
  const link = Boolean(input.link);
  const model = input.model ?? DEFAULT_MODEL;
  const threshold = input.threshold ?? OPERATING_THRESHOLD;
  const { records, entities } = input;
  const prepared: PreparedRecord[] = records.map(prepareRecord);
  const scorer = createScorer(model, input.tf === false ? undefined : termFrequencies(prepared));
  const t1 = performance.now();

  const stats: BlockingStats = { blocks: 0, oversizeBlocks: 0, oversizeRecords: 0, pairs: 0, pairsByRule: {} };
  const pi: number[] = [];
  const pj: number[] = [];
  const pw: number[] = [];
  for (const [i, j] of candidatePairs(prepared, { ...input.blocking, link }, stats)) {
    pi.push(i);
    pj.push(j);
    pw.push(scorer.weightPrepared(prepared[i]!, prepared[j]!));
  }
  const t2 = performance.now();
  const n = pi.length;
  const prob = pw.map(probabilityFromWeight);
  const isTrue = new Uint8Array(n);
  let trueCandidates = 0;
  for (let k = 0; k < n; k++) if (entities[pi[k]!] === entities[pj[k]!]) { isTrue[k] = 1; trueCandidates++; }
  const truePairs = countTruePairs(records, entities, link);
  const scoredOf = (): Scored => ({ records, entities, link, pi, pj, pw, prob, isTrue, truePairs });

  // pairwise at the operating threshold
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n; k++) if (prob[k]! >= threshold) (isTrue[k] ? tp++ : fp++);
  const pairwise = prf(tp, fp, truePairs);

  const clustered = clusteredMetrics(scoredOf(), threshold, input.oneToOne !== false);
  const t3 = performance.now();

  // threshold sweep: recall at precision ≥ 0.99 and best F1 (ties handled together)
  const order = [...Array(n).keys()].sort((x, y) => pw[y]! - pw[x]!);
  let stp = 0;
  let sfp = 0;
  let recallAt99 = 0;
  let thrAt99: number | null = null;
  let best = { f1: 0, threshold: 1 };
  for (let k = 0; k < order.length; ) {
    const w = pw[order[k]!]!;
    while (k < order.length && pw[order[k]!] === w) {
      isTrue[order[k]!] ? stp++ : sfp++;
      k++;
    }
    const p = stp / (stp + sfp);
    const r = stp / truePairs;
    if (p >= 0.99 && r > recallAt99) {
      recallAt99 = r;
      thrAt99 = probabilityFromWeight(w);
    }
    const f1 = (2 * p * r) / (p + r || 1);
    if (f1 > best.f1) best = { f1, threshold: probabilityFromWeight(w) };
  }
  const t4 = performance.now();

  let totalPairs: number;
  if (link) {
    const bySrc = new Map<string, number>();
    for (const r of records) bySrc.set(r.source ?? '', (bySrc.get(r.source ?? '') ?? 0) + 1);
    const c = [...bySrc.values()];
    totalPairs = 0;
    for (let x = 0; x < c.length; x++) for (let y = x + 1; y < c.length; y++) totalPairs += c[x]! * c[y]!;
  } else totalPairs = (records.length * (records.length - 1)) / 2;

  return {
    mode: link ? 'link' : 'dedupe',
    records: records.length,
    truePairs,
    modelVersion: model.version,
    threshold,
    pairwise,
    clustered,
    recallAtPrecision99: recallAt99,
    thresholdAtPrecision99: thrAt99,
    bestF1: best,
    pairsCompared: n,
    totalPairs,
    reductionRatio: 1 - n / totalPairs,
    pairsCompleteness: truePairs ? trueCandidates / truePairs : 1,
    blocking: stats,
    wallTimeMs: Math.round(t4 - t0),
    stageMs: { prepare: Math.round(t1 - t0), blockAndScore: Math.round(t2 - t1), cluster: Math.round(t3 - t2), metrics: Math.round(t4 - t3) },
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    ...(input.thresholdGrid ? { grid: input.thresholdGrid.map((t) => ({ threshold: t, clustered: clusteredMetrics(scoredOf(), t, input.oneToOne !== false) })) } : {}),
  };
}

/** Scored candidate pairs with their truth, reusable for metrics at several thresholds. */
export interface Scored {
  records: LinkRecord[];
  entities: string[];
  link: boolean;
  pi: number[];
  pj: number[];
  pw: number[];
  prob: number[];
  isTrue: Uint8Array;
  truePairs: number;
}

/** Precision/recall/F1 of the pairs implied by clusters (dedupe: connected components; link: greedy one-to-one). */
export function clusteredMetrics(s: Scored, threshold: number, oneToOne = true, cannotLinkBelow = CANNOT_LINK_BELOW): EvaluationResult['clustered'] {
  const { records, entities, link, pi, pj, pw, prob, isTrue, truePairs } = s;
  const n = pi.length;
  let clustered: EvaluationResult['clustered'];
  if (link && oneToOne) {
    // greedy one-to-one: best weights first, each record used once
    const order = [...Array(n).keys()].filter((k) => prob[k]! >= threshold).sort((x, y) => pw[y]! - pw[x]!);
    const used = new Uint8Array(records.length);
    let ctp = 0;
    let cfp = 0;
    for (const k of order) {
      if (used[pi[k]!] || used[pj[k]!]) continue;
      used[pi[k]!] = 1;
      used[pj[k]!] = 1;
      isTrue[k] ? ctp++ : cfp++;
    }
    clustered = { ...prf(ctp, cfp, truePairs), clusters: ctp + cfp, largestCluster: ctp + cfp ? 2 : 0 };
  } else {
    const pairs = [];
    for (let k = 0; k < n; k++) if (prob[k]! >= threshold || prob[k]! < cannotLinkBelow) pairs.push({ a: String(pi[k]), b: String(pj[k]), probability: prob[k]! });
    const clusters = clusterPairs(pairs, threshold, { cannotLinkBelow });
    let ctp = 0;
    let call = 0;
    for (const c of clusters) {
      const bySource = new Map<string, Map<string, number>>();
      for (const id of c) {
        const idx = Number(id);
        const e = entities[idx]!;
        const s = link ? (records[idx]!.source ?? '') : '';
        let m = bySource.get(s);
        if (!m) bySource.set(s, (m = new Map()));
        m.set(e, (m.get(e) ?? 0) + 1);
      }
      if (!link) {
        const k = c.length;
        call += (k * (k - 1)) / 2;
        for (const cnt of bySource.get('')!.values()) ctp += (cnt * (cnt - 1)) / 2;
      } else {
        const srcs = [...bySource.values()];
        for (let x = 0; x < srcs.length; x++)
          for (let y = x + 1; y < srcs.length; y++) {
            let sx = 0;
            let sy = 0;
            for (const v of srcs[x]!.values()) sx += v;
            for (const v of srcs[y]!.values()) sy += v;
            call += sx * sy;
            for (const [e, v] of srcs[x]!) ctp += v * (srcs[y]!.get(e) ?? 0);
          }
      }
    }
    clustered = { ...prf(ctp, call - ctp, truePairs), clusters: clusters.length, largestCluster: clusters[0]?.length ?? 0 };
  }
  return clustered;
}

/** Blocks and scores labelled records once (TF from the records), for metrics at several thresholds. */
export function scoreLabelled(input: Pick<EvaluationInput, 'records' | 'entities' | 'link' | 'model' | 'blocking' | 'tf'>): Scored {
  const link = Boolean(input.link);
  const prepared = input.records.map(prepareRecord);
  const scorer = createScorer(input.model ?? DEFAULT_MODEL, input.tf === false ? undefined : termFrequencies(prepared));
  const pi: number[] = [];
  const pj: number[] = [];
  const pw: number[] = [];
  for (const [i, j] of candidatePairs(prepared, { ...input.blocking, link })) {
    pi.push(i);
    pj.push(j);
    pw.push(scorer.weightPrepared(prepared[i]!, prepared[j]!));
  }
  const isTrue = Uint8Array.from(pi.map((i, k) => (input.entities[i] === input.entities[pj[k]!] ? 1 : 0)));
  return { records: input.records, entities: input.entities, link, pi, pj, pw, prob: pw.map(probabilityFromWeight), isTrue, truePairs: countTruePairs(input.records, input.entities, link) };
}
