/** The adoption operations, as a partner portal or a community frontend sends them. */
export const SUMMARY = `pledgeCount pledgedTotalFen pledgedToDateFen recordedFen deliveredFen dueToDateCount
  overdueCount overdue { pledgeId dueOn } unconfirmedCount disputedCount`;
export const PLEDGE = `id kind description amountFen frequency startsOn endsOn dueOn untilAge18 dueDates`;
export const ADOPTION = `id status adoptedAt adoptedByName endedAt endReason householdId partnerUnit { name }
  community { name } pledges { ${PLEDGE} } household { id status }`;
const EVENT = 'action fromStatus toStatus actorRole actorName note';

export const ADOPT = `mutation HouseholdAdopt($input: HouseholdAdoptInput!) {
  householdAdopt(input: $input) { adoption { ${ADOPTION} } event { ${EVENT} } }
}`;
export const END = `mutation AdoptionEnd($input: AdoptionEndInput!) {
  adoptionEnd(input: $input) { adoption { id status endedAt endReason household { status } } event { ${EVENT} } }
}`;
export const RECORD = `mutation SupportRecordCreate($input: SupportRecordCreateInput!) {
  supportRecordCreate(input: $input) {
    supportRecord { id deliveredOn amountFen item evidenceNote recordedByName recordedByRole confirmation pledge { id } }
  }
}`;
export const CONFIRM = `mutation SupportRecordConfirm($input: SupportRecordConfirmInput!) {
  supportRecordConfirm(input: $input) {
    supportRecord { id confirmation confirmedByName confirmationNote }
    followUp { id status reason note }
  }
}`;
export const RESOLVE = `mutation SupportFollowUpResolve($input: SupportFollowUpResolveInput!) {
  supportFollowUpResolve(input: $input) { followUp { id status resolution resolvedByName } }
}`;
export const FOLLOW_UPS = `query SupportFollowUps($status: SupportFollowUpStatus) {
  supportFollowUps(status: $status, first: 50) {
    totalCount edges { node { id status reason note supportRecord { id item } household { id code } } }
  }
}`;
export const ADOPTIONS = `query Adoptions($status: AdoptionStatus, $first: Int) {
  adoptions(status: $status, first: $first) { totalCount edges { node { ${ADOPTION} support { ${SUMMARY} } } } }
}`;
export const FULL_VIEW = `query AdoptedView($first: Int) {
  adoptions(first: $first) { edges { node { id status household(purpose: CARE_SERVICE) {
    id code needs situation headName headPhone address members { id relation name age isMinor }
  } } } }
}`;
export const MASKED_VIEW = `query AdoptedMasked {
  adoptions(first: 50) { edges { node { id status household { situation headName address members { name isMinor } } } } }
}`;
export const HOUSEHOLD_SUPPORT = `query HouseholdSupport($id: ID!) {
  household(id: $id) { id status adoptions { id status } support { ${SUMMARY} } }
}`;
export const HOUSEHOLDS_SUPPORT = `query HouseholdsSupport($first: Int) {
  households(first: $first) { edges { node { id status support { ${SUMMARY} } adoptions { id pledges { id } } } } }
}`;
export const MY_SUMMARY = `query MySupportSummary { mySupportSummary { ${SUMMARY} } }`;
export const TENANT_SUMMARY = `query SupportSummary($communityId: ID) {
  supportSummary(communityId: $communityId) { community { name } summary { ${SUMMARY} } }
}`;
