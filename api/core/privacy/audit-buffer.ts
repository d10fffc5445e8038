import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { Role } from '../auth/role.enum';
import { AuditRecord } from './audit-record.entity';
import type { RevealPurpose } from './reveal-purpose.enum';

export interface RevealEvent {
  tenantId: string;
  role: Role;
  purpose: RevealPurpose;
  entityType: string;
  entityId: string;
  field: string;
  subjectPersonId: string | null;
}

/**
 * Reveals collected during one request, written in the request's transaction just before the
 * response is sent; if writing fails, the response becomes an error (fail closed).
 */
export class AuditBuffer {
  private readonly events = new Map<string, RevealEvent>();

  record(event: RevealEvent): void {
    // The same value read twice in one response is one reveal.
    this.events.set(`${event.entityType}:${event.entityId}:${event.field}`, event);
  }

  get size(): number {
    return this.events.size;
  }

  async flush(em: EntityManager, principal: Principal, requestId: string): Promise<void> {
    if (this.events.size === 0) return;
    // insertMany writes plain rows: the entity's id initialiser does not run, and the column has no default.
    const rows = [...this.events.values()].map((e) => ({
      id: randomUUID(),
      tenant: e.tenantId,
      actorKind: principal.kind,
      actorId: principal.id,
      actorName: principal.name,
      role: e.role,
      purpose: e.purpose,
      entityType: e.entityType,
      entityId: e.entityId,
      field: e.field,
      subjectPersonId: e.subjectPersonId ?? undefined,
      requestId,
    }));
    await em.insertMany(AuditRecord, rows);
    this.events.clear();
  }
}
