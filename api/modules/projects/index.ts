export const projectEntities = [];
export const projectResolvers: Function[] = []; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
