/** GraphQL documents shared by the projects tests. */

export const PROGRAMME_CREATE = `mutation($input: ProgrammeCreateInput!) {
  programmeCreate(input: $input) { programme { id name status owner { name } } }
}`;

export const PROJECT_CREATE = `mutation($input: ProjectCreateInput!) {
  projectCreate(input: $input) { project { id name status owner { name } programme { name owner { name } } } }
}`;

export const SUB_PROJECT_CREATE = `mutation($input: SubProjectCreateInput!) {
  subProjectCreate(input: $input) {
    subProject { id name status startsOn endsOn owner { name } project { name } leadTeam { name } }
  }
}`;

export const SUB_PROJECT_UPDATE = `mutation($input: SubProjectUpdateInput!) {
  subProjectUpdate(input: $input) { subProject { id name status startsOn endsOn leadTeam { name } } }
}`;

export const TEAM_ADD = `mutation($input: SubProjectTeamInput!) {
  subProjectTeamAdd(input: $input) { subProject { supportingTeams { name } } }
}`;

export const TEAM_REMOVE = `mutation($input: SubProjectTeamInput!) {
  subProjectTeamRemove(input: $input) { subProject { supportingTeams { name } } }
}`;

export const PARTNER_ADD = `mutation($input: SubProjectPartnerAddInput!) {
  subProjectPartnerAdd(input: $input) { partner { contribution partnerUnit { name } partnership { status } } }
}`;

export const SCHEDULE_SET = `mutation($input: SubProjectScheduleSetInput!) {
  subProjectScheduleSet(input: $input) {
    subProject { schedule { frequency weekday startsOn endsOn serviceFields volunteerCount } }
  }
}`;

export const SERVICE_DATES = `query($id: ID!, $from: LocalDate!, $to: LocalDate!) {
  subProject(id: $id) { name serviceDates(from: $from, to: $to) { date field } }
}`;

export const INDICATOR_ADD = `mutation($input: OutcomeIndicatorAddInput!) {
  outcomeIndicatorAdd(input: $input) { indicator { id name unit target actual subProject { name } } }
}`;

export const MEASUREMENT_RECORD = `mutation($input: IndicatorMeasurementRecordInput!) {
  indicatorMeasurementRecord(input: $input) {
    measurement { value measuredOn note recordedByName indicator { actual actualOn } }
  }
}`;

export const INDICATOR = `query($id: ID!) { node(id: $id) { ... on OutcomeIndicator {
  name target actual actualOn measurements { value measuredOn note recordedByName } } } }`;

export const PROGRAMMES = `query($tenantId: ID, $status: ProjectStatus) {
  programmes(tenantId: $tenantId, status: $status, first: 50) {
    totalCount edges { node { name status owner { name } } }
  }
}`;

export const PROGRAMME_TREE = `query($id: ID!) {
  programme(id: $id) {
    name owner { name } projectCount subProjectCount subProjectCountsByStatus { status count }
    projects { name owner { name } subProjectCount subProjects { name status leadTeam { name }
      supportingTeams { name } partners { partnerUnit { name } } indicators { name actual } } }
  }
}`;

export const PROJECT = `query($id: ID!) { project(id: $id) { name owner { name } programme { name } subProjectCount } }`;

export const SUB_PROJECTS = `query($tenantId: ID, $projectId: ID, $status: ProjectStatus, $activeFrom: LocalDate,
  $activeTo: LocalDate, $teamId: ID) {
  subProjects(tenantId: $tenantId, projectId: $projectId, status: $status, activeFrom: $activeFrom,
    activeTo: $activeTo, teamId: $teamId, first: 100) { totalCount edges { node { name } } }
}`;

export const NODE = `query($id: ID!) { node(id: $id) { id __typename ... on Programme { name } ... on Project { name }
  ... on SubProject { name } } }`;
