import {
  CASE_QUEUE,
  CASE_TIMELINE,
  INTEGRATOR_COMMUNITIES,
  NESTED_COMMUNITIES,
  PROGRAMME_TREE,
  PARTNER_PUBLISHED_HOUSEHOLDS,
  PARTNER_ADOPTIONS_SUPPORT,
  TYPENAME,
  type Operation,
} from './operations';
import type { ScenarioName } from './options';
import type { ServerMode } from './server-process';

/** What each scenario sends, to which server, as whom, and how its answer is checked. */
export interface Scenario {
  name: ScenarioName;
  server: ServerMode;
  description: string;
  operation: Operation;
  check:
    | 'typename'
    | 'nested'
    | 'integrator'
    | 'programmes'
    | 'households'
    | 'adoptions'
    | 'case-queue'
    | 'case-timeline';
  /**
   * Who sends it: the district integrator (default), the partner of the first communities, or
   * the first community's admin.
   */
  as?: 'partner' | 'communityAdmin';
  /** The operation's `id` variable is the dataset's case (known only once it is generated). */
  withCaseId?: boolean;
  first: number;
}

const nested = (first: number): Operation => ({ query: NESTED_COMMUNITIES, variables: { first } });

export const DEFINITIONS: Record<ScenarioName, Omit<Scenario, 'name'>> = {
  typename: {
    server: 'api',
    description:
      '{ __typename } through the full stack with the integrator key (auth, limits, audit, context)',
    operation: { query: TYPENAME },
    check: 'typename',
    first: 0,
  },
  'typename-bare': {
    server: 'bare',
    description: '{ __typename } on a bare Apollo Server (same versions, trivial schema, no plugins)',
    operation: { query: TYPENAME },
    check: 'typename',
    first: 0,
  },
  'nested-community-10': {
    server: 'api',
    description: 'communities → grids → micro-grids → leader, assignments → person; first=10',
    operation: nested(10),
    check: 'nested',
    first: 10,
  },
  'nested-community-50': {
    server: 'api',
    description: 'the same nested query, first=50',
    operation: nested(50),
    check: 'nested',
    first: 50,
  },
  'raw-nested-community-10': {
    server: 'raw',
    description:
      'the nested query answered by node:http + pg (same transaction, RLS, batched reads); first=10',
    operation: nested(10),
    check: 'nested',
    first: 10,
  },
  'raw-nested-community-50': {
    server: 'raw',
    description: 'the raw baseline, first=50',
    operation: nested(50),
    check: 'nested',
    first: 50,
  },
  'integrator-communities': {
    server: 'api',
    description: "an integrator's page of communities with totalCount, parent and profile; first=50",
    operation: { query: INTEGRATOR_COMMUNITIES, variables: { first: 50 } },
    check: 'integrator',
    first: 50,
  },
  'programme-tree-10': {
    server: 'api',
    description:
      'programmes → projects → sub-projects → lead and supporting teams, indicators with actuals; first=10',
    operation: { query: PROGRAMME_TREE, variables: { first: 10 } },
    check: 'programmes',
    first: 10,
  },
  'programme-tree-50': {
    server: 'api',
    description: 'the same programme tree, first=50 (its SQL count must equal first=10)',
    operation: { query: PROGRAMME_TREE, variables: { first: 50 } },
    check: 'programmes',
    first: 50,
  },
  'partner-published-households': {
    server: 'api',
    description:
      "a partner's published households (masked) across the communities it partners with; first=50",
    operation: { query: PARTNER_PUBLISHED_HOUSEHOLDS, variables: { first: 50 } },
    check: 'households',
    first: 50,
    as: 'partner',
  },
  'partner-pledged-vs-delivered': {
    server: 'api',
    description:
      "a partner's adoptions with pledged against delivered and overdue, per household and per pledge; first=50",
    operation: { query: PARTNER_ADOPTIONS_SUPPORT, variables: { first: 50 } },
    check: 'adoptions',
    first: 50,
    as: 'partner',
  },
  'case-queue-50': {
    server: 'api',
    description:
      "a community admin's case queue (待办) with each case's grid, assignee, masked reporter and timeline; first=50",
    operation: { query: CASE_QUEUE, variables: { first: 50 } },
    check: 'case-queue',
    first: 50,
    as: 'communityAdmin',
  },
  'case-timeline': {
    server: 'api',
    description: "one case's timeline (时间线) with its mediation sessions and their attendees",
    operation: { query: CASE_TIMELINE },
    check: 'case-timeline',
    first: 1,
    as: 'communityAdmin',
    withCaseId: true,
  },
};

/**
 * The pairs a target compares. When both are selected they run interleaved: after each one's
 * warm-up, `rounds` alternating slices (A B, B A, A B, …) share the timed duration, so a shared
 * machine's drift over the minutes of a run reaches both sides alike instead of entering the ratio.
 */
export const PAIRS: readonly (readonly [ScenarioName, ScenarioName])[] = [
  ['typename', 'typename-bare'],
  ['nested-community-10', 'raw-nested-community-10'],
  ['nested-community-50', 'raw-nested-community-50'],
];
