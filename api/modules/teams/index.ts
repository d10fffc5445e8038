import { Team } from './team.entity';

export { Team };
export const teamEntities = [Team];
export const teamResolvers: Function[] = []; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
