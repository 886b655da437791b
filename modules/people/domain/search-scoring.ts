import { normalizeName } from './names.js';

/**
 * Scoring of search candidates, kept apart from how candidates are found. Each field the searcher gave is
 * compared and contributes weight × agreement; the score is the share of the possible total (0…1), and the
 * reasons say field by field why a person came up.
 */
export type Agreement = 'exact' | 'close' | 'partial' | 'swapped' | 'different' | 'missing';
export type MatchField = 'name' | 'alias' | 'dob' | 'ssnLast4';

export interface MatchReason {
  field: MatchField;
  agreement: Agreement;
}

export interface SearchCriteria {
  /** Normalized name query (see normalizeName), or null. */
  name: string | null;
  dob: string | null;
  ssnLast4: string | null;
}

export interface CandidateEvidence {
  searchName: string;
  /** Normalized first and last names, to tell "Rafael Espinoza" from "Alejandro Rafael Espinoza". */
  searchFirst?: string;
  searchLast?: string;
  dob: string | null;
  ssnLast4: string | null;
  /** Trigram similarity (0…1) of the query to the primary name, the better of whole and word similarity. */
  nameSimilarity: number;
  /** Best similarity to any alias or former name, or null if none. */
  aliasSimilarity: number | null;
  aliasExact?: boolean;
}

export const WEIGHTS: Record<'name' | 'dob' | 'ssnLast4', number> = { name: 0.45, dob: 0.35, ssnLast4: 0.2 };

export function criteriaOf(q: { q?: string | null; dob?: string | null; ssnLast4?: string | null }): SearchCriteria {
  const name = normalizeName(q.q ?? '');
  return { name: name || null, dob: q.dob || null, ssnLast4: q.ssnLast4 || null };
}

function nameAgreement(similarity: number, exact: boolean): { agreement: Agreement; points: number } {
  if (exact) return { agreement: 'exact', points: 1 };
  // All the query's words are in the name, but the name has more (a middle name, a second surname).
  if (similarity >= 0.999) return { agreement: 'close', points: 0.95 };
  // Trigram similarity: one typo in a short name already drops it to about 0.6.
  if (similarity >= 0.55) return { agreement: 'close', points: Math.min(1, similarity + 0.15) };
  if (similarity >= 0.3) return { agreement: 'partial', points: similarity * 0.8 };
  return { agreement: 'different', points: 0 };
}

function oneDigitApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

export function dobAgreement(query: string, record: string | null): { agreement: Agreement; points: number } {
  if (!record) return { agreement: 'missing', points: 0 };
  if (query === record) return { agreement: 'exact', points: 1 };
  const [qy, qm, qd] = query.split('-');
  const [ry, rm, rd] = record.split('-');
  if (qy === ry && qm === rd && qd === rm) return { agreement: 'swapped', points: 0.7 };
  if (oneDigitApart(query.replaceAll('-', ''), record.replaceAll('-', ''))) return { agreement: 'close', points: 0.5 };
  if (qy === ry) return { agreement: 'partial', points: 0.2 };
  return { agreement: 'different', points: 0 };
}

const tokens = (s: string) => s.split(' ').filter(Boolean).sort().join(' ');

/** The same words in any order, as the full name or as first + last. */
export function sameName(query: string, c: Pick<CandidateEvidence, 'searchName' | 'searchFirst' | 'searchLast'>): boolean {
  const q = tokens(query);
  if (q === tokens(c.searchName)) return true;
  return c.searchFirst !== undefined && c.searchLast !== undefined && q === tokens(`${c.searchFirst} ${c.searchLast}`);
}

export function scoreCandidate(criteria: SearchCriteria, c: CandidateEvidence): { score: number; reasons: MatchReason[] } {
  let points = 0;
  let possible = 0;
  const reasons: MatchReason[] = [];
  if (criteria.name) {
    possible += WEIGHTS.name;
    const primary = nameAgreement(c.nameSimilarity, sameName(criteria.name, c));
    const alias = c.aliasSimilarity === null ? null : nameAgreement(c.aliasSimilarity, c.aliasExact ?? false);
    if (alias && alias.points > primary.points) {
      points += WEIGHTS.name * alias.points * 0.95;
      reasons.push({ field: 'alias', agreement: alias.agreement });
    } else {
      points += WEIGHTS.name * primary.points;
      reasons.push({ field: 'name', agreement: primary.agreement });
    }
  }
  if (criteria.dob) {
    possible += WEIGHTS.dob;
    const d = dobAgreement(criteria.dob, c.dob);
    points += WEIGHTS.dob * d.points;
    reasons.push({ field: 'dob', agreement: d.agreement });
  }
  if (criteria.ssnLast4) {
    possible += WEIGHTS.ssnLast4;
    const agreement: Agreement = !c.ssnLast4 ? 'missing' : c.ssnLast4 === criteria.ssnLast4 ? 'exact' : 'different';
    if (agreement === 'exact') points += WEIGHTS.ssnLast4;
    reasons.push({ field: 'ssnLast4', agreement });
  }
  const score = possible === 0 ? 0 : Math.round((points / possible) * 1000) / 1000;
  return { score, reasons };
}

/**
 * A likely duplicate of a person about to be registered: the name agrees closely and either the date of
 * birth or the SSN's last four agrees exactly.
 */
export function isSuspectedDuplicate(reasons: MatchReason[]): boolean {
  const name = reasons.find((r) => r.field === 'name' || r.field === 'alias');
  const nameOk = name !== undefined && (name.agreement === 'exact' || name.agreement === 'close');
  const dobOk = reasons.some((r) => r.field === 'dob' && r.agreement === 'exact');
  const ssnOk = reasons.some((r) => r.field === 'ssnLast4' && r.agreement === 'exact');
  const ssnDifferent = reasons.some((r) => r.field === 'ssnLast4' && r.agreement === 'different');
  return nameOk && (dobOk || ssnOk) && !ssnDifferent;
}

/** Match probability at or above which a search result counts as a likely match of the person searched for. */
export const LIKELY_MATCH_PROBABILITY = 0.8;

export interface MatchExplanation {
  /** Fellegi–Sunter match probability (0…1) and weight (log2 Bayes factor) from the linkage scorer. */
  probability: number;
  weight: number;
  comparisons: Array<{ field: string; level: string; weight: number; explanation: string }>;
}

/**
 * A likely match (registration stops for review): the linkage scorer's probability reaches
 * LIKELY_MATCH_PROBABILITY, or — whatever the scorer says — a close name agrees with the date of birth or the
 * SSN's last four (isSuspectedDuplicate).
 */
export function isLikelyMatch(r: { reasons: MatchReason[]; match?: MatchExplanation }): boolean {
  if (isSuspectedDuplicate(r.reasons)) return true;
  return r.match !== undefined && r.match.probability >= LIKELY_MATCH_PROBABILITY;
}
