import { sql, type SQL } from 'drizzle-orm';
import type { Sql } from '@hearth/platform';
import { compactName, createScorer, DEFAULT_MODEL, givenNameVariants, type LinkageModel, type LinkRecord, type Scorer, type TermFrequencies } from '@hearth/linkage';
import type { PersonFlag } from '../domain/flags.js';
import type { Sex } from '../domain/person.js';
import { hasSomeAgreement, parseSearch, queryRecord, reasonsFrom, swappedDob, type ParsedSearch } from '../domain/search-query.js';
import type { PersonSearch, PersonSearchQuery, PersonSearchResult } from '../use-cases/ports.js';
import { loadTermFrequencies } from './term-frequencies.repo.js';

export interface SqlPersonSearchOptions {
  /** Most candidates any one key may contribute before scoring (default 100). */
  candidatesPerKey?: number;
  /** The Fellegi–Sunter model (default: @hearth/linkage's DEFAULT_MODEL). */
  model?: LinkageModel;
  /** Use the registry's term frequencies (written by the duplicate job) when there are any (default true). */
  termFrequencies?: boolean;
  /** How long loaded term frequencies are reused before they are read again (default 10 minutes). */
  termFrequencyTtlMs?: number;
}

interface CandidateRow extends Record<string, unknown> {
  id: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  suffix: string | null;
  dob: string | null;
  birth_year: number | null;
  ssn_last4: string | null;
  sex: string;
  preferred_language: string;
  restricted: boolean;
  flags: string[] | string;
  other_names: Array<{ g: string; f: string }> | string | null;
}

const json = <T>(v: T | string | null): T | null => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
const textArray = (v: string[] | string): string[] => (Array.isArray(v) ? v : v.replace(/^\{|\}$/g, '').split(',').filter(Boolean));

/**
 * Candidate keys for a search, each a cheap selective index lookup capped at `perKey` rows (see
 * db/migrations/0002_registry.sql for the index behind each one).
 */
export function candidateKeys(p: ParsedSearch, perKey: number): SQL[] {
  const keys: SQL[] = [];
  const famC = p.family ? compactName(p.family) : '';
  const givC = p.given ? compactName(p.given) : '';
  const gi = givC.slice(0, 1);
  if (p.dob) {
    keys.push(sql`(SELECT id FROM person WHERE dob = ${p.dob}::date LIMIT ${perKey})`);
    const swapped = swappedDob(p.dob);
    if (swapped) keys.push(sql`(SELECT id FROM person WHERE dob = ${swapped}::date LIMIT ${perKey})`);
  }
  if (p.ssnLast4) {
    keys.push(
      p.dob
        ? sql`(SELECT id FROM person WHERE ssn_last4 = ${p.ssnLast4} ORDER BY dob = ${p.dob}::date DESC NULLS LAST LIMIT ${perKey})`
        : p.birthYear
          ? sql`(SELECT id FROM person WHERE ssn_last4 = ${p.ssnLast4} ORDER BY birth_year = ${p.birthYear} DESC NULLS LAST LIMIT ${perKey})`
          : sql`(SELECT id FROM person WHERE ssn_last4 = ${p.ssnLast4} LIMIT ${perKey})`,
    );
  }
  if (givC && p.birthYear) {
    // The given name with the year of birth: a misspelled surname together with a wrong date.
    keys.push(sql`(SELECT id FROM person WHERE birth_year = ${p.birthYear} AND search_first = ${p.given} LIMIT ${perKey})`);
  }
  if (famC && gi) {
    // Phonetic surname with first initial, and nickname variants of the given name (Bob → Robert, Bobby, …).
    // The exact given name first (selective even for common surnames), then any given name with that initial.
    keys.push(sql`(SELECT id FROM person WHERE soundex(replace(search_last, ' ', '')) = soundex(${famC}) AND left(search_first, 1) = ${gi} AND search_first = ${p.given} LIMIT ${perKey})`);
    keys.push(sql`(SELECT id FROM person WHERE soundex(replace(search_last, ' ', '')) = soundex(${famC}) AND left(search_first, 1) = ${gi} LIMIT ${perKey})`);
    const variants = givenNameVariants(givC).filter((v) => v[0] !== gi);
    if (variants.length > 0) {
      const initials = [...new Set(variants.map((v) => v[0]!))];
      keys.push(sql`(SELECT id FROM person WHERE soundex(replace(search_last, ' ', '')) = soundex(${famC})
        AND left(search_first, 1) = ANY(${sql.param(initials)}::text[]) AND search_first = ANY(${sql.param(variants)}::text[]) LIMIT ${perKey})`);
    }
    // Swapped: the given name as the surname, the surname's initial as the given initial.
    if (givC.length > 1) keys.push(sql`(SELECT id FROM person WHERE soundex(replace(search_last, ' ', '')) = soundex(${givC}) AND left(search_first, 1) = ${famC.slice(0, 1)} LIMIT ${perKey})`);
  }
  if (p.family && (!p.given || !p.birthYear)) {
    // Surname-led search (surname only, or a name without a date): the exact surname, then the phonetic surname.
    keys.push(sql`(SELECT id FROM person WHERE search_last = ${p.family} ORDER BY search_first LIMIT ${perKey})`);
    if (!p.given && famC) keys.push(sql`(SELECT id FROM person WHERE soundex(replace(search_last, ' ', '')) = soundex(${famC}) LIMIT ${perKey})`);
  }
  if (famC) {
    // Aliases, former and maiden names: Soundex of their surname (and of the given name read as one, for swaps).
    keys.push(sql`(SELECT person_id FROM person_name WHERE soundex(regexp_replace(lower(last_name), '[^a-z]+', '', 'g')) = soundex(${famC}) LIMIT ${perKey})`);
  }
  return keys;
}

function toLinkRecord(r: CandidateRow): LinkRecord {
  const others = json<Array<{ g: string; f: string }>>(r.other_names) ?? [];
  return {
    id: r.id,
    givenName: r.first_name,
    middleName: r.middle_name,
    familyName: r.last_name,
    otherNames: others.map((o) => ({ givenName: o.g, familyName: o.f })),
    birthDate: r.dob,
    birthYear: r.birth_year,
    sex: r.sex === 'unknown' ? null : r.sex,
    ssnLast4: r.ssn_last4,
  };
}

/**
 * The registry's search engine: candidates from several cheap, selective btree keys in SQL (date of birth exact
 * or swapped, SSN last four, given name with year of birth, phonetic surname with first initial, nickname
 * variants, exact surname, phonetic alias surname), then re-ranked in TypeScript by the @hearth/linkage Fellegi–Sunter scorer
 * (with the registry's term frequencies when the duplicate job has computed them). Each result carries the
 * scorer's explanation field by field, and the short reasons the search page shows.
 */
export function createSqlPersonSearch(options: SqlPersonSearchOptions = {}): PersonSearch {
  const perKey = options.candidatesPerKey ?? 100;
  const ttl = options.termFrequencyTtlMs ?? 10 * 60_000;
  const model = options.model ?? DEFAULT_MODEL;
  let scorer: Scorer = createScorer(model);
  let tfLoadedAt = 0;
  let tfVersion: string | null = null;

  async function currentScorer(tx: Sql): Promise<Scorer> {
    if (options.termFrequencies === false || Date.now() - tfLoadedAt < ttl) return scorer;
    tfLoadedAt = Date.now();
    const loaded: { version: string; tf: TermFrequencies } | null = await loadTermFrequencies(tx, tfVersion);
    if (loaded) {
      scorer = createScorer(model, loaded.tf);
      tfVersion = loaded.version;
    }
    return scorer;
  }

  return {
    async search(query: PersonSearchQuery, tx: Sql): Promise<PersonSearchResult[]> {
      const p = parseSearch(query);
      const keys = candidateKeys(p, perKey);
      if (keys.length === 0) return [];
      const result = await tx.execute<CandidateRow>(sql`
        WITH candidate AS (${sql.join(keys, sql` UNION `)})
        SELECT p.id, p.first_name, p.middle_name, p.last_name, p.suffix, p.dob, p.birth_year, p.ssn_last4, p.sex, p.preferred_language,
               p.restricted, p.flags,
               (SELECT json_agg(json_build_object('g', x.first_name, 'f', x.last_name)) FROM person_name x WHERE x.person_id = p.id) AS other_names
        FROM person p WHERE p.id IN (SELECT id FROM candidate) AND p.merged_into IS NULL`);
      const s = await currentScorer(tx);
      const q = s.prepare(queryRecord(p));
      const ranked = result.rows
        .map((row) => {
          const prepared = s.prepare(toLinkRecord(row));
          return { row, prepared, weight: s.weightPrepared(q, prepared) };
        })
        .sort((a, b) => b.weight - a.weight || a.row.last_name.localeCompare(b.row.last_name) || a.row.first_name.localeCompare(b.row.first_name) || a.row.id.localeCompare(b.row.id));
      const out: PersonSearchResult[] = [];
      for (const c of ranked) {
        if (out.length >= query.limit) break;
        const score = s.scorePrepared(q, c.prepared);
        const asked = score.comparisons.filter((x) => x.level !== 'null');
        const reasons = reasonsFrom(p, score.comparisons);
        if (!hasSomeAgreement(reasons)) continue;
        const r = c.row;
        out.push({
          person: {
            id: r.id,
            firstName: r.first_name,
            middleName: r.middle_name,
            lastName: r.last_name,
            suffix: r.suffix,
            dob: r.dob,
            ssnLast4: r.ssn_last4,
            sex: r.sex as Sex,
            preferredLanguage: r.preferred_language,
            restricted: Boolean(r.restricted),
            flags: textArray(r.flags) as PersonFlag[],
          },
          score: Math.round(score.probability * 1000) / 1000,
          reasons,
          match: { probability: score.probability, weight: Math.round(score.weight * 100) / 100, comparisons: asked },
        });
      }
      return out;
    },
  };
}
