import { describe, expect, it } from 'vitest';
import type { Viewer } from '../access/viewer.ts';
import { movesOpenTo, mayMovePlan, type PlanParties } from './action-plan.access.ts';
import { movesFrom, partyMovingTo, statusesWithWork, waitingOn } from './action-plan.moves.ts';

const plan: PlanParties = {
  status: 'SUBMITTED',
  agencyId: 'kent',
  reviewingInspectorateId: 'hmicfrs',
  responsibleMinisterId: 'home',
  policingBodyIds: ['kent-pcc'],
};
const as = (roles: Viewer['roles']): Viewer => ({
  userId: 'u',
  name: 'U',
  email: 'u@example.test',
  sessionId: null,
  roles,
});
const lead = as([{ role: 'INSPECTORATE_LEAD', inspectorateId: 'hmicfrs' }]);
const approver = as([{ role: 'AGENCY_APPROVER', agencyId: 'kent' }]);
const minister = as([{ role: 'MINISTER_OFFICE', ministerId: 'home' }]);
const pcc = as([{ role: 'POLICING_BODY_OFFICE', localPolicingBodyId: 'kent-pcc' }]);

describe('the table of action-plan moves', () => {
  it('gives each status reached one body that moves plans into it', () => {
    expect(partyMovingTo('SUBMITTED')).toBe('AGENCY');
    expect(partyMovingTo('ACCEPTED')).toBe('REVIEWING_INSPECTORATE');
    expect(partyMovingTo('LAID')).toBe('RESPONSIBLE_MINISTER');
    expect(partyMovingTo('PUBLISHED')).toBe('POLICING_BODY');
    expect(partyMovingTo('DRAFT')).toBeNull();
  });

  it('says who a plan waits on, and sends a laid plan of another agency to the inspectorate', () => {
    expect(waitingOn('RETURNED', true)).toEqual({ party: 'AGENCY', work: 'ACTION_PLAN_TO_SUBMIT' });
    expect(waitingOn('LAID', true)).toEqual({
      party: 'POLICING_BODY',
      work: 'ACTION_PLAN_TO_PUBLISH',
    });
    expect(waitingOn('LAID', false)).toEqual({ party: 'REVIEWING_INSPECTORATE', work: null });
    expect(waitingOn('CLOSED', true)).toBeNull();
    expect(movesFrom('LAID', false).map((m) => m.to)).toEqual(['IN_FOLLOW_UP']);
    expect(statusesWithWork(['ACTION_PLAN_TO_REVIEW', 'ACTION_PLAN_TO_LAY'])).toEqual([
      'SUBMITTED',
      'ACCEPTED',
    ]);
  });

  it('offers each body only its own moves, the same answer the mutation’s check gives', () => {
    expect(movesOpenTo(lead, plan, true)).toEqual(['RETURNED', 'ACCEPTED']);
    expect(movesOpenTo(approver, plan, true)).toEqual([]);
    expect(movesOpenTo(minister, { ...plan, status: 'ACCEPTED' }, true)).toEqual(['LAID']);
    expect(movesOpenTo(pcc, { ...plan, status: 'LAID' }, true)).toEqual(['PUBLISHED']);
    expect(movesOpenTo(pcc, { ...plan, status: 'LAID' }, false)).toEqual([]);
    for (const viewer of [lead, approver, minister, pcc])
      for (const to of movesOpenTo(viewer, plan, true))
        expect(mayMovePlan(viewer, plan, to)).toBe(true);
    expect(mayMovePlan(approver, plan, 'ACCEPTED')).toBe(false);
  });
});
