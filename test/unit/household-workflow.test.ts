import { Role } from '../../api/core/auth/role.enum';
import { HouseholdAction as A, HouseholdStatus as S } from '../../api/modules/households/household.enums';
import {
  actionsFrom,
  actorsOf,
  FINAL_STATES,
  HOUSEHOLD_WORKFLOW,
  mayTake,
  nextStatus,
  SYSTEM_ACTOR,
} from '../../api/modules/households/household.workflow';

describe('the household workflow table', () => {
  it('runs the happy path draft → … → closed', () => {
    const path: [A, S][] = [
      [A.SUBMIT, S.SUBMITTED],
      [A.APPROVE, S.PUBLIC_NOTICE],
      [A.PUBLISH, S.PUBLISHED],
      [A.ADOPT, S.ADOPTED],
      [A.START_SUPPORT, S.SUPPORT_UNDER_WAY],
      [A.CLOSE, S.CLOSED],
    ];
    let state = S.DRAFT;
    for (const [action, to] of path) {
      expect(nextStatus(state, action)).toBe(to);
      state = to;
    }
  });

  it('has the ways back: rejected and resubmitted, withdrawn, adoption ended', () => {
    expect(nextStatus(S.SUBMITTED, A.REJECT)).toBe(S.REJECTED);
    expect(nextStatus(S.REJECTED, A.SUBMIT)).toBe(S.SUBMITTED);
    expect(nextStatus(S.PUBLIC_NOTICE, A.WITHDRAW)).toBe(S.WITHDRAWN);
    expect(nextStatus(S.ADOPTED, A.END_ADOPTION)).toBe(S.PUBLISHED);
    expect(nextStatus(S.SUPPORT_UNDER_WAY, A.END_ADOPTION)).toBe(S.PUBLISHED);
  });

  it('has no step out of a final state and none into DRAFT', () => {
    for (const s of FINAL_STATES) expect(actionsFrom(s)).toEqual([]);
    expect(HOUSEHOLD_WORKFLOW.some((step) => step.to === S.DRAFT)).toBe(false);
  });

  it('refuses every step the table does not list', () => {
    const legal = new Set(HOUSEHOLD_WORKFLOW.flatMap((step) => step.from.map((f) => `${f}:${step.action}`)));
    for (const s of Object.values(S)) {
      for (const a of Object.values(A)) {
        expect(nextStatus(s, a) !== null).toBe(legal.has(`${s}:${a}`));
      }
    }
    expect(nextStatus(S.DRAFT, A.PUBLISH)).toBeNull();
    expect(nextStatus(S.PUBLIC_NOTICE, A.ADOPT)).toBeNull();
    expect(nextStatus(S.ADOPTED, A.CLOSE)).toBeNull();
  });

  it('names the roles of DOMAIN.md for each step', () => {
    expect(actorsOf(A.SUBMIT)).toEqual([Role.GRID_WORKER, Role.COMMUNITY_ADMIN]);
    expect(actorsOf(A.APPROVE)).toEqual([Role.COMMUNITY_ADMIN]);
    expect(actorsOf(A.PUBLISH)).toContain(SYSTEM_ACTOR);
    expect(actorsOf(A.ADOPT)).toEqual([Role.PARTNER]);
    expect(mayTake(A.APPROVE, [Role.GRID_WORKER])).toBe(false);
    expect(mayTake(A.CLOSE, [Role.PARTNER])).toBe(false);
    expect(mayTake(A.END_ADOPTION, [Role.PARTNER])).toBe(true);
    // Every step has someone who may take it, and only the notice end is the platform's own.
    for (const step of HOUSEHOLD_WORKFLOW) expect(step.actors.length).toBeGreaterThan(0);
    expect(HOUSEHOLD_WORKFLOW.filter((s) => s.actors.includes(SYSTEM_ACTOR)).map((s) => s.action)).toEqual([
      A.PUBLISH,
    ]);
  });
});
