/** The GraphQL operations the benchmark sends, and what a correct answer to each looks like. */

export const TYPENAME = '{ __typename }';

export const NESTED_COMMUNITIES = `query NestedCommunities($first: Int) {
  communities(first: $first) {
    edges { node { name grids { name microGrids { name leader { name } } assignments { role person { name phone } } } } }
  }
}`;

export const INTEGRATOR_COMMUNITIES = `query IntegratorCommunities($first: Int, $after: String) {
  communities(first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node { id name code parent { name } profile { compounds buildings } } }
  }
}`;

export const PROGRAMME_TREE = `query ProgrammeTree($first: Int) {
  programmes(first: $first) {
    edges { node { name projectCount subProjectCount projects { name subProjectCount
      subProjects { name status startsOn leadTeam { name kind } supportingTeams { name }
        indicators { name unit target actual } } } } }
  }
}`;

export const PARTNER_PUBLISHED_HOUSEHOLDS = `query PartnerPublishedHouseholds($first: Int) {
  publishedHouseholds(first: $first) {
    totalCount
    edges { node { id maskedName categories needs reasonForSupport community { name } memberCount
      members { relation initial age isMinor } } }
  }
}`;

export const PARTNER_ADOPTIONS_SUPPORT = `query PartnerAdoptionsSupport($first: Int) {
  adoptions(first: $first) {
    edges { node { status adoptedAt community { name }
      support { pledgedTotalFen pledgedToDateFen recordedFen deliveredFen overdueCount unconfirmedCount overdue { dueOn } }
      pledges { kind amountFen frequency dueDates support { pledgedToDateFen deliveredFen overdueCount } } } }
  }
}`;

export const CASE_QUEUE = `query CaseQueue($first: Int) {
  myCaseQueue(first: $first) {
    totalCount
    edges { node { id category status level deadlineAt overdue reporterName grid { name }
      assigneePerson { name } timeline { kind toStatus toLevel occurredAt actorName } } }
  }
}`;

export const CASE_TIMELINE = `query CaseTimeline($id: ID!) {
  case(id: $id) {
    id category status level deadlineAt overdue description reporterName reporterPhone community { name }
    grid { name } assigneePerson { name }
    timeline { kind fromStatus toStatus fromLevel toLevel occurredAt actorName actorRole note }
    mediationSessions { sequence heldAt outcome note attendees { name } partnerUnits { name } }
  }
}`;

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

type Edges = { node: Record<string, unknown> }[];

const edgesOf = (body: GraphQLBody, list = 'communities'): Edges =>
  ((body.data?.[list] as { edges?: Edges } | undefined)?.edges ?? []) as Edges;

type Tree = {
  projects: { subProjects: { leadTeam?: { name?: string }; indicators: { actual: number | null }[] }[] }[];
};

/** A programme tree answer: every programme has its projects, sub-projects, lead teams and figures. */
function checkProgrammes(body: GraphQLBody, first: number): string | null {
  const edges = edgesOf(body, 'programmes');
  if (edges.length !== first) return `expected ${first} programmes, got ${edges.length}`;
  const subs = edges.flatMap((e) => (e.node as unknown as Tree).projects.flatMap((p) => p.subProjects));
  if (subs.length === 0) return 'no sub-projects under the programmes';
  if (!subs.every((s) => s.leadTeam?.name)) return 'a sub-project without its lead team';
  if (!subs.every((s) => typeof s.indicators[0]?.actual === 'number'))
    return 'an indicator without its actual value';
  return null;
}

/**
 * Checks one answer before a scenario is timed, so a benchmark never measures a fast error:
 * returns what is wrong, or null. (During the run only the HTTP status and an `"errors"` key
 * are checked, which is what the load generator can afford per response.)
 */
export function checkAnswer(scenario: string, body: GraphQLBody, first: number): string | null {
  if (body.errors?.length) {
    const e = body.errors[0];
    return `GraphQL error ${e.extensions?.code ?? ''}: ${e.message}`;
  }
  if (scenario === 'typename') return body.data?.__typename === 'Query' ? null : 'no __typename';
  if (scenario === 'programmes') return checkProgrammes(body, first);
  if (scenario === 'adoptions') {
    const adoptions = edgesOf(body, 'adoptions');
    if (adoptions.length !== first) return `expected ${first} adoptions, got ${adoptions.length}`;
    const support = (adoptions[0].node as { support?: { pledgedToDateFen?: number; deliveredFen?: number } })
      .support;
    if (!support || support.pledgedToDateFen !== 480000 || support.deliveredFen !== 360000)
      return `pledged vs delivered wrong: ${JSON.stringify(support)}`;
    return null;
  }
  if (scenario === 'case-queue') {
    const cases = edgesOf(body, 'myCaseQueue');
    if (cases.length !== first) return `expected ${first} cases in the queue, got ${cases.length}`;
    const node = cases[0].node as { timeline?: unknown[]; reporterName?: string; level?: string };
    if (node.level !== 'COMMUNITY') return `a queue case at level ${node.level}`;
    if (!node.timeline?.length) return 'queue case without its timeline';
    if (!node.reporterName?.includes('*')) return 'reporter missing or not masked';
    return null;
  }
  if (scenario === 'case-timeline') {
    const c = body.data?.case as
      { timeline?: unknown[]; mediationSessions?: { attendees: unknown[] }[] } | undefined;
    if (c?.timeline?.length !== 4) return `expected 4 timeline events, got ${c?.timeline?.length}`;
    if (c.mediationSessions?.length !== 2 || c.mediationSessions[0].attendees.length !== 2)
      return 'mediation sessions or their attendees missing';
    return null;
  }
  if (scenario === 'households') {
    const households = edgesOf(body, 'publishedHouseholds');
    if (households.length !== first)
      return `expected ${first} published households, got ${households.length}`;
    const node = households[0].node as { maskedName?: string; members?: { initial?: string }[] };
    if (!node.maskedName?.includes('*')) return 'household name missing or not masked';
    if (!node.members?.length || !node.members[0].initial) return 'household members missing';
    return null;
  }
  const edges = edgesOf(body);
  if (edges.length !== first) return `expected ${first} communities, got ${edges.length}`;
  if (scenario.startsWith('nested')) {
    const grids = edges.flatMap((e) => (e.node.grids ?? []) as Record<string, unknown[]>[]);
    if (grids.length === 0) return 'no grids under the communities';
    if (!grids.some((g) => g.microGrids?.length) || !grids.some((g) => g.assignments?.length))
      return 'no micro-grids or assignments under the grids';
    const leader = (grids[0].microGrids?.[0] as { leader?: { name?: string } } | undefined)?.leader;
    if (!leader?.name?.includes('*')) return 'micro-grid leader missing or not masked';
  } else {
    const node = edges[0].node as { profile?: { compounds?: number }; parent?: { name?: string } };
    if (typeof node.profile?.compounds !== 'number') return 'community profile missing';
    if (!node.parent?.name) return 'community parent missing';
  }
  return null;
}

/** Cheap per-response check for the load generator: any GraphQL error fails the run. */
export const hasNoErrors = (body: string | Buffer | undefined): boolean =>
  body !== undefined && !String(body).includes('"errors":');
