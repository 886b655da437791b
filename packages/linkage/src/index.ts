/**
 * @hearth/linkage — record linkage for the person registry, pure (no I/O): comparators, normalization, nicknames,
 * a phonetic key that SQL can index, Fellegi–Sunter scoring with term-frequency adjustment and explanations,
 * EM estimation, blocking, clustering and a deterministic synthetic population. The evaluation harness (which
 * reads files) is a separate entry point: '@hearth/linkage/evaluate'.
 */
export type { LinkRecord, FieldComparison, PairScore, LinkageModel } from './types.js';
export { FIELD_LEVELS, FIELD_NAMES, TF_FIELDS, type FieldName, type TfField } from './fields.js';
export { normalizeName, compactName, normalizeAddress, normalizeEmail, digitsOnly } from './normalize.js';
export { jaroWinkler, damerauLevenshtein } from './comparators.js';
export { phoneticKey, soundex } from './phonetic.js';
export { givenNameVariants, givenNameKeys, canonicalGivenNames, areNicknameVariants } from './nicknames.js';
export { prepareRecord, parseDate, type PreparedRecord, type PreparedDate } from './prepare.js';
export { compareLevels, explainLevel, FIELD_INDEX, LEVEL_INDEX, type LevelVector } from './compare.js';
export { levelWeights, enforceMonotone, isMonotone, probabilityFromWeight, logit2 } from './model.js';
export { termFrequencies, emptyTermFrequencies, addToTermFrequencies, frequencyOf, type TermFrequencies } from './term-frequencies.js';
export { createScorer, type Scorer } from './scorer.js';
export { DEFAULT_MODEL, OPERATING_THRESHOLD, CANNOT_LINK_BELOW } from './default-model.js';
export {
  estimateModel,
  estimateModelDetailed,
  estimateModelFromLabels,
  estimateU,
  patternCounts,
  sampleRandomPairs,
  PatternCounts,
  type EstimateOptions,
  type EstimateResult,
} from './em.js';
export { blockingKeys, blockingKeySets, candidatePairs, BLOCKING_RULES, type BlockingRule, type BlockingStats, type CandidateOptions } from './blocking.js';
export { clusterPairs, type ClusterOptions } from './cluster.js';
export { generateSyntheticPeople, type SyntheticPerson } from './synthetic.js';
