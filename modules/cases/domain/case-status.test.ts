import { describe, expect, it } from 'vitest';
import { DomainError } from '@hearth/kernel';
import { nextStatus, STATUS_TRANSITIONS } from './case-status.js';
import { assertMayDecide, assertMayOverride, routeFinalizingAction } from './review-routing.js';

describe('case status lifecycle', () => {
  it('goes intake → open → closed → open (reopen)', () => {
    expect(nextStatus('intake', 'open')).toBe('open');
    expect(nextStatus('open', 'close')).toBe('closed');
    expect(nextStatus('closed', 'reopen')).toBe('open');
    expect(nextStatus('intake', 'close')).toBe('closed');
  });

  it('refuses actions that do not apply, with INVALID_STATE', () => {
    for (const [from, action] of [['open', 'open'], ['closed', 'close'], ['open', 'reopen'], ['closed', 'open']] as const) {
      expect(() => nextStatus(from, action)).toThrow(DomainError);
      try {
        nextStatus(from, action);
      } catch (e) {
        expect((e as DomainError).code).toBe('INVALID_STATE');
      }
    }
  });

  it('marks closing as the finalizing step', () => {
    expect(STATUS_TRANSITIONS.close.finalizing).toBe(true);
    expect(STATUS_TRANSITIONS.reopen.finalizing).toBe(false);
  });
});

describe('review routing', () => {
  const lead = { userId: 'lead', permissions: new Set(['review.decide']), leadUnitIds: ['north'], supervisorUnitIds: [] };
  it('sends a level I worker\'s finalizing action to review and applies anyone else\'s', () => {
    expect(routeFinalizingAction({ userId: 'a', decisionsReviewed: true })).toBe('review');
    expect(routeFinalizingAction({ userId: 'b', decisionsReviewed: false })).toBe('apply');
  });
  it('lets only a lead or supervisor of the unit decide, not on their own submission, once', () => {
    expect(() => assertMayDecide(lead, { unitId: 'north', submittedBy: 'cm1', status: 'pending' })).not.toThrow();
    expect(() => assertMayDecide(lead, { unitId: 'south', submittedBy: 'cm1', status: 'pending' })).toThrow(/lead or supervisor/);
    expect(() => assertMayDecide(lead, { unitId: 'north', submittedBy: 'lead', status: 'pending' })).toThrow(/submitted/);
    expect(() => assertMayDecide(lead, { unitId: 'north', submittedBy: 'cm1', status: 'approved' })).toThrow(/already/);
    expect(() => assertMayDecide({ ...lead, permissions: new Set() }, { unitId: 'north', submittedBy: 'cm1', status: 'pending' })).toThrow(/review.decide/);
  });
  it('requires a supervisor of the unit and a reason for an override', () => {
    const sup = { permissions: new Set(['override.approve']), supervisorUnitIds: ['north'] };
    expect(() => assertMayOverride(sup, 'north', 'Household in crisis; manager approved')).not.toThrow();
    expect(() => assertMayOverride(sup, 'north', '  ')).toThrow(/reason/);
    expect(() => assertMayOverride(sup, 'south', 'a good reason')).toThrow(/supervisor/);
    expect(() => assertMayOverride({ permissions: new Set(), supervisorUnitIds: ['north'] }, 'north', 'a good reason')).toThrow(/supervisor/);
  });
});
