import { compareLevels, explainLevel, type NameDetail } from './compare.js';
import { DEFAULT_MODEL } from './default-model.js';
import { FIELD_COUNT, FIELD_LEVELS, FIELD_NAMES, TF_FIELDS, type TfField } from './fields.js';
import { levelWeights, logit2, probabilityFromWeight } from './model.js';
import { prepareRecord, type PreparedRecord } from './prepare.js';
import { frequencyOf, tfValue, type TermFrequencies } from './term-frequencies.js';
import type { FieldComparison, LinkageModel, LinkRecord, PairScore } from './types.js';

export interface Scorer {
  readonly model: LinkageModel;
  /** Full score with one explained comparison per field (missing fields included, weight 0). */
  score(a: LinkRecord, b: LinkRecord): PairScore;
  scorePrepared(a: PreparedRecord, b: PreparedRecord): PairScore;
  /** Fast path for batch work: the match weight only (bits), no strings built. */
  weightPrepared(a: PreparedRecord, b: PreparedRecord): number;
  prepare(r: LinkRecord): PreparedRecord;
}

const TF_INDEX = new Map<number, TfField>(TF_FIELDS.map((f) => [FIELD_NAMES.indexOf(f), f]));

/**
 * Fellegi–Sunter scorer: weight = log2(prior odds) + Σ log2(m/u) of each field's level; probability = 2^w/(1+2^w).
 * With term frequencies, the exact and close levels of given name, family name and city are shifted by
 * log2(u_exact / frequency of the value) (Splink's adjustment: a rare surname agreeing is stronger evidence than
 * "smith"; for the close level the more common of the two values counts), never below the weight of the field's
 * third level and never below 0, so agreeing exactly never weighs less than agreeing approximately.
 */
export function createScorer(model: LinkageModel = DEFAULT_MODEL, termFrequencies?: TermFrequencies): Scorer {
  const weights = levelWeights(model);
  const priorW = logit2(model.prior);
  const cache = new WeakMap<LinkRecord, PreparedRecord>();
  const levels = new Int8Array(FIELD_COUNT);
  const exactU = FIELD_NAMES.map((f) => model.fields[f]?.[(FIELD_LEVELS[f] as readonly string[])[0]!]?.u ?? 0);
  // TF applies to the exact and close levels (indices 0 and 1); floor: the next level's weight, and 0
  const floorW = weights.map((w) => Math.max(0, w.length > 3 ? w[2]! : 0));

  const prepare = (r: LinkRecord) => {
    let p = cache.get(r);
    if (!p) {
      p = prepareRecord(r);
      cache.set(r, p);
    }
    return p;
  };

  /** log2(u_exact / frequency): + for rare values, − for common ones. For the close level, the more common value counts. */
  const tfDelta = (fi: number, field: TfField, a: PreparedRecord, b: PreparedRecord, level: number): { d: number; freq: number } | null => {
    if (!termFrequencies || exactU[fi]! <= 0) return null;
    let freq = frequencyOf(termFrequencies, field, tfValue(a, field));
    if (level === 1) freq = Math.max(freq, frequencyOf(termFrequencies, field, tfValue(b, field)));
    if (freq <= 0) return null;
    return { d: Math.log2(exactU[fi]! / freq), freq };
  };
  const adjusted = (fi: number, level: number, a: PreparedRecord, b: PreparedRecord): { w: number; freq: number } | null => {
    if (level > 1 || !termFrequencies) return null;
    const f = TF_INDEX.get(fi);
    if (!f) return null;
    const t = tfDelta(fi, f, a, b, level);
    if (!t) return null;
    return { w: Math.max(weights[fi]![level]! + t.d, floorW[fi]!), freq: t.freq };
  };

  const weightPrepared = (a: PreparedRecord, b: PreparedRecord): number => {
    compareLevels(a, b, levels);
    let w = priorW;
    for (let i = 0; i < FIELD_COUNT; i++) {
      const l = levels[i]!;
      if (l < 0) continue;
      if (l <= 1 && termFrequencies) {
        const t = adjusted(i, l, a, b);
        if (t) {
          w += t.w;
          continue;
        }
      }
      w += weights[i]![l]!;
    }
    return w;
  };

  const scorePrepared = (a: PreparedRecord, b: PreparedRecord): PairScore => {
    const detail: NameDetail = { givenViaAlias: false, familyViaAlias: false };
    const lv = compareLevels(a, b, new Int8Array(FIELD_COUNT), detail);
    let total = priorW;
    const comparisons: FieldComparison[] = [];
    FIELD_NAMES.forEach((field, i) => {
      const l = lv[i]!;
      const levelName = l < 0 ? null : (FIELD_LEVELS[field] as readonly string[])[l]!;
      let w = l < 0 ? 0 : weights[i]![l]!;
      let extra = '';
      if ((field === 'givenName' && detail.givenViaAlias) || (field === 'familyName' && detail.familyViaAlias)) extra = 'through an alias or former name';
      if (l === 0 || l === 1) {
        const t = adjusted(i, l, a, b);
        if (t) {
          w = t.w;
          const pct = t.freq * 100;
          const tfNote = pct >= 0.5 ? `(common: ${pct.toFixed(1)}% of records)` : `(uncommon: ${pct < 0.01 ? '<0.01' : pct.toFixed(2)}% of records)`;
          extra = extra ? `${extra} ${tfNote}` : tfNote;
        }
      }
      total += w;
      comparisons.push({ field, level: levelName ?? 'null', weight: Math.round(w * 100) / 100, explanation: explainLevel(field, levelName, a, b, extra) });
    });
    return { weight: total, probability: probabilityFromWeight(total), comparisons };
  };

  return {
    model,
    prepare,
    weightPrepared,
    scorePrepared,
    score: (a, b) => scorePrepared(prepare(a), prepare(b)),
  };
}
