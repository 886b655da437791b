/**
 * Evaluation harness for `hearth registry evaluate` (reads files; the rest of the package is pure).
 */
import { loadLabelled, type DatasetFormat, type LabelledRecords } from './loaders.js';
import { evaluateLinkage, type EvaluationResult } from './evaluate.js';
import type { LinkageModel } from '../types.js';

export * from './loaders.js';
export * from './evaluate.js';

export interface EvaluateFilesOptions {
  format: DatasetFormat;
  files: [string] | [string, string];
  model?: LinkageModel;
  threshold?: number;
  maxBlockSize?: number;
}

export function evaluateFiles(o: EvaluateFilesOptions): { result: EvaluationResult; loadMs: number } {
  const t0 = performance.now();
  let data: LabelledRecords;
  const link = o.files.length === 2;
  if (link) {
    const a = loadLabelled(o.format, o.files[0], 'a');
    const b = loadLabelled(o.format, o.files[1]!, 'b');
    data = { records: [...a.records, ...b.records], entities: [...a.entities, ...b.entities] };
  } else data = loadLabelled(o.format, o.files[0]);
  const loadMs = Math.round(performance.now() - t0);
  const result = evaluateLinkage({ ...data, link, model: o.model, threshold: o.threshold, blocking: o.maxBlockSize ? { maxBlockSize: o.maxBlockSize } : undefined });
  return { result, loadMs };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** Human-readable lines, then the caller prints the JSON line. */
export function describeResult(r: EvaluationResult, loadMs: number): string[] {
  return [
    `${r.mode === 'link' ? 'Linked' : 'Deduplicated'} ${r.records} records (${r.truePairs} true pairs); model ${r.modelVersion}; threshold ${r.threshold}`,
    `Blocking: ${r.pairsCompared} pairs compared of ${r.totalPairs} (reduction ratio ${pct(r.reductionRatio)}), pairs completeness ${pct(r.pairsCompleteness)}; ${r.blocking.oversizeBlocks} oversize blocks skipped`,
    `Pairwise at threshold: precision ${pct(r.pairwise.precision)}, recall ${pct(r.pairwise.recall)}, F1 ${pct(r.pairwise.f1)} (TP ${r.pairwise.truePositives}, FP ${r.pairwise.falsePositives}, FN ${r.pairwise.falseNegatives})`,
    `After ${r.mode === 'link' ? 'one-to-one assignment' : 'clustering'}: precision ${pct(r.clustered.precision)}, recall ${pct(r.clustered.recall)}, F1 ${pct(r.clustered.f1)} (${r.clustered.clusters} clusters, largest ${r.clustered.largestCluster})`,
    `Recall at precision ≥ 0.99: ${pct(r.recallAtPrecision99)}; best pairwise F1 (optimistic) ${pct(r.bestF1.f1)} at ${r.bestF1.threshold.toPrecision(4)}`,
    `Time: load ${loadMs} ms, prepare ${r.stageMs.prepare} ms, block+score ${r.stageMs.blockAndScore} ms, cluster ${r.stageMs.cluster} ms, metrics ${r.stageMs.metrics} ms; peak RSS ${r.peakRssMiB} MiB`,
  ];
}

export function resultJson(r: EvaluationResult, loadMs: number): Record<string, unknown> {
  return {
    mode: r.mode,
    records: r.records,
    truePairs: r.truePairs,
    model: r.modelVersion,
    threshold: r.threshold,
    precision: r.clustered.precision,
    recall: r.clustered.recall,
    f1: r.clustered.f1,
    pairwise: { precision: r.pairwise.precision, recall: r.pairwise.recall, f1: r.pairwise.f1 },
    recallAtPrecision99: r.recallAtPrecision99,
    bestF1Optimistic: r.bestF1,
    pairsCompared: r.pairsCompared,
    reductionRatio: r.reductionRatio,
    pairsCompleteness: r.pairsCompleteness,
    oversizeBlocks: r.blocking.oversizeBlocks,
    wallTimeMs: r.wallTimeMs + loadMs,
    peakRssMiB: r.peakRssMiB,
  };
}
