/**
 * The rules version stamped on every result: a release number plus a content hash of every parameter file,
 * computed at module load. A stored decision records it; replaying needs the same version.
 */
import { contentHash } from './engine/hash.js';
import { FPG_GUIDELINES } from './shared/fpg/parameters/fpg.generated.js';
import { SNAP_FEDERAL } from './programs/snap/parameters/federal.generated.js';
import { SNAP_STATE_OPTIONS } from './programs/snap/parameters/state-options.generated.js';
import { TANF_CO } from './programs/tanf-co/parameters/tanf-co.generated.js';
import { TANF_MS } from './programs/tanf-ms/parameters/tanf-ms.generated.js';
import { MEDICAID_THRESHOLDS, MISSOURI_PARENT_SCHEDULE } from './programs/medicaid-magi/parameters/thresholds.generated.js';
import { CA_CHILD_SUPPORT } from './programs/ca-child-support/parameters/ca-child-support.generated.js';
import { TANF_WPR } from './programs/tanf-wpr/parameters/tanf-wpr.js';

/** Bump when rule code changes; the hash changes by itself when parameter data does. */
export const RULES_RELEASE = '2026.11.0';

export const PARAMETER_HASH = contentHash(
  JSON.stringify([FPG_GUIDELINES, SNAP_FEDERAL, SNAP_STATE_OPTIONS, TANF_CO, TANF_MS, MEDICAID_THRESHOLDS, MISSOURI_PARENT_SCHEDULE, CA_CHILD_SUPPORT, TANF_WPR]),
);

export const RULES_VERSION = `${RULES_RELEASE}+${PARAMETER_HASH}`;
