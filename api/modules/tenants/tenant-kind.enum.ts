import { registerEnumType } from 'type-graphql';

export enum TenantKind {
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
}

registerEnumType(TenantKind, {
  name: 'TenantKind',
  description: 'Level of a tenant in the governance tree.',
  valuesConfig: {
    DISTRICT: { description: 'District or county (区/县): the scope of district integrators.' },
    STREET: { description: 'Street or town (街道/镇): owns street-level data and reads its communities.' },
    COMMUNITY: { description: 'Community (社区): owns its grids, people and daily work.' },
  },
});
