import { sql } from 'drizzle-orm';
import { addDays, fromYmd, parts, type Rng } from '@hearth/kernel';
import type { FieldCipher, Sql } from '@hearth/platform';
import type { PersonFlag } from '../domain/flags.js';
import { searchColumns } from '../domain/names.js';
import type { Sex } from '../domain/person.js';
import { canonicalTie, type RelationshipType } from '../domain/relationship-types.js';

/**
 * Deterministic synthetic people and households for the demo agency, the tests and the benchmarks.
 * Same seed, same people (ids included). Names are Denver-area Hispanic and Anglo; SSNs use area
 * numbers 900–999, which are never issued as SSNs, so no seeded number can be a real person's.
 * Addresses are real Denver-area street names with made-up house numbers; phones are 555-01xx.
 */

const HISPANIC_SURNAMES = [
  'Garcia', 'Martinez', 'Lopez', 'Hernandez', 'Gonzalez', 'Rodriguez', 'Sanchez', 'Ramirez', 'Torres', 'Flores',
  'Rivera', 'Gomez', 'Diaz', 'Romero', 'Chavez', 'Vigil', 'Trujillo', 'Archuleta', 'Maestas', 'Montoya',
  'Baca', 'Lucero', 'Sandoval', 'Gallegos', 'Valdez', 'Medina', 'Salazar', 'Espinoza', 'Martínez', 'Núñez',
  'Peña', 'Ortiz', 'Mendoza', 'Castillo', 'Jaramillo', 'Quintana', 'Cordova', 'Herrera', 'Aragón', 'Padilla',
];
const ANGLO_SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor',
  'Thomas', 'Moore', 'Jackson', 'Martin', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker',
  'Hall', 'Allen', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson',
  'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', "O'Brien", 'Murphy', 'Peterson', 'Olson',
];
const HISPANIC_FEMALE = ['María', 'Guadalupe', 'Rosa', 'Ana', 'Sofía', 'Isabella', 'Lucía', 'Valeria', 'Camila', 'Ximena', 'Yesenia', 'Marisol', 'Adriana', 'Veronica', 'Alejandra', 'Gabriela', 'Daniela', 'Elena', 'Carmen', 'Josefina'];
const HISPANIC_MALE = ['José', 'Juan', 'Luis', 'Carlos', 'Miguel', 'Jesús', 'Antonio', 'Alejandro', 'Mateo', 'Santiago', 'Diego', 'Javier', 'Francisco', 'Ricardo', 'Eduardo', 'Fernando', 'Jorge', 'Manuel', 'Ángel', 'Rafael'];
const ANGLO_FEMALE = ['Jennifer', 'Sarah', 'Emily', 'Ashley', 'Jessica', 'Amanda', 'Elizabeth', 'Megan', 'Hannah', 'Olivia', 'Emma', 'Ava', 'Madison', 'Abigail', 'Linda', 'Karen', 'Rebecca', 'Rachel', 'Katherine', 'Brittany'];
const ANGLO_MALE = ['James', 'Michael', 'Robert', 'David', 'William', 'John', 'Christopher', 'Matthew', 'Daniel', 'Joshua', 'Andrew', 'Tyler', 'Ryan', 'Brandon', 'Jacob', 'Ethan', 'Noah', 'Liam', 'Mason', 'Kevin'];

const PLACES = [
  { city: 'Denver', county: 'Denver', zips: ['80202', '80203', '80204', '80205', '80206', '80211', '80216', '80219', '80223', '80239'] },
  { city: 'Aurora', county: 'Arapahoe', zips: ['80010', '80011', '80012', '80014', '80017'] },
  { city: 'Lakewood', county: 'Jefferson', zips: ['80214', '80226', '80227', '80228'] },
  { city: 'Westminster', county: 'Adams', zips: ['80030', '80031', '80234'] },
  { city: 'Thornton', county: 'Adams', zips: ['80229', '80233', '80241'] },
  { city: 'Commerce City', county: 'Adams', zips: ['80022'] },
  { city: 'Englewood', county: 'Arapahoe', zips: ['80110', '80113'] },
  { city: 'Arvada', county: 'Jefferson', zips: ['80002', '80003', '80004'] },
];
const STREETS = [
  'W Colfax Ave', 'E Colfax Ave', 'Federal Blvd', 'S Broadway', 'N Speer Blvd', 'Alameda Ave', 'W 38th Ave', 'E Evans Ave',
  'S Havana St', 'Peoria St', 'Sheridan Blvd', 'Wadsworth Blvd', 'W 44th Ave', 'Tennyson St', 'Morrison Rd', 'E Mississippi Ave',
  'N Pecos St', 'W Jewell Ave', 'E Montview Blvd', 'Quebec St', 'W Florida Ave', 'Lowell Blvd', 'Zuni St', 'E 104th Ave',
];
const EMPLOYERS = ['King Soopers', 'Denver Health', 'Denver Public Schools', 'Walmart', 'UCHealth', 'Safeway', 'RTD', 'Amazon', 'Home Depot', 'Target', 'Centura Health', 'Panera Bread'];

export interface SeedPerson {
  id: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  dob: string;
  /** In clear here; encrypted when inserted. */
  ssn: string | null;
  sex: Sex;
  preferredLanguage: string;
  flags: PersonFlag[];
  phone: string | null;
  employer: string | null;
}

export interface SeedAddress {
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  postalCode: string;
  county: string;
  fromDate: string;
}

export interface SeedHousehold {
  id: string;
  name: string;
  headId: string;
  members: SeedPerson[];
  memberships: Array<{ personId: string; role: 'head' | 'member'; fromDate: string }>;
  relationships: Array<{ personAId: string; personBId: string; type: RelationshipType }>;
  address: SeedAddress;
}

export interface BuildHouseholdOptions {
  /** The "today" that ages are counted from (default 2026-01-01). */
  asOf?: string;
  /** Share of households with a family-violence flag on the adult victim and children (default 0.01). */
  familyViolenceRate?: number;
  /** Share of people flagged as agency employee or public figure (default 0.002). */
  vipRate?: number;
}

/** A v4-shaped uuid drawn from the seeded generator, so ids are reproducible. */
export function seededUuid(rng: Rng): string {
  const hex = (n: number) => Math.floor(rng.next() * 16 ** n).toString(16).padStart(n, '0');
  const variant = (8 + Math.floor(rng.next() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

function seededSsn(rng: Rng): string {
  return `${rng.int(900, 999)}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
}

function seededPhone(rng: Rng): string {
  return `${rng.pick(['303', '720'])}-555-${String(rng.int(100, 199)).padStart(4, '0')}`;
}

function birthDate(rng: Rng, asOf: string, minAge: number, maxAge: number): string {
  const { year } = parts(asOf);
  const y = year - rng.int(minAge, maxAge);
  return addDays(fromYmd(y, 1, 1), rng.int(0, 364));
}

type Origin = 'hispanic' | 'anglo';

function firstName(rng: Rng, origin: Origin, sex: Sex): string {
  if (origin === 'hispanic') return rng.pick(sex === 'female' ? HISPANIC_FEMALE : HISPANIC_MALE);
  return rng.pick(sex === 'female' ? ANGLO_FEMALE : ANGLO_MALE);
}

function surname(rng: Rng, origin: Origin): string {
  return rng.pick(origin === 'hispanic' ? HISPANIC_SURNAMES : ANGLO_SURNAMES);
}

/**
 * One household as plain objects: adults (single parent, couple or grandparent caretaker) and children,
 * with their relationships, memberships since move-in, and a shared current address.
 */
export function buildHousehold(rng: Rng, opts: BuildHouseholdOptions = {}): SeedHousehold {
  const asOf = opts.asOf ?? '2026-01-01';
  const fvRate = opts.familyViolenceRate ?? 0.01;
  const vipRate = opts.vipRate ?? 0.002;
  const origin: Origin = rng.chance(0.45) ? 'hispanic' : 'anglo';
  const shape = rng.pick(['single', 'single', 'single_parent', 'single_parent', 'single_parent', 'couple_kids', 'couple_kids', 'couple_kids', 'couple', 'grandparent']);

  const person = (sex: Sex, lastName: string, dob: string, adult: boolean, o: Origin = origin): SeedPerson => ({
    id: seededUuid(rng),
    firstName: firstName(rng, o, sex),
    middleName: rng.chance(0.35) ? firstName(rng, o, sex) : null,
    lastName,
    suffix: sex === 'male' && rng.chance(0.02) ? 'Jr' : null,
    dob,
    ssn: rng.chance(adult ? 0.92 : 0.8) ? seededSsn(rng) : null,
    sex,
    preferredLanguage: adult && o === 'hispanic' && rng.chance(0.4) ? 'es' : 'en',
    flags: rng.chance(vipRate) ? ['employee_vip'] : [],
    phone: adult && rng.chance(0.85) ? seededPhone(rng) : null,
    employer: adult && rng.chance(0.55) ? rng.pick(EMPLOYERS) : null,
  });

  const adults: SeedPerson[] = [];
  const children: SeedPerson[] = [];
  const relationships: SeedHousehold['relationships'] = [];
  const tie = (aId: string, bId: string, type: RelationshipType) => relationships.push(canonicalTie({ personAId: aId, personBId: bId, type }));

  const firstSex: Sex = shape === 'single' ? (rng.chance(0.5) ? 'female' : 'male') : rng.chance(0.8) ? 'female' : 'male';
  const elderly = shape === 'grandparent';
  const head = person(firstSex, surname(rng, origin), birthDate(rng, asOf, elderly ? 48 : 19, elderly ? 75 : 58), true);
  adults.push(head);
  if (shape === 'couple' || shape === 'couple_kids') {
    const partnerOrigin: Origin = rng.chance(0.8) ? origin : origin === 'hispanic' ? 'anglo' : 'hispanic';
    const partnerSex: Sex = firstSex === 'female' ? 'male' : 'female';
    const partnerLast = rng.chance(0.6) ? head.lastName : surname(rng, partnerOrigin);
    const headYear = parts(head.dob).year;
    const partnerDob = addDays(fromYmd(headYear + rng.int(-6, 6), 1, 1), rng.int(0, 364));
    const partner = person(partnerSex, partnerLast, partnerDob < addDays(asOf, -19 * 366) ? partnerDob : addDays(asOf, -20 * 366), true, partnerOrigin);
    adults.push(partner);
    tie(head.id, partner.id, rng.chance(0.7) ? 'spouse' : 'domestic_partner');
  }
  if (shape === 'single_parent' || shape === 'couple_kids' || shape === 'grandparent') {
    const youngestParent = adults.reduce((a, b) => (a.dob > b.dob ? a : b));
    const parentYear = parts(youngestParent.dob).year;
    const n = rng.int(1, 4);
    for (let i = 0; i < n; i++) {
      const minYear = elderly ? parentYear + 38 : parentYear + 17;
      const maxYear = Math.min(parts(asOf).year - 1, elderly ? parentYear + 60 : parentYear + 42);
      if (minYear > maxYear) break;
      const year = rng.int(minYear, maxYear);
      const dob = addDays(fromYmd(year, 1, 1), rng.int(0, 364));
      if (dob >= asOf) continue;
      const childLast =
        origin === 'hispanic' && adults.length === 2 && rng.chance(0.25) ? `${adults[0]!.lastName}-${adults[1]!.lastName}` : adults[rng.int(0, adults.length - 1)]!.lastName;
      const child = person(rng.chance(0.5) ? 'female' : 'male', childLast, dob, false);
      children.push(child);
      for (const a of adults) {
        if (elderly) {
          tie(a.id, child.id, 'grandparent');
          tie(a.id, child.id, 'caretaker');
        } else {
          tie(a.id, child.id, 'parent');
        }
      }
    }
    for (let i = 0; i < children.length; i++) for (let j = i + 1; j < children.length; j++) tie(children[i]!.id, children[j]!.id, 'sibling');
  }

  const members = [...adults, ...children];
  // Family violence: the adult victim and the children carry the flag (their address must not reach the abuser).
  if (rng.chance(fvRate)) {
    const victim = adults.find((a) => a.sex === 'female') ?? head;
    for (const p of [victim, ...children]) if (!p.flags.includes('family_violence')) p.flags = ['family_violence', ...p.flags];
  }

  const place = rng.pick(PLACES);
  const youngest = members.reduce((a, b) => (a.dob > b.dob ? a : b));
  const moveIn = youngest.dob > addDays(asOf, -3 * 365) ? youngest.dob : addDays(asOf, -rng.int(60, 3 * 365));
  const address: SeedAddress = {
    line1: `${rng.int(100, 19999)} ${rng.pick(STREETS)}`,
    line2: rng.chance(0.3) ? `Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B'])}` : null,
    city: place.city,
    state: 'CO',
    postalCode: rng.pick(place.zips),
    county: place.county,
    fromDate: moveIn,
  };
  return {
    id: seededUuid(rng),
    name: `${head.lastName} household`,
    headId: head.id,
    members,
    memberships: members.map((m) => ({ personId: m.id, role: m.id === head.id ? 'head' : 'member', fromDate: moveIn > m.dob ? moveIn : m.dob })),
    relationships,
    address,
  };
}

export interface SeedPeopleOptions extends BuildHouseholdOptions {
  /** Rows per INSERT … SELECT FROM unnest(…) statement (default 1000 people). */
  batchSize?: number;
  /** Keep a reference to every household in the result (default true; turn off for millions). */
  collect?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface SeededHouseholdRef {
  id: string;
  name: string;
  headId: string;
  memberIds: string[];
  familyViolence: boolean;
}

export interface SeedPeopleResult {
  people: number;
  households: number;
  familyViolence: number;
  refs: SeededHouseholdRef[];
}

const pgArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;

/**
 * Inserts `count` people in whole households (the last one may be cut short), in batches of set-based
 * INSERT … SELECT FROM unnest(…) statements: a few statements per thousand people, so a million takes minutes.
 */
export async function seedPeople(tx: Sql, cipher: FieldCipher, count: number, rng: Rng, opts: SeedPeopleOptions = {}): Promise<SeedPeopleResult> {
  const batchSize = opts.batchSize ?? 1000;
  const collect = opts.collect ?? true;
  const result: SeedPeopleResult = { people: 0, households: 0, familyViolence: 0, refs: [] };
  let batch: SeedHousehold[] = [];
  let inBatch = 0;
  while (result.people < count) {
    const h = buildHousehold(rng, opts);
    const room = count - result.people;
    if (h.members.length > room) {
      const kept = new Set(h.members.slice(0, room).map((m) => m.id));
      h.members = h.members.slice(0, room);
      h.memberships = h.memberships.filter((m) => kept.has(m.personId));
      h.relationships = h.relationships.filter((r) => kept.has(r.personAId) && kept.has(r.personBId));
    }
    batch.push(h);
    inBatch += h.members.length;
    result.people += h.members.length;
    result.households += 1;
    const fv = h.members.some((m) => m.flags.includes('family_violence'));
    if (fv) result.familyViolence += 1;
    if (collect) result.refs.push({ id: h.id, name: h.name, headId: h.headId, memberIds: h.members.map((m) => m.id), familyViolence: fv });
    if (inBatch >= batchSize || result.people >= count) {
      await insertHouseholds(tx, cipher, batch);
      opts.onProgress?.(result.people, count);
      batch = [];
      inBatch = 0;
    }
  }
  return result;
}

/** Bulk insert of built households and everything in them. */
export async function insertHouseholds(tx: Sql, cipher: FieldCipher, households: SeedHousehold[]): Promise<void> {
  if (households.length === 0) return;
  const people = households.flatMap((h) => h.members);
  const col = <T>(f: (p: SeedPerson) => T) => sql.param(people.map(f));
  const names = people.map((p) => searchColumns(p));
  await tx.execute(sql`
    INSERT INTO person (id, first_name, middle_name, last_name, suffix, dob, ssn_encrypted, ssn_last4, sex, preferred_language, flags, search_first, search_last, search_name)
    SELECT id, first_name, middle_name, last_name, suffix, dob, ssn_encrypted, ssn_last4, sex, preferred_language, flags::text[], search_first, search_last, search_name
    FROM unnest(${col((p) => p.id)}::uuid[], ${col((p) => p.firstName)}::text[], ${col((p) => p.middleName)}::text[], ${col((p) => p.lastName)}::text[],
                ${col((p) => p.suffix)}::text[], ${col((p) => p.dob)}::date[], ${col((p) => (p.ssn ? cipher.encrypt(p.ssn.replaceAll('-', '')) : null))}::text[],
                ${col((p) => (p.ssn ? p.ssn.slice(-4) : null))}::text[], ${col((p) => p.sex)}::text[], ${col((p) => p.preferredLanguage)}::text[],
                ${col((p) => pgArray(p.flags))}::text[], ${sql.param(names.map((n) => n.searchFirst))}::text[], ${sql.param(names.map((n) => n.searchLast))}::text[],
                ${sql.param(names.map((n) => n.searchName))}::text[])
      AS t(id, first_name, middle_name, last_name, suffix, dob, ssn_encrypted, ssn_last4, sex, preferred_language, flags, search_first, search_last, search_name)`);

  await tx.execute(sql`
    INSERT INTO household (id, name) SELECT * FROM unnest(${sql.param(households.map((h) => h.id))}::uuid[], ${sql.param(households.map((h) => h.name))}::text[])`);

  const memberships = households.flatMap((h) => h.memberships.map((m) => ({ ...m, householdId: h.id })));
  await tx.execute(sql`
    INSERT INTO household_member (household_id, person_id, role, from_date)
    SELECT * FROM unnest(${sql.param(memberships.map((m) => m.householdId))}::uuid[], ${sql.param(memberships.map((m) => m.personId))}::uuid[],
                         ${sql.param(memberships.map((m) => m.role))}::text[], ${sql.param(memberships.map((m) => m.fromDate))}::date[])`);

  const addresses = households.flatMap((h) => h.memberships.map((m) => ({ ...h.address, personId: m.personId, fromDate: m.fromDate })));
  const a = <T>(f: (x: (typeof addresses)[number]) => T) => sql.param(addresses.map(f));
  await tx.execute(sql`
    INSERT INTO person_address (person_id, line1, line2, city, state, postal_code, county, from_date)
    SELECT * FROM unnest(${a((x) => x.personId)}::uuid[], ${a((x) => x.line1)}::text[], ${a((x) => x.line2)}::text[], ${a((x) => x.city)}::text[],
                         ${a((x) => x.state)}::text[], ${a((x) => x.postalCode)}::text[], ${a((x) => x.county)}::text[], ${a((x) => x.fromDate)}::date[])`);

  const contacts = people.flatMap((p) => [
    ...(p.phone ? [{ personId: p.id, kind: 'phone', value: p.phone, isPrimary: true }] : []),
    ...(p.employer ? [{ personId: p.id, kind: 'employer', value: p.employer, isPrimary: false }] : []),
  ]);
  if (contacts.length > 0) {
    await tx.execute(sql`
      INSERT INTO person_contact (person_id, kind, value, is_primary)
      SELECT * FROM unnest(${sql.param(contacts.map((c) => c.personId))}::uuid[], ${sql.param(contacts.map((c) => c.kind))}::text[],
                           ${sql.param(contacts.map((c) => c.value))}::text[], ${sql.param(contacts.map((c) => c.isPrimary))}::boolean[])`);
  }

  const ties = households.flatMap((h) => h.relationships);
  if (ties.length > 0) {
    await tx.execute(sql`
      INSERT INTO relationship (person_a_id, person_b_id, type)
      SELECT * FROM unnest(${sql.param(ties.map((t) => t.personAId))}::uuid[], ${sql.param(ties.map((t) => t.personBId))}::uuid[], ${sql.param(ties.map((t) => t.type))}::text[])`);
  }
}
