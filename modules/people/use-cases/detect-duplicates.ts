import { inTransaction, SYSTEM_ACTOR, type Sql } from '@hearth/platform';
import {
  blockingKeySets,
  BLOCKING_RULES,
  candidatePairs,
  clusterPairs,
  createScorer,
  DEFAULT_MODEL,
  OPERATING_THRESHOLD,
  prepareRecord,
  termFrequencies,
  type BlockingStats,
  type LinkageModel,
  type PreparedRecord,
} from '@hearth/linkage';
import { linkRecordsPage } from '../adapters/link-records.repo.js';
import { decidedPairKeys, pairsOfRun, setClusterIds, upsertProposedPairs, type ProposedPair } from '../adapters/match-candidates.repo.js';
import { saveTermFrequencies } from '../adapters/term-frequencies.repo.js';
import type { PeopleDeps } from './ports.js';

/**
 * Duplicate detection over the whole registry: blocking (the linkage engine's rules), scoring (Fellegi–Sunter
 * with the registry's own term frequencies), then clustering; pairs at or above the threshold go to the review
 * queue, most probable first. Pairs already decided (not the same, merged) are skipped.
 *
 * Resumable: the records are read in id order and the pairs come from a deterministic generator, so the
 * checkpoint is the number of pairs already scored; each chunk's proposals are written in the same
 * transaction as the checkpoint. After a crash the run loads the records again, skips the pairs it already
 * scored (generating them, not scoring them), and carries on.
 */
export interface DuplicateRunProgress {
  /** Saves progress (and the checkpoint) inside the transaction that wrote the work it covers. */
  save(tx: Sql, p: { done: number; total?: number; checkpoint: DuplicateCheckpoint; message: string }): Promise<void>;
  checkpoint: DuplicateCheckpoint | null;
  runId: string;
}

export interface DuplicateCheckpoint {
  phase: 'score' | 'cluster' | 'done';
  pairsDone: number;
  proposed: number;
  /** Estimated pairs (an upper bound: the sum of block sizes squared, before each pair is owned by one rule). */
  estimate: number;
}

export interface DuplicateRunOptions {
  threshold?: number;
  model?: LinkageModel;
  /** Pairs scored per transaction (default 200,000). */
  chunk?: number;
  /** Blocks larger than this are skipped by their rule (default 500; other rules still pair their records). */
  maxBlockSize?: number;
  /** For crash tests: throw after this many chunks. */
  failAfterChunks?: number;
}

export interface DuplicateRunResult {
  records: number;
  pairsScored: number;
  proposed: number;
  clusters: number;
  largestCluster: number;
  blocking: BlockingStats | null;
  threshold: number;
  millis: { load: number; score: number; cluster: number };
}

const PAGE = 20_000;

export async function loadPrepared(deps: Pick<PeopleDeps, 'database' | 'cipher'>): Promise<PreparedRecord[]> {
  const out: PreparedRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await inTransaction(deps.database, SYSTEM_ACTOR, ({ tx }) => linkRecordsPage(tx, after, PAGE, deps.cipher));
    for (const r of page) out.push(prepareRecord(r));
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  return out;
}

/** An upper bound of the pairs the rules produce (Σ over blocks of n(n−1)/2, oversize blocks left out). */
function estimatePairs(records: readonly PreparedRecord[], maxBlock: number): number {
  let total = 0;
  for (let ri = 0; ri < BLOCKING_RULES.length; ri++) {
    const sizes = new Map<string, number>();
    for (const r of records) for (const k of blockingKeySets(r)[ri]!) sizes.set(k, (sizes.get(k) ?? 0) + 1);
    for (const n of sizes.values()) if (n >= 2 && n <= maxBlock) total += (n * (n - 1)) / 2;
  }
  return total;
}

export async function detectDuplicates(deps: Pick<PeopleDeps, 'database' | 'cipher'>, progress: DuplicateRunProgress, opts: DuplicateRunOptions = {}): Promise<DuplicateRunResult> {
  const threshold = opts.threshold ?? OPERATING_THRESHOLD;
  const chunkSize = opts.chunk ?? 200_000;
  const maxBlockSize = opts.maxBlockSize ?? 500;
  const t0 = Date.now();
  const records = await loadPrepared(deps);
  const tf = termFrequencies(records);
  const scorer = createScorer(opts.model ?? DEFAULT_MODEL, tf);
  const decided = await inTransaction(deps.database, SYSTEM_ACTOR, ({ tx }) => decidedPairKeys(tx));
  const tLoad = Date.now() - t0;

  let cp: DuplicateCheckpoint = progress.checkpoint ?? { phase: 'score', pairsDone: 0, proposed: 0, estimate: 0 };
  let stats: BlockingStats | null = null;
  const t1 = Date.now();
  if (cp.phase === 'score') {
    if (cp.pairsDone === 0) {
      const estimate = estimatePairs(records, maxBlockSize);
      cp = { ...cp, estimate };
      await inTransaction(deps.database, SYSTEM_ACTOR, async ({ tx }) => {
        await saveTermFrequencies(tx, tf, progress.runId);
        await progress.save(tx, { done: 0, total: estimate, checkpoint: cp, message: `${records.length} people loaded; scoring about ${estimate} candidate pairs` });
      });
    }
    stats = { blocks: 0, oversizeBlocks: 0, oversizeRecords: 0, pairs: 0, pairsByRule: {} };
    let seen = 0;
    let chunks = 0;
    let batch: ProposedPair[] = [];
    let inChunk = 0;
    const flush = async () => {
      const pairsDone = seen;
      const proposed = cp.proposed + batch.length;
      const next: DuplicateCheckpoint = { ...cp, pairsDone, proposed };
      const toWrite = batch;
      await inTransaction(deps.database, SYSTEM_ACTOR, async ({ tx }) => {
        for (let i = 0; i < toWrite.length; i += 5000) await upsertProposedPairs(tx, toWrite.slice(i, i + 5000), progress.runId);
        await progress.save(tx, { done: pairsDone, checkpoint: next, message: `${pairsDone} pairs scored, ${proposed} proposed` });
      });
      cp = next;
      batch = [];
      inChunk = 0;
      chunks++;
      if (opts.failAfterChunks !== undefined && chunks >= opts.failAfterChunks) throw new Error('simulated crash (failAfterChunks)');
    };
    for (const [i, j] of candidatePairs(records, { maxBlockSize }, stats)) {
      seen++;
      if (seen <= cp.pairsDone) continue; // scored before the crash
      inChunk++;
      const a = records[i]!;
      const b = records[j]!;
      const w = scorer.weightPrepared(a, b);
      const p = 1 / (1 + 2 ** -w);
      if (p >= threshold && !decided.has(a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`)) {
        batch.push({ a: a.id, b: b.id, probability: p, weight: Math.round(w * 1000) / 1000, comparisons: [] });
      }
      if (inChunk >= chunkSize) await flush();
    }
    await flush();
    cp = { ...cp, phase: 'cluster' };
  }
  const tScore = Date.now() - t1;

  const t2 = Date.now();
  let clusters: string[][] = [];
  if (cp.phase === 'cluster') {
    clusters = await inTransaction(deps.database, SYSTEM_ACTOR, async ({ tx }) => {
      const pairs = await pairsOfRun(tx, progress.runId);
      const found = clusterPairs(pairs, threshold);
      await setClusterIds(tx, found.map((members) => ({ clusterId: members[0]!, members })), progress.runId);
      const done: DuplicateCheckpoint = { ...cp, phase: 'done' };
      await progress.save(tx, { done: Math.max(cp.estimate, cp.pairsDone), total: Math.max(cp.estimate, cp.pairsDone), checkpoint: done, message: `${cp.pairsDone} pairs scored, ${cp.proposed} proposed in ${found.length} clusters` });
      return found;
    });
  }
  return {
    records: records.length,
    pairsScored: cp.pairsDone,
    proposed: cp.proposed,
    clusters: clusters.length,
    largestCluster: clusters[0]?.length ?? 0,
    blocking: stats,
    threshold,
    millis: { load: tLoad, score: tScore, cluster: Date.now() - t2 },
  };
}
