import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { Case } from './case.entity';
import {
  CaseAcceptInput,
  CaseAssignInput,
  CaseAttachInput,
  CaseCloseInput,
  CaseDeadlinePolicySetInput,
  CaseEscalateInput,
  CaseListArgs,
  CaseMediationRecordInput,
  CaseReportInput,
  CaseResolveInput,
  CaseStatsArgs,
  MyCaseQueueArgs,
  OverdueCasesArgs,
} from './case.inputs';
import {
  CASE_CLOSERS,
  CASE_HANDLERS,
  CASE_READERS,
  CASE_REPORTERS,
  CASE_STATS_READERS,
  DEADLINE_POLICY_WRITERS,
} from './case.policy';
import {
  caseDeadlinePolicySet,
  caseStats,
  getCase,
  listCases,
  myCaseQueue,
  overdueCases,
} from './case-queries.service';
import { caseReport } from './case-report.service';
import {
  caseAccept,
  caseAssign,
  caseAttach,
  caseClose,
  caseEscalate,
  caseMediationRecord,
  caseResolve,
} from './case-workflow.service';
import { CaseConnection, CaseDeadlinePolicyPayload, CasePayload, CaseStats } from './case.types';

const payload = async (c: Promise<Case>): Promise<CasePayload> => ({ case: await c });

/** Queries and mutations of cases (矛盾纠纷/诉求/隐患); each a single service call. */
@Resolver(() => Case)
export class CaseResolver {
  @Authorized(CASE_READERS)
  @Query(() => CaseConnection, {
    description:
      'Cases you may read, oldest first: a community admin its community’s; a street admin its communities’ cases ' +
      'once they reached the street; a district integrator its subtree (masked); a grid worker its grids’ cases ' +
      '(also after escalation); residents and mobile probes the cases they reported.',
  })
  cases(@Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: RequestContext) {
    return listCases(ctx, args);
  }

  @Authorized(CASE_READERS)
  @Query(() => Case, {
    description: 'One case you may read, by global id, with its timeline; NOT_FOUND otherwise.',
  })
  case(
    @Arg('id', () => ID, { description: 'Global id of the case.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return getCase(ctx, id);
  }

  @Authorized(CASE_HANDLERS)
  @Query(() => CaseConnection, {
    description:
      'Your queue (待办): open cases at the level you handle — a grid worker’s grids at GRID, a community admin’s ' +
      'community at COMMUNITY, a street admin’s communities at STREET, a district integrator’s subtree at DISTRICT.',
  })
  myCaseQueue(@Args(() => MyCaseQueueArgs) args: MyCaseQueueArgs, @Ctx() ctx: RequestContext) {
    return myCaseQueue(ctx, args);
  }

  @Authorized(CASE_HANDLERS)
  @Query(() => CaseConnection, {
    description: 'Open cases you may read whose level deadline (办理时限) has passed (超期), oldest first.',
  })
  overdueCases(@Args(() => OverdueCasesArgs) args: OverdueCasesArgs, @Ctx() ctx: RequestContext) {
    return overdueCases(ctx, args);
  }

  @Authorized(CASE_STATS_READERS)
  @Query(() => CaseStats, {
    description:
      'Case counts (案件统计) by category, status and level for a tenant and its subtree, each row attributed to its ' +
      'community; optionally only cases reported in [from, to).',
  })
  caseStats(@Args(() => CaseStatsArgs) args: CaseStatsArgs, @Ctx() ctx: RequestContext) {
    return caseStats(ctx, args);
  }

  @Authorized(CASE_REPORTERS)
  @Mutation(() => CasePayload, {
    description:
      'Report a case (上报): a resident as itself, a grid worker from a round, a mobile probe from the street, ' +
      'community staff for someone. It starts at GRID when its grid is known, else at COMMUNITY, with that ' +
      'level’s deadline in working days; past it the case escalates by itself.',
  })
  caseReport(
    @Arg('input', () => CaseReportInput, { description: 'The case.' }) input: CaseReportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(caseReport(ctx, input));
  }

  @Authorized(CASE_HANDLERS)
  @Mutation(() => CasePayload, { description: 'Accept (受理) a reported case at your level.' })
  caseAccept(
    @Arg('input', () => CaseAcceptInput, { description: 'The case.' }) input: CaseAcceptInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(caseAccept(ctx, input));
  }

  @Authorized(CASE_HANDLERS)
  @Mutation(() => CasePayload, {
    description:
      'Assign (分派) an accepted case to a person, a team (e.g. 调解千千结) or a partner unit in partnership with the community.',
  })
  caseAssign(
    @Arg('input', () => CaseAssignInput, { description: 'The case and the assignee.' })
    input: CaseAssignInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(caseAssign(ctx, input));
  }

  @Authorized(CASE_HANDLERS)
  @Mutation(() => CasePayload, {
    description:
      'Record a mediation session (调解) with its attendees and outcome; sessions are numbered per case.',
  })
  caseMediationRecord(
    @Arg('input', () => CaseMediationRecordInput, { description: 'The session.' })
    input: CaseMediationRecordInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(caseMediationRecord(ctx, input));
  }

  @Authorized(CASE_HANDLERS)
  @Mutation(() => CasePayload, {
    description:
      'Escalate (上报上级) a case your level cannot settle: it moves to the next level with that level’s deadline, ' +
      'and your level keeps reading it. At DISTRICT this is INVALID_TRANSITION (there is no level above).',
  })
  caseEscalate(
    @Arg('input', () => CaseEscalateInput, { description: 'The case, and why.' }) input: CaseEscalateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(caseEscalate(ctx, input));
  }

  @Authorized(CASE_HANDLERS)
  @Mutation(() => CasePayload, { description: 'Resolve (办结) a case, saying how; its deadline stops.' })
  caseResolve(
    @Arg('input', () => CaseResolveInput, { description: 'The case and how it was resolved.' })
    input: CaseResolveInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(caseResolve(ctx, input));
  }

  @Authorized(CASE_CLOSERS)
  @Mutation(() => CasePayload, {
    description:
      'Close (结案) a resolved case with the satisfaction rating (1–5), by the reporter or by staff on its behalf. ' +
      'A petition (信访) needs petitionerAccepts: true; false reopens it at the same level (REOPENED).',
  })
  caseClose(
    @Arg('input', () => CaseCloseInput, { description: 'The case and the rating.' }) input: CaseCloseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(caseClose(ctx, input));
  }

  @Authorized(CASE_CLOSERS)
  @Mutation(() => CasePayload, {
    description: 'Add photos (by reference) to a case that is not closed: the reporter or the level’s staff.',
  })
  caseAttach(
    @Arg('input', () => CaseAttachInput, { description: 'The case and the photos.' }) input: CaseAttachInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(caseAttach(ctx, input));
  }

  @Authorized(DEADLINE_POLICY_WRITERS)
  @Mutation(() => CaseDeadlinePolicyPayload, {
    description:
      'Set a community’s time limit (办理时限) for a level, for one category or all, in working days; used for ' +
      'levels entered from now on. Defaults: GRID 3, COMMUNITY 7, STREET 15, DISTRICT 30 (petitions 5/10/15/30).',
  })
  async caseDeadlinePolicySet(
    @Arg('input', () => CaseDeadlinePolicySetInput, { description: 'The limit.' })
    input: CaseDeadlinePolicySetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseDeadlinePolicyPayload> {
    return { caseDeadlinePolicy: await caseDeadlinePolicySet(ctx, input) };
  }
}
