import type { LinkRecord } from './types.js';
import { compactName, digitsOnly, normalizeAddress, normalizeEmail, normalizeName } from './normalize.js';
import { givenNameKeys } from './nicknames.js';
import { phoneticKey } from './phonetic.js';

export interface PreparedDate {
  y: number;
  m: number;
  d: number;
  /** 'YYYYMMDD' */
  s8: string;
  /** days since 1970-01-01 (UTC) */
  day: number;
}

/** A record normalized once, so that scoring a pair does no string normalization. */
export interface PreparedRecord {
  id: string;
  source: string;
  given: string; // compact letters
  givenFirstToken: string;
  middle: string;
  family: string; // compact letters
  familyParts: string[]; // words of a multi-part / hyphenated surname (normalized words, ≥ 2 letters)
  givenAlt: string[];
  familyAlt: string[];
  givenKeys: string[]; // itself + canonical names it is a nickname of
  familyPhonetic: string;
  dob: PreparedDate | null;
  year: number | null;
  sex: string;
  ssn: string;
  last4: string;
  street: string;
  city: string;
  postcode: string;
  state: string;
  email: string;
  emailLocal: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDate(s: string | null | undefined): PreparedDate | null {
  if (!s) return null;
  const m = DATE_RE.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // Lenient on purpose: a corrupted date such as 1956-13-04 still compares by digits (one edit from 1956-12-04).
  if (y < 1000) return null;
  return { y, m: mo, d, s8: `${m[1]}${m[2]}${m[3]}`, day: Math.floor(Date.UTC(y, mo - 1, d) / 86_400_000) };
}

function normSex(s: string | null | undefined): string {
  const n = normalizeName(s);
  if (!n) return '';
  if (n === 'm' || n === 'male') return 'm';
  if (n === 'f' || n === 'female') return 'f';
  return n;
}

export function prepareRecord(r: LinkRecord): PreparedRecord {
  const givenNorm = normalizeName(r.givenName);
  const given = givenNorm.replace(/ /g, '');
  const familyNorm = normalizeName(r.familyName);
  const family = familyNorm.replace(/ /g, '');
  const dob = parseDate(r.birthDate);
  const ssn = digitsOnly(r.ssn);
  const last4 = ssn.length >= 4 ? ssn.slice(-4) : digitsOnly(r.ssnLast4).slice(-4);
  const email = normalizeEmail(r.email);
  const givenAlt: string[] = [];
  const familyAlt: string[] = [];
  for (const o of r.otherNames ?? []) {
    const g = compactName(o.givenName);
    const f = compactName(o.familyName);
    if (g && g !== given && !givenAlt.includes(g)) givenAlt.push(g);
    if (f && f !== family && !familyAlt.includes(f)) familyAlt.push(f);
  }
  const givenFirstToken = givenNorm.split(' ')[0] ?? '';
  return {
    id: r.id,
    source: r.source ?? '',
    given,
    givenFirstToken,
    middle: compactName(r.middleName),
    family,
    familyParts: familyNorm.includes(' ') ? familyNorm.split(' ').filter((w) => w.length >= 2) : [],
    givenAlt,
    familyAlt,
    givenKeys: givenFirstToken ? givenNameKeys(givenFirstToken) : [],
    familyPhonetic: phoneticKey(family),
    dob,
    year: dob ? dob.y : (r.birthYear ?? null),
    sex: normSex(r.sex),
    ssn,
    last4: last4.length === 4 ? last4 : '',
    street: normalizeAddress(r.streetAddress),
    city: normalizeName(r.city),
    postcode: (r.postcode ?? '').replace(/\s+/g, '').toLowerCase(),
    state: normalizeName(r.state),
    email,
    emailLocal: email.includes('@') ? email.slice(0, email.indexOf('@')) : email,
  };
}
