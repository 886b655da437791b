import { createRng, type Rng } from '@hearth/kernel';
import { NICKNAME_TABLE } from './generated/nicknames.generated.js';
import type { LinkRecord } from './types.js';

/**
 * Deterministic synthetic people with ground truth, for benchmarks and tests. Counter-based: record i depends only
 * on (seed, i), so the first k records are the same whatever n is, and ranges can be generated in parallel.
 *
 * - About 30% of records are duplicates of an earlier record's person (so clusters have Zipf-like sizes).
 * - Names: ~1,100 given names (the canonical names of the nickname table, Zipf-weighted) and ~60,000 family
 *   names (100 common US surnames at the head, then syllable-built names), Zipf-weighted so common names are shared.
 * - Hard negatives: twins (same family name, date of birth and address, another given name) and Jr/Sr pairs.
 * - Duplicates are corrupted: keyboard typos, nicknames, swapped given/family names, marriage name changes (the
 *   old name kept as an alias), day/month swaps, one-digit date slips, 1 January default dates, missing fields,
 *   SSN missing / last four only / transposed, address moves.
 */
export interface SyntheticPerson {
  record: LinkRecord;
  entityId: string;
  /** corruptions applied to this record (empty for a clean first registration) */
  corruptions: string[];
}

const COMMON_SURNAMES = (
  'smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson thomas taylor moore jackson martin ' +
  'lee perez thompson white harris sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen hill flores green adams nelson ' +
  'baker hall rivera campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook ' +
  'rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james bennett gray mendoza ' +
  'ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez'
).split(' ');
const ONSETS = ['b', 'br', 'c', 'ch', 'cl', 'd', 'dr', 'f', 'fr', 'g', 'gr', 'h', 'j', 'k', 'kr', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'];
const CODAS = ['', 'n', 'r', 'l', 's', 'ck', 'tt', 'm', 'nd', 'rt', 'ss', 'x', 'ng', 'th', 'ld'];
const ENDINGS = ['son', 'man', 'ez', 'ski', 'er', 'ley', 'ton', 'berg', 'ford', 'wood', 'ly', 'ick', 'ard', 'ini', 'ov', 'ich', 'ing', 'well'];
const CITIES = (
  'springfield riverside franklin greenville bristol clinton fairview salem madison georgetown arlington ashland burlington manchester milton ' +
  'oxford centerville dover hudson jackson kingston lebanon marion newport oakland plymouth richmond shelby trenton union washington winchester ' +
  'auburn bedford camden dayton eureka fulton hamilton jamestown lancaster monroe newton orange princeton quincy rochester sheridan troy vernon'
).split(' ');
const STATES = ['al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'fl', 'ga', 'il', 'in', 'ia', 'ks', 'ky', 'la', 'me', 'md', 'ma', 'mi', 'mn', 'ms', 'mo', 'nc', 'ny', 'oh', 'pa', 'tx', 'va', 'wa'];
const STREET_TYPES = ['street', 'avenue', 'road', 'lane', 'drive', 'court', 'place', 'way'];
const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function mix(seed: number, i: number, salt: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (i >>> 0), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ Math.floor(i / 4294967296), 0xc2b2ae35) >>> 0;
  h = Math.imul(h ^ salt, 0x27d4eb2f) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

interface Pools {
  given: string[];
  givenCum: Float64Array;
  family: string[];
  familyCum: Float64Array;
  nicknames: Map<string, string[]>;
}
let pools: Pools | null = null;

function zipfCum(n: number, s: number, offset: number): Float64Array {
  const cum = new Float64Array(n);
  let acc = 0;
  for (let r = 0; r < n; r++) {
    acc += 1 / (r + offset) ** s;
    cum[r] = acc;
  }
  for (let r = 0; r < n; r++) cum[r] = cum[r]! / acc;
  return cum;
}

function getPools(): Pools {
  if (pools) return pools;
  const nicknames = new Map<string, string[]>();
  const given: string[] = [];
  for (const e of NICKNAME_TABLE.split(';')) {
    const [c, l] = e.split(':');
    if (!c || !l || c.length < 3) continue;
    given.push(c);
    nicknames.set(c, l.split(','));
  }
  // deterministic shuffle so the Zipf head is not alphabetical
  const rng = createRng(12345);
  for (let i = given.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [given[i], given[j]] = [given[j]!, given[i]!];
  }
  const family = [...COMMON_SURNAMES];
  const seen = new Set(family);
  const frng = createRng(54321);
  while (family.length < 60_000) {
    const syl = frng.int(1, 2);
    let s = '';
    for (let k = 0; k < syl; k++) s += frng.pick(ONSETS) + frng.pick(VOWELS) + frng.pick(CODAS);
    if (frng.chance(0.5)) s += frng.pick(ENDINGS);
    if (s.length < 3 || seen.has(s)) continue;
    seen.add(s);
    family.push(s);
  }
  pools = { given, givenCum: zipfCum(given.length, 1.0, 5), family, familyCum: zipfCum(family.length, 1.0, 3), nicknames };
  return pools;
}

function pickCum<T>(items: T[], cum: Float64Array, u: number): T {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return items[lo]!;
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const pad = (n: number, w: number) => String(n).padStart(w, '0');

interface Base {
  given: string;
  middle: string | null;
  family: string;
  sex: 'F' | 'M';
  y: number;
  m: number;
  d: number;
  ssn: string;
  street: string;
  city: string;
  postcode: string;
  state: string;
}

function basePerson(seed: number, root: number): Base {
  const p = getPools();
  const r = createRng(mix(seed, root, 1));
  const given = pickCum(p.given, p.givenCum, r.next());
  const family = pickCum(p.family, p.familyCum, r.next());
  // age pyramid: roughly flat to 60, thinning after
  const age = r.chance(0.8) ? r.int(0, 60) : r.int(61, 95);
  const y = 2025 - age;
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const ssn = `${pad(r.int(1, 899), 3)}${pad(r.int(1, 99), 2)}${pad(r.int(1, 9999), 4)}`;
  const street = `${r.int(1, 9999)} ${cap(pickCum(p.family, p.familyCum, r.next()))} ${cap(r.pick(STREET_TYPES))}`;
  return {
    given,
    middle: r.chance(0.6) ? pickCum(p.given, p.givenCum, r.next()) : null,
    family,
    sex: r.chance(0.5) ? 'F' : 'M',
    y,
    m,
    d,
    ssn,
    street,
    city: r.pick(CITIES),
    postcode: pad(r.int(10000, 99999), 5),
    state: r.pick(STATES),
  };
}

/** The person a record belongs to (index of the person's first record) and the hard-negative kind of a root. */
function rootOf(seed: number, i: number): number {
  let k = i;
  for (;;) {
    const r = createRng(mix(seed, k, 2));
    if (k === 0 || !r.chance(0.3)) return k;
    // duplicates mostly point at recent records (registrations of the same person cluster in time)
    k = r.chance(0.5) ? Math.max(0, k - r.int(1, Math.min(k, 50))) : r.int(0, k - 1);
  }
}

function typo(r: Rng, s: string): string {
  if (s.length < 2) return s;
  const pos = r.int(0, s.length - 1);
  const kind = r.int(0, 3);
  if (kind === 0) return s.slice(0, pos) + s.slice(pos + 1); // deletion
  if (kind === 1 && pos < s.length - 1) return s.slice(0, pos) + s[pos + 1] + s[pos] + s.slice(pos + 2); // transposition
  const ch = s[pos]!.toLowerCase();
  const row = KEYBOARD.find((k) => k.includes(ch));
  let rep = 'e';
  if (row) {
    const at = row.indexOf(ch);
    rep = row[at > 0 && (at === row.length - 1 || r.chance(0.5)) ? at - 1 : at + 1]!;
  }
  if (kind === 2) return s.slice(0, pos) + rep + s.slice(pos + 1); // substitution (keyboard neighbour)
  return s.slice(0, pos) + rep + s.slice(pos); // insertion
}

function personRecord(seed: number, i: number, root: number): SyntheticPerson {
  const r = createRng(mix(seed, i, 3));
  let b = basePerson(seed, root);
  const corruptions: string[] = [];
  // hard negatives, decided on the root: twin or junior of an earlier root
  const hr = createRng(mix(seed, root, 4));
  if (root > 0 && hr.chance(0.015)) {
    const other = hr.int(0, root - 1);
    const ob = basePerson(seed, rootOf(seed, other));
    if (hr.chance(0.6)) b = { ...b, family: ob.family, y: ob.y, m: ob.m, d: ob.d, street: ob.street, city: ob.city, postcode: ob.postcode, state: ob.state };
    else b = { ...b, given: ob.given, family: ob.family, sex: ob.sex, y: Math.min(2024, ob.y + hr.int(20, 35)), street: ob.street, city: ob.city, postcode: ob.postcode, state: ob.state };
  }
  const p = getPools();
  let given = b.given;
  let family = b.family;
  let middle = b.middle;
  const otherNames: { givenName?: string; familyName?: string }[] = [];
  let y = b.y;
  let m = b.m;
  let d = b.d;
  let dobMissing = false;
  let ssn: string | null = b.ssn;
  let ssnLast4: string | null = null;
  let street = b.street;
  let city = b.city;
  let postcode = b.postcode;
  let state = b.state;
  let sex: string | null = b.sex;
  const dup = i !== root;
  if (dup) {
    if (r.chance(0.1)) {
      const nicks = p.nicknames.get(given);
      if (nicks?.length) {
        given = r.pick(nicks);
        corruptions.push('nickname');
      }
    }
    if (r.chance(0.12)) { given = typo(r, given); corruptions.push('given-typo'); }
    if (r.chance(0.12)) { family = typo(r, family); corruptions.push('family-typo'); }
    if (r.chance(0.03)) {
      otherNames.push({ familyName: cap(family) });
      family = pickCum(p.family, p.familyCum, r.next());
      corruptions.push('family-changed');
    }
    if (r.chance(0.03)) { [given, family] = [family, given]; corruptions.push('names-swapped'); }
    if (r.chance(0.3)) { middle = null; }
    if (r.chance(0.05) && d <= 12 && d !== m) { [m, d] = [d, m]; corruptions.push('dob-day-month-swapped'); }
    else if (r.chance(0.07)) {
      const which = r.int(0, 2);
      if (which === 0) y = Math.min(2025, y + (r.chance(0.5) ? 1 : -1) * (r.chance(0.5) ? 1 : 10));
      else if (which === 1) m = ((m + r.int(0, 8)) % 9) + 1;
      else d = ((d + r.int(0, 8)) % 28) + 1;
      corruptions.push('dob-digit');
    } else if (r.chance(0.02)) { m = 1; d = 1; corruptions.push('dob-default-jan1'); }
    if (r.chance(0.04)) { dobMissing = true; corruptions.push('dob-missing'); }
    const sr = r.next();
    if (sr < 0.3) { ssn = null; corruptions.push('ssn-missing'); }
    else if (sr < 0.4) { ssnLast4 = b.ssn.slice(-4); ssn = null; corruptions.push('ssn-last4-only'); }
    else if (sr < 0.43) {
      const k = r.int(0, 7);
      ssn = b.ssn.slice(0, k) + b.ssn[k + 1] + b.ssn[k] + b.ssn.slice(k + 2);
      corruptions.push('ssn-transposed');
    }
    if (r.chance(0.2)) {
      const nb = basePerson(seed, mix(seed, i, 5) % 1_000_000_007);
      street = nb.street;
      city = nb.city;
      postcode = nb.postcode;
      state = nb.state;
      corruptions.push('moved');
    }
    if (r.chance(0.05)) { sex = null; corruptions.push('sex-missing'); }
    if (r.chance(0.03)) { given = ''; corruptions.push('given-missing'); }
  } else if (r.chance(0.15)) {
    ssn = null;
    corruptions.push('ssn-missing');
  }
  const record: LinkRecord = {
    id: `S${i}`,
    givenName: given ? cap(given) : null,
    middleName: middle ? cap(middle) : null,
    familyName: cap(family),
    birthDate: dobMissing ? null : `${y}-${pad(m, 2)}-${pad(d, 2)}`,
    birthYear: dobMissing ? null : y,
    sex,
    ssn,
    ssnLast4,
    streetAddress: street,
    city: cap(city),
    postcode,
    state: state.toUpperCase(),
  };
  if (otherNames.length) record.otherNames = otherNames;
  if (dobMissing) record.birthYear = null;
  return { record, entityId: `P${root}`, corruptions };
}

/** n synthetic records; record i is a pure function of (seed, i). */
export function* generateSyntheticPeople(n: number, seed: number, start = 0): Generator<SyntheticPerson> {
  for (let i = start; i < n; i++) yield personRecord(seed, i, rootOf(seed, i));
}
