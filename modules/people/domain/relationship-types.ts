/**
 * Relationship types, read as "A is <type> of B". Each has an inverse ("B is <inverse> of A").
 * A tie is stored once, in the canonical direction: the forward side of an asymmetric pair (parent, not child),
 * and for a symmetric type the smaller person id first.
 */
export const RELATIONSHIP_PAIRS = [
  ['parent', 'child'],
  ['step_parent', 'step_child'],
  ['adoptive_parent', 'adopted_child'],
  ['foster_parent', 'foster_child'],
  ['grandparent', 'grandchild'],
  ['legal_guardian', 'ward'],
  ['caretaker', 'cared_for'],
  ['alleged_father', 'alleged_child'],
  ['presumed_father', 'presumed_child'],
  ['aunt_uncle', 'niece_nephew'],
  ['spouse', 'spouse'],
  ['former_spouse', 'former_spouse'],
  ['domestic_partner', 'domestic_partner'],
  ['sibling', 'sibling'],
  ['half_sibling', 'half_sibling'],
  ['step_sibling', 'step_sibling'],
  ['cousin', 'cousin'],
  ['other_relative', 'other_relative'],
  ['non_relative', 'non_relative'],
] as const;

type Pair = (typeof RELATIONSHIP_PAIRS)[number];
export type RelationshipType = Pair[0] | Pair[1];

export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [...new Set(RELATIONSHIP_PAIRS.flat())] as RelationshipType[];

const INVERSE = new Map<RelationshipType, RelationshipType>();
const FORWARD = new Set<RelationshipType>();
for (const [a, b] of RELATIONSHIP_PAIRS) {
  INVERSE.set(a, b);
  INVERSE.set(b, a);
  FORWARD.add(a);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return INVERSE.has(value as RelationshipType);
}

export function inverseOf(type: RelationshipType): RelationshipType {
  return INVERSE.get(type)!;
}

export function isSymmetric(type: RelationshipType): boolean {
  return inverseOf(type) === type;
}

/** Types where A must be born before B when both dates of birth are known. */
const ANCESTRAL: ReadonlySet<RelationshipType> = new Set(['parent', 'grandparent', 'alleged_father', 'presumed_father']);

export function requiresOlderA(type: RelationshipType): boolean {
  return ANCESTRAL.has(type);
}

export interface DirectedTie {
  personAId: string;
  personBId: string;
  type: RelationshipType;
}

/** The one stored form of a tie, whichever side it was entered from. */
export function canonicalTie(tie: DirectedTie): DirectedTie {
  if (isSymmetric(tie.type)) {
    return tie.personAId <= tie.personBId ? tie : { personAId: tie.personBId, personBId: tie.personAId, type: tie.type };
  }
  if (FORWARD.has(tie.type)) return tie;
  return { personAId: tie.personBId, personBId: tie.personAId, type: inverseOf(tie.type) };
}

/** How a stored tie reads from one person's side: "<other> is my <type>". */
export function tieFromSideOf(tie: DirectedTie, personId: string): { otherPersonId: string; type: RelationshipType } {
  // Stored as "A is <type> of B": seen from B, A is B's <type>; seen from A, B is A's <inverse>.
  if (tie.personBId === personId) return { otherPersonId: tie.personAId, type: tie.type };
  return { otherPersonId: tie.personBId, type: inverseOf(tie.type) };
}
