export const organisationResolvers = [];
