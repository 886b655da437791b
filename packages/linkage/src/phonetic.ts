/**
 * Phonetic key: American Soundex exactly as PostgreSQL's fuzzystrmatch `soundex()` computes it, applied to the
 * compact normalized name (ASCII letters only). Choice: Soundex rather than Double Metaphone because its definition
 * is short and unambiguous, so this function and SQL agree on every input (checked against PostgreSQL 15 in
 * phonetic.test.ts), and the people module can index either `soundex(search_family_compact)` or a column filled
 * by this function. It is used for blocking and as one intermediate comparison level, never as the only evidence.
 *
 * PostgreSQL's variant codes H and W like vowels ('0'), so they separate equal codes (ASHCRAFT → A226, where the
 * 1918 rule would give A261); adjacent letters with the same code collapse; the result is padded with zeros.
 */
import { compactName } from './normalize.js';

const TABLE = '01230120022455012623010202';

function code(c: number): string {
  return c >= 97 && c <= 122 ? TABLE[c - 97]! : String.fromCharCode(c);
}

export function soundex(lettersLowerAscii: string): string {
  const s = lettersLowerAscii;
  let i = 0;
  while (i < s.length && !(s.charCodeAt(i) >= 97 && s.charCodeAt(i) <= 122)) i++;
  if (i >= s.length) return '';
  let out = s[i]!.toUpperCase();
  i++;
  while (i < s.length && out.length < 4) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      const k = code(c);
      if (k !== code(s.charCodeAt(i - 1)) && k !== '0') out += k;
    }
    i++;
  }
  return out.padEnd(4, '0');
}

/** phoneticKey(s) = soundex of the name normalized to lower-case ASCII letters (spaces, digits and punctuation removed). '' when no letters. */
export function phoneticKey(s: string | null | undefined): string {
  return soundex(compactName(s));
}
