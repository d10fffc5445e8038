import { DomainError, ErrorCode, invalidTransition } from '../../core/errors/domain-error';
import type { HouseholdAction, HouseholdStatus } from './household.enums';

/** An illegal step: INVALID_TRANSITION naming the file's current state (extensions.state). */
export const illegalStep = (state: HouseholdStatus, action: HouseholdAction | 'UPDATE') =>
  invalidTransition('The household file', state, action);

/** A step the table allows but whose moment has not come (or has passed): still INVALID_TRANSITION. */
export const notNow = (state: HouseholdStatus, action: string, why: string) =>
  new DomainError(ErrorCode.INVALID_TRANSITION, `The household file is ${state}: ${why}`, {
    state,
    action,
  });
