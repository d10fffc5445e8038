export const venueEntities = [];
export const venueResolvers: Function[] = []; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
