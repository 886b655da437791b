import { NICKNAME_TABLE } from './generated/nicknames.generated.js';
import { compactName } from './normalize.js';

/**
 * Nickname relation, used one step only (never the transitive closure: "ron" is a nickname of both aaron and
 * ronald, which are not nicknames of each other). Two given names are nickname variants when one is a nickname of
 * the other or both are nicknames of the same canonical name.
 */
let nicksOf: Map<string, string[]> | null = null;
let canonicalsOf: Map<string, string[]> | null = null;

function load() {
  if (nicksOf) return;
  nicksOf = new Map();
  canonicalsOf = new Map();
  for (const entry of NICKNAME_TABLE.split(';')) {
    const [canonical, list] = entry.split(':');
    if (!canonical || !list) continue;
    const nicks = list.split(',');
    nicksOf.set(canonical, nicks);
    for (const n of nicks) {
      const c = canonicalsOf.get(n);
      if (c) c.push(canonical);
      else canonicalsOf.set(n, [canonical]);
    }
  }
}

/** Canonical names a given name is a nickname of (["robert"] for "bob"); empty when none. Input is normalized. */
export function canonicalGivenNames(given: string): string[] {
  load();
  return canonicalsOf!.get(compactName(given)) ?? [];
}

/**
 * The normalized name itself, its nicknames, the names it is a nickname of, and the other nicknames of those
 * ("bob" → bob, robert, rob, robbie, bobby, …). Deterministic order: the name first, then sorted.
 */
export function givenNameVariants(given: string): string[] {
  load();
  const g = compactName(given);
  if (!g) return [];
  const out = new Set<string>();
  for (const n of nicksOf!.get(g) ?? []) out.add(n);
  for (const c of canonicalsOf!.get(g) ?? []) {
    out.add(c);
    for (const n of nicksOf!.get(c) ?? []) out.add(n);
  }
  out.delete(g);
  return [g, ...[...out].sort()];
}

/** Keys for blocking on given names that survive nicknames: the name itself and each canonical name it is a nickname of. */
export function givenNameKeys(given: string): string[] {
  load();
  const g = compactName(given);
  if (!g) return [];
  return [g, ...(canonicalsOf!.get(g) ?? [])];
}

export function areNicknameVariants(a: string, b: string): boolean {
  load();
  const x = compactName(a);
  const y = compactName(b);
  if (!x || !y || x === y) return false;
  if (nicksOf!.get(x)?.includes(y) || nicksOf!.get(y)?.includes(x)) return true;
  const cx = canonicalsOf!.get(x);
  const cy = canonicalsOf!.get(y);
  if (!cx || !cy) return false;
  for (const c of cx) if (cy.includes(c)) return true;
  return false;
}
