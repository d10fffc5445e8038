import { registerEnumType } from 'type-graphql';

/** Roles of DOMAIN.md's role table; what each may do is declared with @Authorized on the schema. */
export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  DISTRICT_INTEGRATOR = 'DISTRICT_INTEGRATOR',
  STREET_ADMIN = 'STREET_ADMIN',
  COMMUNITY_ADMIN = 'COMMUNITY_ADMIN',
  GRID_WORKER = 'GRID_WORKER',
  TEAM_LEADER = 'TEAM_LEADER',
  PARTNER = 'PARTNER',
  RESIDENT = 'RESIDENT',
  DEVICE = 'DEVICE',
  MOBILE_PROBE = 'MOBILE_PROBE',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a principal may do (DOMAIN.md role table).',
  valuesConfig: {
    PLATFORM_ADMIN: {
      description: 'Platform operator: provisions tenants and issues keys (admin path only).',
    },
    DISTRICT_INTEGRATOR: {
      description: "A district's system (区级平台), by API key: reads its subtree, masked.",
    },
    STREET_ADMIN: { description: 'Street office staff (街道): manages street data, reads its communities.' },
    COMMUNITY_ADMIN: {
      description: 'Community "two committees" staff (社区两委): everything in the community.',
    },
    GRID_WORKER: {
      description: 'Grid leader, grid worker or grid steward (网格长/网格员/网格管家) in their grids.',
    },
    TEAM_LEADER: { description: 'Leader of a volunteer team (志愿服务队队长).' },
    PARTNER: { description: 'A co-building partner unit (共建单位), in the tenants it partners with.' },
    RESIDENT: { description: 'A resident or volunteer (居民/志愿者) in a community frontend.' },
    DEVICE: {
      description:
        "A community's device by API key, e.g. a smart doorbell (智能门铃) recording daily check-ins.",
    },
    MOBILE_PROBE: {
      description:
        'A mobile probe (移动探头) by API key: couriers, delivery riders, sanitation workers and 小蜜蜂 who report cases from the street.',
    },
  },
});

/** Machine principals issued for one community (devices and mobile probes): they report, nothing more. */
export const COMMUNITY_KEY_ROLES: readonly Role[] = [Role.DEVICE, Role.MOBILE_PROBE];

/** Roles of a tenant's own staff: the only ones who may ever reveal personal data. */
export const STAFF_ROLES: readonly Role[] = [Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER];
/** Everyone who reads the organisation of a tenant (grids, people masked). */
export const ORGANISATION_READERS: readonly Role[] = [
  Role.DISTRICT_INTEGRATOR,
  Role.STREET_ADMIN,
  Role.COMMUNITY_ADMIN,
  Role.GRID_WORKER,
];
