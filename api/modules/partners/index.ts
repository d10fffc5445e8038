import { PartnerUnit } from './partner-unit.entity';
import { Partnership } from './partnership.entity';

export { PartnerUnit, Partnership };
export const partnerEntities = [PartnerUnit, Partnership];
export const partnerResolvers: Function[] = []; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
