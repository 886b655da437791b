import type { LinkageModel } from './types.js';
import { TRAINED_CANNOT_LINK_BELOW, TRAINED_MODEL, TRAINED_THRESHOLD } from './generated/default-model.generated.js';

/**
 * The default model: m/u estimated on FEBRL3 and fake_20000 only (see scripts/train-default-model.ts and README);
 * FEBRL2, FEBRL4 and everything else are held out.
 */
export const DEFAULT_MODEL: LinkageModel = TRAINED_MODEL;

/** The one fixed operating threshold on match probability, chosen on the tuning sets only. */
export const OPERATING_THRESHOLD: number = TRAINED_THRESHOLD;

/** Clustering constraint chosen with the threshold: clusters are not joined across a pair scored below this. */
export const CANNOT_LINK_BELOW: number = TRAINED_CANNOT_LINK_BELOW;
