export const adminResolvers = [];
