// Registered in api/db/entities.ts and api/app/schema.ts; filled in by issue 6.
export const meetingEntities = [];
export const meetingResolvers = [];
