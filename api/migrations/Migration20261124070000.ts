import { Migration } from '@mikro-orm/migrations';

/**
 * Every tenant_scope policy compares inside `coalesce(…, false)`: the same rows pass, but
 * PostgreSQL no longer uses the policy as an index condition. It cannot see how many ids the
 * scope setting holds and guesses ten, so beside a loader's own index (310 people by primary
 * key, a grid's micro-grids) it also read the tenant index for every tenant of a district's
 * scope, or combined the two (EXPLAIN ANALYZE: 23 ms instead of 0.6 for a page's grids on a
 * prepared statement). Queries carry their own tenant condition, with the ids, to choose indexes.
 */
const OLD = 'tenant_id = any ((select app_scope_tenant_ids())::uuid[])';
const NEW = `coalesce(${OLD}, false)`;

function alterAll(condition: string): string {
  return `do $$
declare t record;
begin
  for t in select tablename from pg_policies where policyname = 'tenant_scope' and schemaname = current_schema() loop
    execute format('alter policy tenant_scope on %I using (${condition}) with check (${condition})', t.tablename);
  end loop;
end $$;`;
}

export class Migration20261124070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(alterAll(NEW));
  }

  override async down(): Promise<void> {
    this.addSql(alterAll(OLD));
  }
}
