import { TF_FIELDS, type TfField } from './fields.js';
import { prepareRecord, type PreparedRecord } from './prepare.js';
import type { LinkRecord } from './types.js';

/** Counts of normalized values for the term-frequency-adjusted fields, over some population of records. */
export interface TermFrequencies {
  /** records counted */
  total: number;
  /** records with a value, per field */
  nonNull: Record<TfField, number>;
  counts: Record<TfField, Map<string, number>>;
}

export function emptyTermFrequencies(): TermFrequencies {
  return { total: 0, nonNull: { givenName: 0, familyName: 0, city: 0 }, counts: { givenName: new Map(), familyName: new Map(), city: new Map() } };
}

export function tfValue(p: PreparedRecord, field: TfField): string {
  return field === 'givenName' ? p.given : field === 'familyName' ? p.family : p.city;
}

export function addToTermFrequencies(tf: TermFrequencies, p: PreparedRecord): void {
  tf.total++;
  for (const f of TF_FIELDS) {
    const v = tfValue(p, f);
    if (!v) continue;
    tf.nonNull[f]++;
    tf.counts[f].set(v, (tf.counts[f].get(v) ?? 0) + 1);
  }
}

/** Term frequencies of given name, family name and city over the records (normalized as the scorer does). */
export function termFrequencies(records: Iterable<LinkRecord | PreparedRecord>): TermFrequencies {
  const tf = emptyTermFrequencies();
  for (const r of records) addToTermFrequencies(tf, 'familyPhonetic' in r ? r : prepareRecord(r));
  return tf;
}

/** Share of records (with a value in this field) that have this value; unseen values count as seen once. 0 when unknown. */
export function frequencyOf(tf: TermFrequencies, field: TfField, value: string): number {
  const n = tf.nonNull[field];
  if (n === 0) return 0;
  const c = tf.counts[field].get(value) ?? 0;
  return Math.max(c, 1) / n;
}
