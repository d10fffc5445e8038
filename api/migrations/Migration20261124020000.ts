import { Migration } from '@mikro-orm/migrations';

/**
 * Two machine roles issued for one community (issue 6): DEVICE (a smart doorbell recording daily
 * check-ins) and MOBILE_PROBE (couriers, riders, sanitation workers reporting cases). A value added
 * to an enum cannot be used in the transaction that adds it, so no later migration of the same
 * run may name these two in a default or a check.
 */
export class Migration20261124020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "role" add value if not exists 'DEVICE';`);
    this.addSql(`alter type "role" add value if not exists 'MOBILE_PROBE';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop a value from an enum; keys with these roles are revoked instead.
    this.addSql(
      `update "api_key" set "revoked_at" = now() where "role"::text in ('DEVICE', 'MOBILE_PROBE') and "revoked_at" is null;`,
    );
  }
}
