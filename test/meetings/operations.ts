import { toGlobalId } from '../../api/core/graphql/global-id';
import type { GraphQLResponse } from '../support/server';

/* The meetings operations as a client sends them. */

const EVENT = `action fromStatus toStatus note actorName actorRole occurredAt`;
const DECISION = `id text status dueOn closedAt responsible { id name }
  links { id householdFile { id code } case { id } }`;
const MEETING = `id kind title heldAt status agenda minutes minutesRecordedAt cancelReason cancelledAt
  tenant { name } grid { code } venue { name } convener { name } nextActions
  attendees { id role attended representativeName person { id name } partnerUnit { name } }
  decisions { ${DECISION} }
  events { ${EVENT} }`;

export const SCHEDULE = `mutation ($input: MeetingScheduleInput!) {
  meetingSchedule(input: $input) { meeting { ${MEETING} } event { ${EVENT} } } }`;
export const RECORD_MINUTES = `mutation ($input: MeetingRecordMinutesInput!) {
  meetingRecordMinutes(input: $input) { meeting { ${MEETING} } event { ${EVENT} } } }`;
export const CANCEL = `mutation ($input: MeetingCancelInput!) {
  meetingCancel(input: $input) { meeting { ${MEETING} } event { ${EVENT} } } }`;
export const ATTENDEE_ADD = `mutation ($input: MeetingAttendeeAddInput!) {
  meetingAttendeeAdd(input: $input) { attendee { id role attended partnerUnit { name } person { id } }
    meeting { id attendees { id } } event { ${EVENT} } } }`;
export const ATTENDEE_REMOVE = `mutation ($input: MeetingAttendeeRemoveInput!) {
  meetingAttendeeRemove(input: $input) { meeting { id attendees { id } } event { ${EVENT} } } }`;
export const DECISION_ADD = `mutation ($input: MeetingDecisionAddInput!) {
  meetingDecisionAdd(input: $input) { decision { ${DECISION} } meeting { id decisions { id } } event { ${EVENT} } } }`;
export const DECISION_LINK = `mutation ($input: MeetingDecisionLinkInput!) {
  meetingDecisionLink(input: $input) { link { id householdFile { id } case { id } decision { id } }
    decision { ${DECISION} } event { ${EVENT} } } }`;
export const UPDATE = `mutation ($input: MeetingUpdateInput!) {
  meetingUpdate(input: $input) { meeting { ${MEETING} } event { ${EVENT} } } }`;
export const DECISION_UNLINK = `mutation ($input: MeetingDecisionUnlinkInput!) {
  meetingDecisionUnlink(input: $input) { decision { ${DECISION} } event { ${EVENT} } } }`;
export const DECISION_STATUS = `mutation ($input: MeetingDecisionSetStatusInput!) {
  meetingDecisionSetStatus(input: $input) { decision { ${DECISION} } event { ${EVENT} } } }`;

export const MEETING_QUERY = `query ($id: ID!) { meeting(id: $id) { ${MEETING} } }`;
export const MEETINGS = `query ($kind: MeetingKind, $status: MeetingStatus, $gridId: ID, $tenantId: ID,
  $from: DateTimeISO, $to: DateTimeISO, $first: Int, $after: String, $updatedSince: DateTimeISO) {
  meetings(kind: $kind, status: $status, gridId: $gridId, tenantId: $tenantId, from: $from, to: $to,
    first: $first, after: $after, updatedSince: $updatedSince) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind title status tenant { name } } } } }`;
export const STATS = `query ($tenantId: ID, $from: DateTimeISO, $to: DateTimeISO) {
  meetingStats(tenantId: $tenantId, from: $from, to: $to) {
    byKind { kind total held scheduled cancelled }
    byTenant { tenant { name } byKind { kind total held scheduled cancelled } } } }`;
export const FILE_DECISIONS = `query ($id: ID!) { household(id: $id) { id meetingDecisions { id text meeting { title } } } }`;
export const NODE = `query ($id: ID!) { node(id: $id) { id __typename } }`;

export const gid = (type: string, row: { id: string }) => toGlobalId(type, row.id);

/** Fails with the server's errors when a call that should succeed did not. */
export function ok<T = Record<string, any>>(res: GraphQLResponse<T>): T {
  if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  if (res.data === null) throw new Error('no data');
  return res.data;
}

/** The error code of a failed call (and that it failed). */
export function codeOf(res: GraphQLResponse): string {
  if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  return res.errors[0].extensions.code as string;
}

/** The error's code and field (BAD_USER_INPUT names the input field). */
export function errorOf(res: GraphQLResponse): { code: string; field?: string } {
  if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  const { code, field } = res.errors[0].extensions as { code: string; field?: string };
  return field === undefined ? { code } : { code, field };
}
