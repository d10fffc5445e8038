/** The households operations, as a community frontend, a partner portal or an integrator sends them. */
export const FILE_FIELDS = `id code status categories disabilityGrade situation needs reasonForSupport noticeEndsAt
  displayName nextActions community { name } grid { name } microGrid { name } gridWorker { name }
  members { relation age isMinor person { name birthDate } }`;
export const EVENT_FIELDS = 'action fromStatus toStatus note actorKind actorName actorRole occurredAt';

export const CREATE = `mutation HouseholdCreate($input: HouseholdCreateInput!) {
  householdCreate(input: $input) { household { ${FILE_FIELDS} events { ${EVENT_FIELDS} } } }
}`;
export const UPDATE = `mutation HouseholdUpdate($input: HouseholdUpdateInput!) {
  householdUpdate(input: $input) { household { ${FILE_FIELDS} } }
}`;
const step = (name: string, input: string) => `mutation($input: ${input}!) {
  ${name}(input: $input) { household { id status noticeEndsAt } event { ${EVENT_FIELDS} } }
}`;
export const SUBMIT = step('householdSubmit', 'HouseholdStepInput');
export const REVIEW = step('householdReview', 'HouseholdReviewInput');
export const PUBLISH = step('householdPublish', 'HouseholdStepInput');
export const CLOSE = step('householdClose', 'HouseholdStepInput');

export const HOUSEHOLD = `query Household($id: ID!) { household(id: $id) { ${FILE_FIELDS} events { ${EVENT_FIELDS} } } }`;
export const HOUSEHOLD_REVEAL = `query HouseholdReveal($id: ID!) @reveal(purpose: CARE_SERVICE) {
  household(id: $id) { id displayName situation members { person { name birthDate } } objections { objectorName } }
}`;
export const HOUSEHOLDS = `query Households($communityId: ID, $status: HouseholdStatus, $category: HouseholdCategory, $first: Int) {
  households(communityId: $communityId, status: $status, category: $category, first: $first) {
    totalCount edges { node { id code status displayName situation community { name } } }
  }
}`;

export const RAISE = `mutation HouseholdObjectionRaise($input: HouseholdObjectionRaiseInput!) {
  householdObjectionRaise(input: $input) { objection { id text status objectorName } }
}`;
export const ANSWER = `mutation HouseholdObjectionAnswer($input: HouseholdObjectionAnswerInput!) {
  householdObjectionAnswer(input: $input) { objection { id status answer answeredByName } }
}`;
export const OBJECTIONS = `query($id: ID!) { household(id: $id) { status objections { id text status objectorName answer } } }`;

export const NOTICES = `query HouseholdNotices($communityId: ID, $first: Int) {
  householdNotices(communityId: $communityId, first: $first) {
    totalCount edges { node { id categories gridName maskedName reasonForSupport noticeEndsAt community { name } } }
  }
}`;
export const PUBLISHED = `query PublishedHouseholds($communityId: ID, $category: HouseholdCategory) {
  publishedHouseholds(communityId: $communityId, category: $category, first: 50) {
    totalCount edges { node { id categories disabilityGrade needs reasonForSupport status maskedName memberCount
      community { name } members { relation initial age isMinor } } }
  }
}`;
export const STATS = `query HouseholdStats($communityId: ID) {
  householdStats(communityId: $communityId) {
    total community { name } byStatus { status count } byCategory { category count }
  }
}`;
