export const authResolvers = [];
