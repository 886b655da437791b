/** Row mapping helpers: snake_case SQL rows to camelCase objects; timestamps as ISO strings. */
export function camel<T = any>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    const key = k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    out[key] = v instanceof Date ? v.toISOString() : k.endsWith('_at') && typeof v === 'string' ? new Date(v).toISOString() : v;
  }
  return out as T;
}

export function rowsOf<T = any>(res: { rows: unknown[] }): T[] {
  return (res.rows as Record<string, unknown>[]).map((r) => camel<T>(r));
}

export function firstOf<T = any>(res: { rows: unknown[] }): T | null {
  const r = res.rows[0] as Record<string, unknown> | undefined;
  return r ? camel<T>(r) : null;
}
