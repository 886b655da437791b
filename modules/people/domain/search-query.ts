import type { FieldComparison, LinkRecord } from '@hearth/linkage';
import { normalizeName } from './names.js';
import type { Agreement, MatchReason } from './search-scoring.js';

/**
 * What a worker typed, read as a person to look for. The free-text name is read as "given … family"
 * ("Rosa Elena Martinez"), or "family, given" with a comma; one word is a family name (surname-only search);
 * a one-letter given name is an initial. The scorer also knows swapped given/family names, so "Martinez Rosa"
 * still ranks Rosa Martinez first.
 */
export interface ParsedSearch {
  given: string | null;
  middle: string | null;
  family: string | null;
  /** The whole name, normalized (for alias trigram search). */
  full: string | null;
  dob: string | null;
  birthYear: number | null;
  ssnLast4: string | null;
}

export function parseSearch(q: { q?: string | null; dob?: string | null; birthYear?: number | null; ssnLast4?: string | null }): ParsedSearch {
  const raw = (q.q ?? '').trim();
  let given: string | null = null;
  let middle: string | null = null;
  let family: string | null = null;
  if (raw.includes(',')) {
    const [last, ...rest] = raw.split(',');
    const firsts = normalizeName(rest.join(' ')).split(' ').filter(Boolean);
    family = normalizeName(last) || null;
    given = firsts[0] ?? null;
    middle = firsts.slice(1).join(' ') || null;
  } else {
    const words = normalizeName(raw).split(' ').filter(Boolean);
    if (words.length === 1) family = words[0]!;
    else if (words.length >= 2) {
      given = words[0]!;
      family = words[words.length - 1]!;
      middle = words.slice(1, -1).join(' ') || null;
    }
  }
  const dob = q.dob || null;
  const birthYear = q.birthYear ?? (dob ? Number(dob.slice(0, 4)) : null);
  const full = [given, middle, family].filter(Boolean).join(' ') || null;
  return { given, middle, family, full, dob, birthYear, ssnLast4: q.ssnLast4 || null };
}

/** The search as a record for the linkage scorer. */
export function queryRecord(p: ParsedSearch): LinkRecord {
  return { id: 'query', givenName: p.given, middleName: p.middle, familyName: p.family, birthDate: p.dob, birthYear: p.birthYear, ssnLast4: p.ssnLast4 };
}

/** The day/month-swapped date, when it is a different valid date. */
export function swappedDob(dob: string): string | null {
  const [y, m, d] = dob.split('-');
  if (!y || !m || !d || m === d || Number(d) > 12) return null;
  return `${y}-${d}-${m}`;
}

const NAME_AGREEMENT: Record<string, Agreement> = {
  exact: 'exact',
  close: 'close',
  nickname: 'close',
  swapped: 'exact', // both names agree, typed in the other order
  part: 'close',
  phonetic: 'close',
  fuzzy: 'partial',
  initial: 'partial',
  else: 'different',
  null: 'missing',
};
const DOB_AGREEMENT: Record<string, Agreement> = {
  exact: 'exact',
  dayMonthSwapped: 'swapped',
  oneEdit: 'close',
  withinMonth: 'close',
  yearOnly: 'partial',
  withinYear: 'partial',
  else: 'different',
  null: 'missing',
};
const RANK: Agreement[] = ['exact', 'close', 'partial', 'swapped', 'different', 'missing'];

/**
 * The short reasons the search page shows (name, alias, date of birth, SSN last four), read from the scorer's
 * field comparisons. The name agrees as its weaker part: "exact" only when given and family names both agree
 * exactly (a surname-only search: the family name alone).
 */
export function reasonsFrom(p: ParsedSearch, comparisons: FieldComparison[]): MatchReason[] {
  const by = new Map(comparisons.map((c) => [c.field, c]));
  const reasons: MatchReason[] = [];
  if (p.family || p.given) {
    const parts = [p.given ? by.get('givenName') : undefined, p.family ? by.get('familyName') : undefined].filter((c): c is FieldComparison => c !== undefined);
    const agreements = parts.map((c) => NAME_AGREEMENT[c.level] ?? 'different');
    let agreement = agreements.reduce<Agreement>((worst, a) => (RANK.indexOf(a) > RANK.indexOf(worst) ? a : worst), 'exact');
    if (agreement === 'different' && agreements.some((a) => a !== 'different' && a !== 'missing')) agreement = 'partial';
    const viaAlias = parts.some((c) => c.explanation.includes('alias or former name'));
    reasons.push({ field: viaAlias ? 'alias' : 'name', agreement });
  }
  if (p.dob || p.birthYear) {
    const c = by.get('birthDate');
    let agreement = DOB_AGREEMENT[c?.level ?? 'null'] ?? 'different';
    if (!p.dob && agreement === 'partial') agreement = 'exact'; // only the year was asked for, and it agrees
    reasons.push({ field: 'dob', agreement });
  }
  if (p.ssnLast4) {
    const c = by.get('ssn');
    const level = c?.level ?? 'null';
    reasons.push({ field: 'ssnLast4', agreement: level === 'null' ? 'missing' : level === 'exact' || level === 'last4' ? 'exact' : 'different' });
  }
  return reasons;
}

/** Worth showing: something the worker typed agrees at least partly. */
export function hasSomeAgreement(reasons: MatchReason[]): boolean {
  return reasons.some((r) => r.agreement === 'exact' || r.agreement === 'close' || r.agreement === 'swapped' || (r.agreement === 'partial' && (r.field === 'name' || r.field === 'alias')));
}
