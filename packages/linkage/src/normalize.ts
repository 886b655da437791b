/**
 * Name and value normalization shared by scoring, blocking and (through the same functions) the SQL search columns
 * that modules/people stores: lower-case ASCII letters and digits, single spaces, no accents or punctuation.
 */

const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  þ: 'th', Þ: 'th', ı: 'i', ħ: 'h', Ħ: 'h',
};
const SPECIAL_RE = /[ßẞæÆœŒøØłŁđĐðÐþÞıħĦ]/g;

/** "José  O'Brien-Smith" → "jose obrien smith". Apostrophes are dropped (O'Brien = OBrien); other punctuation splits words. */
export function normalizeName(s: string | null | undefined): string {
  if (!s) return '';
  return s
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Letters only, no spaces: the form used for phonetic codes and compact comparisons ("van der berg" → "vanderberg"). */
export function compactName(s: string | null | undefined): string {
  return normalizeName(s).replace(/[^a-z]/g, '');
}

export function digitsOnly(s: string | null | undefined): string {
  return s ? s.replace(/\D/g, '') : '';
}

/** Free-text address or city: normalized like names, with a few common street-type abbreviations expanded. */
const STREET_WORDS: Record<string, string> = {
  st: 'street', str: 'street', rd: 'road', ave: 'avenue', av: 'avenue', dr: 'drive', ln: 'lane', ct: 'court', crt: 'court',
  pl: 'place', cres: 'crescent', cir: 'circuit', blvd: 'boulevard', hwy: 'highway', pde: 'parade', tce: 'terrace', apt: 'apartment',
  n: 'north', s: 'south', e: 'east', w: 'west',
};
export function normalizeAddress(s: string | null | undefined): string {
  const n = normalizeName(s);
  if (!n) return '';
  return n.split(' ').map((w) => STREET_WORDS[w] ?? w).join(' ');
}

export function normalizeEmail(s: string | null | undefined): string {
  return s ? s.trim().toLowerCase() : '';
}
