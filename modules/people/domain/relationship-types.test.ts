import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalTie, inverseOf, isRelationshipType, isSymmetric, RELATIONSHIP_TYPES, tieFromSideOf, type RelationshipType } from './relationship-types.js';

describe('relationship types', () => {
  it('pairs each type with an inverse, and the inverse of the inverse is the type', () => {
    for (const t of RELATIONSHIP_TYPES) expect(inverseOf(inverseOf(t))).toBe(t);
    expect(inverseOf('parent')).toBe('child');
    expect(inverseOf('alleged_father')).toBe('alleged_child');
    expect(inverseOf('caretaker')).toBe('cared_for');
    expect(isSymmetric('spouse')).toBe(true);
    expect(isSymmetric('parent')).toBe(false);
    expect(isRelationshipType('landlord')).toBe(false);
  });

  const ids = fc.uuid();
  const type = fc.constantFrom(...RELATIONSHIP_TYPES);

  it('stores a tie entered from either side in one canonical form', () => {
    fc.assert(
      fc.property(ids, ids, type, (a, b, t: RelationshipType) => {
        fc.pre(a !== b);
        expect(canonicalTie({ personAId: a, personBId: b, type: t })).toEqual(canonicalTie({ personAId: b, personBId: a, type: inverseOf(t) }));
      }),
    );
  });

  it('reads back from each side as entered', () => {
    fc.assert(
      fc.property(ids, ids, type, (a, b, t: RelationshipType) => {
        fc.pre(a !== b);
        // "a is <t> of b": from b's side, a is b's <t>; from a's side, b is a's <inverse t>.
        const stored = canonicalTie({ personAId: a, personBId: b, type: t });
        expect(tieFromSideOf(stored, b)).toEqual({ otherPersonId: a, type: t });
        expect(tieFromSideOf(stored, a)).toEqual({ otherPersonId: b, type: inverseOf(t) });
      }),
    );
  });

  it('keeps parent, not child, as the stored direction', () => {
    expect(canonicalTie({ personAId: 'kid', personBId: 'mom', type: 'child' })).toEqual({ personAId: 'mom', personBId: 'kid', type: 'parent' });
  });
});
