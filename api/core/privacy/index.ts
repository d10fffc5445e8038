export const privacyResolvers = [];
