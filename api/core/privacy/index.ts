import { AuditResolver } from './audit.resolver';

export const privacyResolvers = [AuditResolver];
