import { prepareRecord, type PreparedRecord } from './prepare.js';
import { soundex } from './phonetic.js';
import type { LinkRecord } from './types.js';

/**
 * Blocking rules, each a cheap selective key (an equi-join in SQL). A pair is a candidate when it shares a key
 * under any rule (the union of the rules), so a typo in one field is caught by a rule on other fields.
 * Rules, in order (the first rule that pairs two records "owns" the pair, so each pair is produced once):
 *   ssn   full SSN (≥ 5 digits)
 *   dob   date of birth with day and month sorted (exact or day/month swapped)
 *   s4y   SSN last four + birth year
 *   pfi   Soundex of family name (and of each former name / alias) + first letter of the given name
 *   gny   given name or its nickname canonical form (bob → robert) + birth year
 *   fgi   family name + given initial (catches a wrong date of birth)
 *   swp   given and family names as an unordered pair (catches swapped names)
 *   em    email address
 *   pcn   postcode + first letters of family and given names
 *   gpy   Soundex of given name + birth year + birth month (catches a badly misspelled family name)
 *   eml   local part of the email address (before @; catches a typo in the domain)
 *   gct   given name (or nickname canonical form) + city
 *   fct   family name + city
 *   epx   first 2 letters of the email's local part + first 3 of its domain (catches a typo later in the address;
 *         on fake_20000 it is the rule that finds the most true pairs missed by all the rules above)
 *   edi   email domain + first letter of the local part (catches a typo in the local part's first two letters)
 *   sxp   Soundex of given and family names as an unordered pair (catches misspelled or swapped names when the
 *         date of birth is wrong)
 * The last three were added after analysing the true pairs of fake_20000 that no earlier rule found (README).
 */
export const BLOCKING_RULES = ['ssn', 'dob', 's4y', 'pfi', 'gny', 'fgi', 'swp', 'em', 'pcn', 'gpy', 'eml', 'gct', 'fct', 'epx', 'edi', 'sxp'] as const;
export type BlockingRule = (typeof BLOCKING_RULES)[number];

/** Keys per rule (same order as BLOCKING_RULES); a rule may give several keys (aliases, nicknames) or none. */
export function blockingKeySets(p: PreparedRecord): string[][] {
  const gi = p.given ? p.given[0]! : '';
  const out: string[][] = BLOCKING_RULES.map(() => []);
  if (p.ssn.length >= 5) out[0]!.push(p.ssn);
  if (p.dob) out[1]!.push(`${p.dob.y}-${Math.min(p.dob.m, p.dob.d)}-${Math.max(p.dob.m, p.dob.d)}`);
  if (p.last4 && p.year != null) out[2]!.push(`${p.last4}:${p.year}`);
  if (gi) {
    if (p.familyPhonetic) out[3]!.push(`${p.familyPhonetic}:${gi}`);
    for (const alt of p.familyAlt) {
      const k = `${soundex(alt)}:${gi}`;
      if (!out[3]!.includes(k)) out[3]!.push(k);
    }
  }
  if (p.year != null) for (const g of p.givenKeys) out[4]!.push(`${g}:${p.year}`);
  if (p.family && gi) out[5]!.push(`${p.family}:${gi}`);
  if (p.family && p.given) out[6]!.push(p.family < p.given ? `${p.family}|${p.given}` : `${p.given}|${p.family}`);
  if (p.email) out[7]!.push(p.email);
  if (p.postcode && p.family && gi) out[8]!.push(`${p.postcode}:${p.family[0]}${gi}`);
  if (p.given && p.dob) out[9]!.push(`${soundex(p.given)}:${p.dob.y}-${p.dob.m}`);
  if (p.emailLocal.length >= 3) out[10]!.push(p.emailLocal);
  if (p.city) {
    for (const g of p.givenKeys) out[11]!.push(`${g}:${p.city}`);
    if (p.family) out[12]!.push(`${p.family}:${p.city}`);
  }
  const at = p.email.indexOf('@');
  const domain = at >= 0 ? p.email.slice(at + 1) : '';
  if (p.emailLocal.length >= 2 && domain.length >= 3) out[13]!.push(`${p.emailLocal.slice(0, 2)}@${domain.slice(0, 3)}`);
  if (p.emailLocal && domain.length >= 3) out[14]!.push(`${p.emailLocal[0]}@${domain}`);
  if (p.given && p.family) {
    const sg = soundex(p.given);
    const sf = p.familyPhonetic;
    out[15]!.push(sg < sf ? `${sg}|${sf}` : `${sf}|${sg}`);
  }
  return out;
}

/** Flat list of blocking keys, each prefixed with its rule ("dob:1980-3-7", "pfi:S530:j", …). */
export function blockingKeys(r: LinkRecord | PreparedRecord): string[] {
  const p = 'familyPhonetic' in r ? r : prepareRecord(r);
  return blockingKeySets(p).flatMap((keys, i) => keys.map((k) => `${BLOCKING_RULES[i]}:${k}`));
}

export interface BlockingStats {
  blocks: number;
  /** Blocks larger than maxBlockSize, skipped (their pairs are produced only if another rule catches them). */
  oversizeBlocks: number;
  oversizeRecords: number;
  pairs: number;
  pairsByRule: Record<string, number>;
}

export interface CandidateOptions {
  /** Blocks with more records than this are skipped (default 500). */
  maxBlockSize?: number;
  /** Link mode: only pairs whose records have different `source`. */
  link?: boolean;
  rules?: readonly BlockingRule[];
}


/**
 * Candidate pairs (indices i < j into `records`) for deduplication or linkage: the union of the blocking rules,
 * each pair produced exactly once, without a global set of pairs (memory stays proportional to the records).
 */
export function* candidatePairs(records: readonly PreparedRecord[], opts: CandidateOptions = {}, stats?: BlockingStats): Generator<[number, number]> {
  const maxBlock = opts.maxBlockSize ?? 500;
  const ruleIdx = (opts.rules ?? BLOCKING_RULES).map((r) => BLOCKING_RULES.indexOf(r));
  const keys = records.map((r) => blockingKeySets(r));
  const oversize: Set<string>[] = BLOCKING_RULES.map(() => new Set());
  const blocksByRule: Map<string, number[]>[] = [];
  for (const ri of ruleIdx) {
    const blocks = new Map<string, number[]>();
    for (let i = 0; i < records.length; i++)
      for (const k of keys[i]![ri]!) {
        const b = blocks.get(k);
        if (b) b.push(i);
        else blocks.set(k, [i]);
      }
    for (const [k, b] of blocks) if (b.length > maxBlock) oversize[ri]!.add(k);
    blocksByRule[ri] = blocks;
  }
  const st: BlockingStats = stats ?? { blocks: 0, oversizeBlocks: 0, oversizeRecords: 0, pairs: 0, pairsByRule: {} };
  for (let pos = 0; pos < ruleIdx.length; pos++) {
    const ri = ruleIdx[pos]!;
    const rule = BLOCKING_RULES[ri]!;
    st.pairsByRule[rule] ??= 0;
    for (const [key, members] of blocksByRule[ri]!) {
      if (members.length < 2) continue;
      st.blocks++;
      if (members.length > maxBlock) {
        st.oversizeBlocks++;
        st.oversizeRecords += members.length;
        continue;
      }
      for (let x = 0; x < members.length; x++) {
        const i = members[x]!;
        const ki = keys[i]!;
        for (let y = x + 1; y < members.length; y++) {
          const j = members[y]!;
          if (opts.link && records[i]!.source === records[j]!.source) continue;
          const kj = keys[j]!;
          // an earlier rule that shares a (non-oversize) key owns this pair
          let owned = false;
          for (let q = 0; q < pos && !owned; q++) {
            const rq = ruleIdx[q]!;
            for (const k of ki[rq]!) if (!oversize[rq]!.has(k) && kj[rq]!.includes(k)) { owned = true; break; }
          }
          if (owned) continue;
          // within this rule, the first shared key owns it
          let first: string | undefined;
          for (const k of ki[ri]!) if (!oversize[ri]!.has(k) && kj[ri]!.includes(k)) { first = k; break; }
          if (first !== key) continue;
          st.pairs++;
          st.pairsByRule[rule]!++;
          yield [i, j];
        }
      }
    }
  }
}
