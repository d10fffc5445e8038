import { Migration } from '@mikro-orm/migrations';

/**
 * A household file's history records care-round findings (issue 6): RECORD_FINDING, a step that
 * updates the situation or needs without changing the state. Nothing in the same migration run
 * uses the value (an enum value cannot be used in the transaction that adds it).
 */
export class Migration20261124020005 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "household_action" add value if not exists 'RECORD_FINDING';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop a value from an enum; the events that use it are history.
  }
}
