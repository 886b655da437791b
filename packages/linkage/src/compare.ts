import { damerauLevenshtein, jaroWinkler } from './comparators.js';
import { FIELD_COUNT, FIELD_LEVELS, FIELD_NAMES, type FieldName } from './fields.js';
import { areNicknameVariants } from './nicknames.js';
import { phoneticKey, soundex } from './phonetic.js';
import type { PreparedRecord } from './prepare.js';

/** Level indices into FIELD_LEVELS[field]; -1 means null (a side is missing). Same order as FIELD_NAMES. */
export type LevelVector = Int8Array;

const IDX = Object.fromEntries(FIELD_NAMES.map((f, i) => [f, i])) as Record<FieldName, number>;
const L = Object.fromEntries(
  FIELD_NAMES.map((f) => [f, Object.fromEntries((FIELD_LEVELS[f] as readonly string[]).map((l, i) => [l, i]))]),
) as { [F in FieldName]: Record<(typeof FIELD_LEVELS)[F][number], number> };

export const FIELD_INDEX = IDX;
export const LEVEL_INDEX = L;

function close(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length >= 4 && y.length >= 4 && damerauLevenshtein(x, y, 1) <= 1) return true;
  return jaroWinkler(x, y) >= 0.92;
}

function crossSimilar(x: string, y: string): boolean {
  return x === y || close(x, y) || (x.length >= 4 && y.length >= 4 && jaroWinkler(x, y) >= 0.88);
}

/** given-name level between two single names (no swap, no alias). */
function givenPair(x: string, y: string): number {
  const G = L.givenName;
  if (x === y) return G.exact;
  if (x.length === 1 || y.length === 1) return x[0] === y[0] ? G.initial : G.else;
  if (close(x, y)) return G.close;
  if (areNicknameVariants(x, y)) return G.nickname;
  if (jaroWinkler(x, y) >= 0.8) return G.fuzzy;
  return G.else;
}

function familyPair(x: string, y: string, xParts: string[], yParts: string[]): number {
  const F = L.familyName;
  if (x === y) return F.exact;
  if (close(x, y)) return F.close;
  if ((yParts.length && yParts.includes(x)) || (xParts.length && xParts.includes(y))) return F.part;
  if (x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x) || x.endsWith(y) || y.endsWith(x))) return F.part;
  if (soundex(x) === soundex(y)) return F.phonetic;
  if (jaroWinkler(x, y) >= 0.8) return F.fuzzy;
  return F.else;
}

export interface NameDetail {
  givenViaAlias: boolean;
  familyViaAlias: boolean;
}

function bestGiven(a: PreparedRecord, b: PreparedRecord, detail?: NameDetail): number {
  if (!a.given || !b.given) return -1;
  let best = givenPair(a.given, b.given);
  if (best === 0 || (!a.givenAlt.length && !b.givenAlt.length)) return best;
  const xs = [a.given, ...a.givenAlt];
  const ys = [b.given, ...b.givenAlt];
  for (const x of xs)
    for (const y of ys) {
      if (x === a.given && y === b.given) continue;
      const l = givenPair(x, y);
      if (l < best) {
        best = l;
        if (detail) detail.givenViaAlias = true;
      }
    }
  return best;
}

function bestFamily(a: PreparedRecord, b: PreparedRecord, detail?: NameDetail): number {
  if (!a.family || !b.family) return -1;
  let best = familyPair(a.family, b.family, a.familyParts, b.familyParts);
  if (best === 0 || (!a.familyAlt.length && !b.familyAlt.length)) return best;
  const xs = [a.family, ...a.familyAlt];
  const ys = [b.family, ...b.familyAlt];
  for (const x of xs)
    for (const y of ys) {
      if (x === a.family && y === b.family) continue;
      const l = familyPair(x, y, [], []);
      if (l < best) {
        best = l;
        if (detail) detail.familyViaAlias = true;
      }
    }
  return best;
}

function dateLevel(a: PreparedRecord, b: PreparedRecord): number {
  const D = L.birthDate;
  const x = a.dob;
  const y = b.dob;
  if (x && y) {
    if (x.s8 === y.s8) return D.exact;
    if (x.y === y.y && x.d === y.m && x.m === y.d) return D.dayMonthSwapped;
    if (damerauLevenshtein(x.s8, y.s8, 1) <= 1) return D.oneEdit;
    const diff = Math.abs(x.day - y.day);
    if (diff <= 31) return D.withinMonth;
    if (diff <= 366) return D.withinYear;
    // ten years apart give or take two months: a wrong decade digit plus a small slip (10 years = 3,652 or 3,653 days)
    if (Math.abs(diff - 3652) <= 62) return D.decadeOff;
    return D.else;
  }
  if (a.year != null && b.year != null) return a.year === b.year ? D.yearOnly : D.else;
  return -1;
}

function ssnLevel(a: PreparedRecord, b: PreparedRecord): number {
  const S = L.ssn;
  if (a.ssn.length >= 5 && b.ssn.length >= 5) {
    if (a.ssn === b.ssn) return S.exact;
    if (damerauLevenshtein(a.ssn, b.ssn, 1) <= 1) return S.oneEdit;
    return S.else;
  }
  if (a.last4 && b.last4) return a.last4 === b.last4 ? S.last4 : S.else;
  return -1;
}

function simpleLevel(x: string, y: string, closeJw: number): number {
  if (!x || !y) return -1;
  if (x === y) return 0;
  return jaroWinkler(x, y) >= closeJw ? 1 : 2;
}

/**
 * Compares two prepared records field by field. Writes level indices into `out` (allocated when omitted).
 * Swapped given/family names (the given name of one is the family name of the other and vice versa) give
 * both fields the level 'swapped'.
 */
export function compareLevels(a: PreparedRecord, b: PreparedRecord, out: LevelVector = new Int8Array(FIELD_COUNT), detail?: NameDetail): LevelVector {
  let g = bestGiven(a, b, detail);
  let f = bestFamily(a, b, detail);
  if (g !== L.givenName.exact && g !== L.givenName.close && f !== L.familyName.exact && f !== L.familyName.close) {
    // swapped given/family names: both crosswise similar, or one crosswise similar where the straight comparison
    // has nothing to compare (a name missing on one side)
    const gf = a.given && b.family ? crossSimilar(a.given, b.family) : false;
    const fg = a.family && b.given ? crossSimilar(a.family, b.given) : false;
    if ((gf && fg) || (gf && (g < 0 || f < 0) && !fg && !(a.family && b.given)) || (fg && (g < 0 || f < 0) && !gf && !(a.given && b.family))) {
      if (gf || (a.given && b.given)) g = L.givenName.swapped;
      if (fg || (a.family && b.family)) f = L.familyName.swapped;
      if (gf && !fg) f = a.family && b.family ? f : -1;
    }
  }
  out[IDX.givenName] = g;
  out[IDX.familyName] = f;
  // middle name
  if (!a.middle || !b.middle) out[IDX.middleName] = -1;
  else if (a.middle === b.middle) out[IDX.middleName] = L.middleName.exact;
  else if ((a.middle.length === 1 || b.middle.length === 1) && a.middle[0] === b.middle[0]) out[IDX.middleName] = L.middleName.initial;
  else out[IDX.middleName] = L.middleName.else;
  out[IDX.birthDate] = dateLevel(a, b);
  out[IDX.sex] = !a.sex || !b.sex ? -1 : a.sex === b.sex ? 0 : 1;
  out[IDX.ssn] = ssnLevel(a, b);
  out[IDX.streetAddress] = simpleLevel(a.street, b.street, 0.9);
  out[IDX.city] = simpleLevel(a.city, b.city, 0.9);
  if (!a.postcode || !b.postcode) out[IDX.postcode] = -1;
  else out[IDX.postcode] = a.postcode === b.postcode ? 0 : damerauLevenshtein(a.postcode, b.postcode, 1) <= 1 ? 1 : 2;
  out[IDX.state] = !a.state || !b.state ? -1 : a.state === b.state ? 0 : 1;
  if (!a.email || !b.email) out[IDX.email] = -1;
  else if (a.email === b.email) out[IDX.email] = L.email.exact;
  else if (
    (a.emailLocal && a.emailLocal === b.emailLocal) ||
    (a.emailLocal.length >= 4 && damerauLevenshtein(a.emailLocal, b.emailLocal, 1) <= 1) ||
    damerauLevenshtein(a.email, b.email, 2) <= 2
  )
    out[IDX.email] = L.email.close;
  else out[IDX.email] = L.email.else;
  return out;
}

const LABEL: Record<FieldName, string> = {
  givenName: 'given name',
  familyName: 'family name',
  middleName: 'middle name',
  birthDate: 'date of birth',
  sex: 'sex',
  ssn: 'SSN',
  streetAddress: 'street address',
  city: 'city',
  postcode: 'postcode',
  state: 'state',
  email: 'email',
};

/** Plain-words explanation of one field's level, e.g. "date of birth agrees with day and month swapped". */
export function explainLevel(field: FieldName, level: string | null, a: PreparedRecord, b: PreparedRecord, extra = ''): string {
  const label = LABEL[field];
  if (level === null) return `${label} missing on one or both records (no evidence)`;
  const suffix = extra ? ` ${extra}` : '';
  switch (field) {
    case 'givenName':
      switch (level) {
        case 'exact': return `given name agrees exactly${suffix}`;
        case 'close': return `given name nearly agrees (spelling difference: ${a.given} / ${b.given})${suffix}`;
        case 'nickname': return `given names are nickname variants of each other (${a.given} / ${b.given})${suffix}`;
        case 'swapped': return 'given and family names agree but are swapped';
        case 'fuzzy': return `given name is similar (${a.given} / ${b.given})${suffix}`;
        case 'initial': return `given name agrees only on the first initial${suffix}`;
        default: return `given name disagrees (${a.given} / ${b.given})`;
      }
    case 'familyName':
      switch (level) {
        case 'exact': return `family name agrees exactly${suffix}`;
        case 'close': return `family name nearly agrees (spelling difference: ${a.family} / ${b.family})${suffix}`;
        case 'swapped': return 'family and given names agree but are swapped';
        case 'part': return `one family name is part of the other (hyphenated or double name)${suffix}`;
        case 'phonetic': return `family names sound alike (same Soundex code ${phoneticKey(a.family)})${suffix}`;
        case 'fuzzy': return `family name is similar (${a.family} / ${b.family})${suffix}`;
        default: return `family name disagrees (${a.family} / ${b.family})`;
      }
    case 'birthDate':
      switch (level) {
        case 'exact': return 'date of birth agrees exactly';
        case 'dayMonthSwapped': return 'date of birth agrees with day and month swapped';
        case 'oneEdit': return 'date of birth differs by one digit (or two adjacent digits swapped)';
        case 'withinMonth': return 'dates of birth are within a month of each other';
        case 'yearOnly': return 'year of birth agrees (full date not known on both)';
        case 'withinYear': return 'dates of birth are within a year of each other';
        case 'decadeOff': return 'dates of birth are ten years apart, give or take two months (a wrong decade digit)';
        default: return 'date of birth disagrees';
      }
    case 'ssn':
      switch (level) {
        case 'exact': return 'SSN agrees exactly';
        case 'last4': return 'last four digits of the SSN agree (full number not known on both)';
        case 'oneEdit': return 'SSN differs by one digit or one adjacent swap';
        default: return 'SSN disagrees';
      }
    case 'middleName':
      return level === 'exact' ? 'middle name agrees' : level === 'initial' ? 'middle initial agrees' : 'middle name disagrees';
    case 'postcode':
      return level === 'exact' ? 'postcode agrees' : level === 'oneEdit' ? 'postcode differs by one digit' : 'postcode disagrees';
    case 'sex':
    case 'state':
      return level === 'exact' ? `${label} agrees` : `${label} disagrees`;
    default:
      return level === 'exact' ? `${label} agrees exactly${suffix}` : level === 'close' ? `${label} nearly agrees` : `${label} disagrees`;
  }
}
