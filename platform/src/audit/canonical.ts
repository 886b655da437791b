import { createHash } from 'node:crypto';

/** JSON with keys sorted at every level and undefined dropped: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}

/** Normalizes a value to what survives a JSON round trip (Dates become ISO strings). */
export function jsonNormalize<T>(value: T): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export interface ChainedFields {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  caseId: string | null;
  personId: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
}

export function chainHash(prevHash: string, e: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(e)).digest('hex');
}
