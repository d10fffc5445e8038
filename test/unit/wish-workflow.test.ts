import { MicroWishStatus, WishAction } from '../../api/modules/wishes/wish.enums';
import {
  addDays,
  availableActions,
  effectiveStatus,
  initialStatus,
  nextStatus,
  WISH_WORKFLOW,
  WishCapacity,
} from '../../api/modules/wishes/wish.workflow';
import { capacitiesOf } from '../../api/modules/wishes/wish.policy';
import { Role } from '../../api/core/auth/role.enum';
import type { Principal } from '../../api/core/auth/principal';

const { POSTER, STAFF, HELPER, CLAIMANT } = WishCapacity;
const S = MicroWishStatus;
const A = WishAction;
const caps = (...c: WishCapacity[]) => new Set(c);

describe('micro-wish workflow table', () => {
  it('starts OPEN, or PENDING_APPROVAL when the community approves wishes first', () => {
    expect(initialStatus(false)).toBe(S.OPEN);
    expect(initialStatus(true)).toBe(S.PENDING_APPROVAL);
  });

  it.each([
    [S.PENDING_APPROVAL, A.APPROVE, STAFF, S.OPEN],
    [S.PENDING_APPROVAL, A.REJECT, STAFF, S.REJECTED],
    [S.PENDING_APPROVAL, A.WITHDRAW, POSTER, S.WITHDRAWN],
    [S.OPEN, A.CLAIM, HELPER, S.CLAIMED],
    [S.OPEN, A.WITHDRAW, POSTER, S.WITHDRAWN],
    [S.CLAIMED, A.RELEASE, CLAIMANT, S.OPEN],
    [S.CLAIMED, A.RELEASE, STAFF, S.OPEN],
    [S.CLAIMED, A.DELIVER, CLAIMANT, S.DELIVERED],
    [S.CLAIMED, A.DELIVER, STAFF, S.DELIVERED],
    [S.DELIVERED, A.CLOSE, POSTER, S.CLOSED],
    [S.DELIVERED, A.CLOSE, STAFF, S.CLOSED],
  ])('%s --%s by %s--> %s', (from, action, by, to) => {
    expect(nextStatus(from, action, caps(by))).toEqual({ ok: true, to });
  });

  it.each([
    [S.OPEN, A.APPROVE, POSTER],
    [S.PENDING_APPROVAL, A.APPROVE, HELPER],
    [S.OPEN, A.CLAIM, POSTER],
    [S.OPEN, A.CLAIM, STAFF],
    [S.CLAIMED, A.DELIVER, HELPER],
    [S.CLAIMED, A.RELEASE, POSTER],
    [S.DELIVERED, A.CLOSE, CLAIMANT],
  ])('refuses %s --%s by %s (in that capacity)', (from, action, by) => {
    const result = nextStatus(from, action, caps(by));
    expect(result.ok).toBe(false);
  });

  it('names an illegal step INVALID_TRANSITION, whoever asks; a taken wish is ALREADY_CLAIMED', () => {
    expect(nextStatus(S.EXPIRED, A.CLAIM, caps(HELPER))).toEqual({ ok: false, reason: 'INVALID_TRANSITION' });
    expect(nextStatus(S.OPEN, A.APPROVE, caps(STAFF))).toEqual({ ok: false, reason: 'INVALID_TRANSITION' });
    expect(nextStatus(S.CLOSED, A.WITHDRAW, caps(POSTER))).toEqual({
      ok: false,
      reason: 'INVALID_TRANSITION',
    });
    for (const taken of [S.CLAIMED, S.DELIVERED, S.CLOSED]) {
      expect(nextStatus(taken, A.CLAIM, caps(HELPER))).toEqual({ ok: false, reason: 'ALREADY_CLAIMED' });
    }
    expect(nextStatus(S.CLAIMED, A.DELIVER, caps(HELPER))).toEqual({ ok: false, reason: 'NOT_ALLOWED' });
  });

  it('has no way out of the end states', () => {
    for (const end of [S.CLOSED, S.REJECTED, S.WITHDRAWN, S.EXPIRED]) {
      expect(WISH_WORKFLOW[end]).toEqual({});
      expect(availableActions(end, caps(POSTER, STAFF, HELPER, CLAIMANT))).toEqual([]);
    }
  });

  it('lists the actions open to a capacity', () => {
    expect(availableActions(S.OPEN, caps(HELPER))).toEqual([A.CLAIM]);
    expect(availableActions(S.PENDING_APPROVAL, caps(STAFF))).toEqual([A.APPROVE, A.REJECT, A.WITHDRAW]);
    expect(availableActions(S.CLAIMED, caps(CLAIMANT))).toEqual([A.RELEASE, A.DELIVER]);
  });
});

describe('expiry, read from the date', () => {
  const wish = (status: MicroWishStatus, expiresOn: string) =>
    ({ status, expiresOn }) as Parameters<typeof effectiveStatus>[0];

  it('keeps an unclaimed wish open through its expiry day, EXPIRED from the day after', () => {
    expect(effectiveStatus(wish(S.OPEN, '2026-03-10'), '2026-03-10')).toBe(S.OPEN);
    expect(effectiveStatus(wish(S.OPEN, '2026-03-10'), '2026-03-11')).toBe(S.EXPIRED);
    expect(effectiveStatus(wish(S.PENDING_APPROVAL, '2026-03-10'), '2026-03-11')).toBe(S.EXPIRED);
  });

  it('never expires a claimed, delivered or finished wish', () => {
    for (const s of [S.CLAIMED, S.DELIVERED, S.CLOSED, S.REJECTED, S.WITHDRAWN]) {
      expect(effectiveStatus(wish(s, '2020-01-01'), '2026-03-11')).toBe(s);
    }
  });

  it('adds calendar days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });
});

describe('capacities of a principal on a wish', () => {
  const base: Principal = {
    kind: 'USER',
    id: 'u',
    credentialId: 'c',
    name: 'n',
    roles: [],
    grants: [],
    partnerUnitId: null,
    personId: null,
    tenantIds: [],
    staffTenantIds: [],
    credentialExpiresAt: null,
  };
  const wish = {
    tenant: { id: 'T' },
    poster: { id: 'P' },
    claimantPartnerUnit: { id: 'U' },
    claimantPerson: null,
  };
  const grant = (role: Role, tenantId = 'T') => ({ role, tenantId, gridIds: [] });

  it('knows the poster, staff, a partner of the community and the claimant', () => {
    const poster = {
      ...base,
      roles: [Role.RESIDENT],
      grants: [grant(Role.RESIDENT)],
      personId: 'P',
      tenantIds: ['T'],
    };
    expect(capacitiesOf(poster, wish)).toEqual(caps(POSTER));
    const admin = {
      ...base,
      roles: [Role.COMMUNITY_ADMIN],
      grants: [grant(Role.COMMUNITY_ADMIN)],
      tenantIds: ['T'],
    };
    expect(capacitiesOf(admin, wish)).toEqual(caps(STAFF));
    const partner = {
      ...base,
      roles: [Role.PARTNER],
      grants: [grant(Role.PARTNER, '')],
      partnerUnitId: 'U',
      tenantIds: ['T'],
    };
    expect(capacitiesOf(partner, wish)).toEqual(caps(HELPER, CLAIMANT));
    const elsewhere = { ...partner, partnerUnitId: 'V', tenantIds: ['X'] };
    expect(capacitiesOf(elsewhere, wish)).toEqual(caps());
    const volunteer = { ...poster, personId: 'Q' };
    expect(capacitiesOf(volunteer, wish)).toEqual(caps(HELPER));
    // A volunteer of another community is no helper here.
    expect(capacitiesOf({ ...volunteer, grants: [grant(Role.RESIDENT, 'X')] }, wish)).toEqual(caps());
  });
});
