/** GraphQL operations of the cases tests. */
export const CASE_FIELDS = `
  id category status level levelEntry source description deadlineAt overdue mediationCount satisfaction
  petitionerAccepted reporterName reporterPhone address latitude longitude originType
  community { id code }
  grid { id code }
  assigneeKind assigneeTeam { id name } assigneePartnerUnit { id name }
  attachments { reference contentType sizeBytes }
  timeline { kind fromStatus toStatus fromLevel toLevel levelEntry deadlineAt occurredAt note actorKind actorName actorRole automatic satisfaction }
`;

export const REPORT = `mutation ($input: CaseReportInput!) { caseReport(input: $input) { case { ${CASE_FIELDS} } } }`;
export const ACCEPT = `mutation ($input: CaseAcceptInput!) { caseAccept(input: $input) { case { ${CASE_FIELDS} } } }`;
export const ASSIGN = `mutation ($input: CaseAssignInput!) { caseAssign(input: $input) { case { ${CASE_FIELDS} } } }`;
export const MEDIATE = `mutation ($input: CaseMediationRecordInput!) {
  caseMediationRecord(input: $input) { case { ${CASE_FIELDS}
    mediationSessions { sequence outcome note partnerUnits { name } attendees { id } } } }
}`;
export const ESCALATE = `mutation ($input: CaseEscalateInput!) { caseEscalate(input: $input) { case { ${CASE_FIELDS} } } }`;
export const RESOLVE = `mutation ($input: CaseResolveInput!) { caseResolve(input: $input) { case { ${CASE_FIELDS} } } }`;
export const CLOSE = `mutation ($input: CaseCloseInput!) { caseClose(input: $input) { case { ${CASE_FIELDS} } } }`;
export const ATTACH = `mutation ($input: CaseAttachInput!) { caseAttach(input: $input) { case { ${CASE_FIELDS} } } }`;
export const POLICY_SET = `mutation ($input: CaseDeadlinePolicySetInput!) {
  caseDeadlinePolicySet(input: $input) { caseDeadlinePolicy { level category workingDays community { id } } }
}`;

export const CASE = `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
export const CASES = `query ($status: CaseStatus, $level: CaseLevel, $category: CaseCategory, $first: Int) {
  cases(status: $status, level: $level, category: $category, first: $first) { totalCount edges { node { id status level category } } }
}`;
export const QUEUE = `query ($level: CaseLevel, $first: Int) {
  myCaseQueue(level: $level, first: $first) { totalCount edges { node { id level status } } }
}`;
export const QUEUE_WITH_TIMELINES = `query ($first: Int) {
  myCaseQueue(first: $first) { totalCount edges { node { id level status community { code } grid { code }
    attachments { reference } mediationSessions { sequence partnerUnits { name } }
    timeline { kind actorName actorRole occurredAt } } } }
}`;
export const OVERDUE = `query { overdueCases { totalCount edges { node { id level overdue deadlineAt } } } }`;
export const STATS = `query ($tenantId: ID) {
  caseStats(tenantId: $tenantId) { total overdue rows { tenant { id name } category status level count } }
}`;
