import type { PersonFlag } from './flags.js';
import { normalizeFlags } from './flags.js';
import type { Sex } from './person.js';

/**
 * Merging two records of the same person: which values survive, and what an unmerge gives back.
 *
 * The worker chooses, field by field, whose value survives ("survivor" keeps the surviving record's own value,
 * "merged" takes the other record's). The name moves as one unit (first, middle, last, suffix). Confidentiality
 * flags are never chosen: the survivor carries the union, so merging cannot drop a family-violence flag.
 *
 * Unmerge gives each field back its value from before the merge, unless it was changed after the merge:
 * a later correction wins over the merge's choice.
 */
export const MERGE_FIELDS = ['name', 'dob', 'ssn', 'sex', 'preferredLanguage'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeSide = 'survivor' | 'merged';
export type MergeChoice = Record<MergeField, MergeSide>;

/** The fields a merge may set on the survivor. */
export interface CoreValues {
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  dob: string | null;
  /** Ciphertext ("v1:…"), never logged. */
  ssnEncrypted: string | null;
  ssnLast4: string | null;
  sex: Sex;
  preferredLanguage: string;
  flags: PersonFlag[];
}

const FIELD_KEYS: Record<MergeField, Array<keyof CoreValues>> = {
  name: ['firstName', 'middleName', 'lastName', 'suffix'],
  dob: ['dob'],
  ssn: ['ssnEncrypted', 'ssnLast4'],
  sex: ['sex'],
  preferredLanguage: ['preferredLanguage'],
};

function isEmpty(v: CoreValues, field: MergeField): boolean {
  if (field === 'sex') return v.sex === 'unknown';
  if (field === 'name') return false;
  return FIELD_KEYS[field].every((k) => v[k] === null);
}

/**
 * The choice for each field: what the worker said, else the survivor's value, except that an empty
 * survivor field (no date of birth, no SSN, sex unknown) takes the merged record's value when it has one.
 */
export function resolveChoice(survivor: CoreValues, merged: CoreValues, given: Partial<MergeChoice>): MergeChoice {
  const out = {} as MergeChoice;
  for (const f of MERGE_FIELDS) {
    out[f] = given[f] ?? (isEmpty(survivor, f) && !isEmpty(merged, f) ? 'merged' : 'survivor');
  }
  return out;
}

/** The survivor's values after the merge. */
export function mergedValues(survivor: CoreValues, merged: CoreValues, choice: MergeChoice): CoreValues {
  const out: CoreValues = { ...survivor };
  for (const f of MERGE_FIELDS) {
    if (choice[f] !== 'merged') continue;
    for (const k of FIELD_KEYS[f]) (out as any)[k] = merged[k];
  }
  out.flags = normalizeFlags([...survivor.flags, ...merged.flags]);
  return out;
}

function sameField(a: CoreValues, b: CoreValues, keys: Array<keyof CoreValues>): boolean {
  return keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/**
 * What an unmerge writes back on the survivor: for each field the merge changed, the value from before the
 * merge, unless the field no longer holds what the merge put there (someone changed it since: that stays).
 */
export function valuesToRestore(before: CoreValues, after: CoreValues, current: CoreValues): Partial<CoreValues> {
  const out: Partial<CoreValues> = {};
  const groups: Array<Array<keyof CoreValues>> = [...Object.values(FIELD_KEYS), ['flags']];
  for (const keys of groups) {
    if (sameField(before, after, keys)) continue; // the merge did not change it
    if (!sameField(current, after, keys)) continue; // changed after the merge: the later change wins
    for (const k of keys) (out as any)[k] = before[k];
  }
  return out;
}

/** The core values as the audit log and person_merge keep them: never the SSN ciphertext. */
export function withoutSsn(v: CoreValues): Omit<CoreValues, 'ssnEncrypted'> {
  const { ssnEncrypted: _drop, ...rest } = v;
  return rest;
}

export function sameName(a: Pick<CoreValues, 'firstName' | 'middleName' | 'lastName' | 'suffix'>, b: Pick<CoreValues, 'firstName' | 'middleName' | 'lastName' | 'suffix'>): boolean {
  return a.firstName === b.firstName && a.middleName === b.middleName && a.lastName === b.lastName && a.suffix === b.suffix;
}
