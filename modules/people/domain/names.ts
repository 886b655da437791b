/**
 * Name normalization for search: lower case, accents removed (José → jose, Peña → pena), apostrophes dropped
 * (O'Brien → obrien), other punctuation and hyphens become spaces (García-López → garcia lopez), spaces collapsed.
 * The same function fills the stored search_* columns and normalizes queries, so both sides agree.
 */
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export function normalizeName(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => SPECIAL[c] ?? c)
    .replace(/['’`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface NameParts {
  firstName: string;
  middleName?: string | null;
  lastName: string;
  suffix?: string | null;
}

export interface SearchColumns {
  searchFirst: string;
  searchLast: string;
  searchName: string;
}

/** The stored search columns of a name (the suffix is left out: "Jr" is no evidence of identity). */
export function searchColumns(name: NameParts): SearchColumns {
  const first = normalizeName(name.firstName);
  const last = normalizeName(name.lastName);
  const full = [first, normalizeName(name.middleName), last].filter(Boolean).join(' ');
  return { searchFirst: first, searchLast: last, searchName: full };
}

/** "First Middle Last Suffix" for display. */
export function displayName(name: NameParts): string {
  return [name.firstName, name.middleName, name.lastName, name.suffix].filter((p) => p && p.trim()).join(' ');
}
