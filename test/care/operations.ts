/** GraphQL operations of the care tests (issue 6: visits, the daily greeting, alerts). */

export const RECORD_VISIT = `mutation($input: HouseholdVisitRecordInput!) {
  householdVisitRecord(input: $input) {
    visit {
      id purpose visitedAt addressNote notes
      microGrid { id } grid { id } household { id } visitor { id }
      findings { id kind note household { id } case { id source } }
    }
  }
}`;

export const VISITS = `query($communityId: ID, $gridId: ID, $first: Int) {
  householdVisits(communityId: $communityId, gridId: $gridId, first: $first) {
    totalCount
    edges { node { id addressNote notes purpose community { id } resident { name } visitor { name }
      microGrid { name } findings { id kind note } } }
  }
}`;

export const VISIT = `query($id: ID!) { householdVisit(id: $id) { id addressNote notes findings { id kind } } }`;

export const LINK_HOUSEHOLD = `mutation($input: VisitFindingLinkHouseholdInput!) {
  visitFindingLinkHousehold(input: $input) { finding { id household { id } } }
}`;

export const OPEN_CASE = `mutation($input: VisitFindingOpenCaseInput!) {
  visitFindingOpenCase(input: $input) { finding { id case { id source status level } } }
}`;

export const FILE_FINDINGS = `query($id: ID!) { household(id: $id) { id visitFindings { id kind note visit { id } } } }`;

export const CASE_FINDINGS = `query($id: ID!) { householdVisit(id: $id) { findings { id case { id visitFindings { id kind } } } } }`;

export const VISIT_STATS = `query($from: LocalDate!, $to: LocalDate!, $communityId: ID) {
  visitStats(from: $from, to: $to, communityId: $communityId) {
    month visits householdFilesVisited findings findingsLinkedToFiles community { id }
  }
}`;

export const ENROL = `mutation($input: CareSubjectEnrolInput!) {
  careSubjectEnrol(input: $input) {
    subject { id checkInBy activeFrom activeUntil ackWindowMinutes person { name } grid { id } }
  }
}`;

export const UPDATE_SUBJECT = `mutation($input: CareSubjectUpdateInput!) {
  careSubjectUpdate(input: $input) { subject { id checkInBy ackWindowMinutes activeUntil } }
}`;

export const SUBJECTS = `query($first: Int) {
  careSubjects(first: $first) {
    totalCount
    edges { node { id checkInBy person { name } responsibleWorker { name } microGrid { name }
      lastCheckIn { channel day } openAlerts { id status } } }
  }
}`;

export const CHECK_IN = `mutation($input: CareCheckInRecordInput!) {
  careCheckInRecord(input: $input) {
    checkIn { id day channel recordedByRole recordedByName }
    closedAlert { id status outcome }
  }
}`;

export const CHECK_INS = `query($subjectId: ID!) { careCheckIns(subjectId: $subjectId) { totalCount edges { node { channel day } } } }`;

export const SETTINGS_UPDATE = `mutation($input: CareSettingsUpdateInput!) {
  careSettingsUpdate(input: $input) { settings { defaultCheckInBy ackWindowMinutes } }
}`;

export const ALERTS = `query($status: [CareAlertStatus!], $first: Int) {
  careAlerts(status: $status, first: $first) {
    totalCount
    edges { node { id day status escalatedAt outcome findings availableActions
      subject { id person { name } lastCheckIn { channel } } assignedWorker { name } grid { id }
      events { action fromStatus toStatus actorKind actorName actorRole } } }
  }
}`;

export const ACK = `mutation($input: CareAlertAcknowledgeInput!) {
  careAlertAcknowledge(input: $input) { alert { id status acknowledgedAt } event { action fromStatus toStatus actorRole } }
}`;

export const CLOSE = `mutation($input: CareAlertCloseInput!) {
  careAlertClose(input: $input) { alert { id status outcome findings closedAt } event { action toStatus } }
}`;

export const NOTICES = `subscription { careAlertNotices { alertId event status communityId gridId subjectName day escalated } }`;
