import { Migration } from '@mikro-orm/migrations';

/**
 * Households in need (一户一档): files, members, the append-only workflow history and objections
 * raised during the public notice; and the job queue (pg-boss) that ends notice periods.
 * Written by hand in the generator's style (issue 5 runs several modules at once).
 */
export class Migration20261123235001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "household_status" as enum ('DRAFT', 'SUBMITTED', 'REJECTED', 'PUBLIC_NOTICE', 'PUBLISHED', 'ADOPTED', 'SUPPORT_UNDER_WAY', 'WITHDRAWN', 'CLOSED');`,
    );
    this.addSql(
      `create type "household_relation" as enum ('HEAD', 'SPOUSE', 'CHILD', 'GRANDCHILD', 'PARENT', 'OTHER');`,
    );
    this.addSql(
      `create type "household_action" as enum ('CREATE', 'SUBMIT', 'APPROVE', 'REJECT', 'PUBLISH', 'WITHDRAW', 'ADOPT', 'START_SUPPORT', 'END_ADOPTION', 'CLOSE');`,
    );
    this.addSql(`create type "household_objection_status" as enum ('OPEN', 'DISMISSED', 'UPHELD');`);

    this.addSql(
      `create table "household_file" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "code" varchar(32) not null, "grid_id" uuid not null, "micro_grid_id" uuid not null, "grid_worker_id" uuid not null, "head_id" uuid not null, "categories" text[] not null, "disability_grade" smallint null, "situation" text null, "needs" text not null, "reason_for_support" varchar(200) not null, "status" "household_status" not null default 'DRAFT', "notice_ends_at" timestamptz null, constraint "household_file_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_file_updated_at_index" on "household_file" ("updated_at");`);
    this.addSql(`create index "household_file_tenant_id_index" on "household_file" ("tenant_id");`);
    this.addSql(`create index "household_file_grid_id_index" on "household_file" ("grid_id");`);
    this.addSql(`create index "household_file_micro_grid_id_index" on "household_file" ("micro_grid_id");`);
    this.addSql(`create index "household_file_grid_worker_id_index" on "household_file" ("grid_worker_id");`);
    this.addSql(`create index "household_file_head_id_index" on "household_file" ("head_id");`);
    this.addSql(
      `create index "household_file_tenant_id_created_at_id_index" on "household_file" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "household_file_tenant_id_status_index" on "household_file" ("tenant_id", "status");`,
    );
    this.addSql(
      `alter table "household_file" add constraint "household_file_tenant_id_code_unique" unique ("tenant_id", "code");`,
    );

    this.addSql(
      `create table "household_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "household_id" uuid not null, "person_id" uuid not null, "relation" "household_relation" not null, constraint "household_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_member_updated_at_index" on "household_member" ("updated_at");`);
    this.addSql(`create index "household_member_tenant_id_index" on "household_member" ("tenant_id");`);
    this.addSql(`create index "household_member_household_id_index" on "household_member" ("household_id");`);
    this.addSql(`create index "household_member_person_id_index" on "household_member" ("person_id");`);
    this.addSql(
      `alter table "household_member" add constraint "household_member_household_id_person_id_unique" unique ("household_id", "person_id");`,
    );

    this.addSql(
      `create table "household_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "household_id" uuid not null, "action" "household_action" not null, "from_status" "household_status" null, "to_status" "household_status" not null, "note" text null, "actor_kind" varchar(16) not null, "actor_id" uuid null, "actor_name" varchar(200) not null, "actor_role" varchar(32) not null, "occurred_at" timestamptz not null, constraint "household_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_event_updated_at_index" on "household_event" ("updated_at");`);
    this.addSql(`create index "household_event_tenant_id_index" on "household_event" ("tenant_id");`);
    this.addSql(`create index "household_event_household_id_index" on "household_event" ("household_id");`);
    this.addSql(
      `create index "household_event_household_id_occurred_at_index" on "household_event" ("household_id", "occurred_at");`,
    );

    this.addSql(
      `create table "household_objection" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "household_id" uuid not null, "text" text not null, "status" "household_objection_status" not null default 'OPEN', "objector_kind" varchar(16) not null, "objector_id" uuid not null, "objector_name" varchar(200) not null, "objector_person_id" uuid null, "answer" text null, "answered_at" timestamptz null, "answered_by_name" varchar(200) null, constraint "household_objection_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "household_objection_updated_at_index" on "household_objection" ("updated_at");`,
    );
    this.addSql(`create index "household_objection_tenant_id_index" on "household_objection" ("tenant_id");`);
    this.addSql(
      `create index "household_objection_household_id_index" on "household_objection" ("household_id");`,
    );

    this.addSql(
      `alter table "household_file" add constraint "household_file_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "household_file" add constraint "household_file_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household_file" add constraint "household_file_micro_grid_id_foreign" foreign key ("micro_grid_id") references "micro_grid" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household_file" add constraint "household_file_grid_worker_id_foreign" foreign key ("grid_worker_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household_file" add constraint "household_file_head_id_foreign" foreign key ("head_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household_member" add constraint "household_member_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "household_member" add constraint "household_member_household_id_foreign" foreign key ("household_id") references "household_file" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "household_member" add constraint "household_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household_event" add constraint "household_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "household_event" add constraint "household_event_household_id_foreign" foreign key ("household_id") references "household_file" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household_objection" add constraint "household_objection_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "household_objection" add constraint "household_objection_household_id_foreign" foreign key ("household_id") references "household_file" ("id") on update cascade;`,
    );

    // Same-tenant references (hand-written): a file, its members, history and objections, and
    // the grid, micro-grid and people they name all belong to one community.
    this.addSql(
      `alter table "household_file" add constraint "household_file_tenant_id_id_unique" unique ("tenant_id", "id");`,
    );
    // micro_grid lacked it; another module of the same release may add it too, hence the guard.
    this.addSql(`do $$ begin
  if not exists (select 1 from pg_constraint where conname = 'micro_grid_tenant_id_id_unique') then
    alter table "micro_grid" add constraint "micro_grid_tenant_id_id_unique" unique ("tenant_id", "id");
  end if;
end $$;`);
    const sameTenant: [string, string, string, string][] = [
      ['household_file', 'grid', 'grid_id', 'grid'],
      ['household_file', 'micro_grid', 'micro_grid_id', 'micro_grid'],
      ['household_file', 'grid_worker', 'grid_worker_id', 'person'],
      ['household_file', 'head', 'head_id', 'person'],
      ['household_member', 'household', 'household_id', 'household_file'],
      ['household_member', 'person', 'person_id', 'person'],
      ['household_event', 'household', 'household_id', 'household_file'],
      ['household_objection', 'household', 'household_id', 'household_file'],
    ];
    for (const [table, name, column, parent] of sameTenant) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_same_tenant_${name}" foreign key ("tenant_id", "${column}") references "${parent}" ("tenant_id", "id");`,
      );
    }
    // Hand-written checks: a disability grade is 1–4; at least one category.
    this.addSql(
      `alter table "household_file" add constraint "household_file_disability_grade_check" check ("disability_grade" between 1 and 4);`,
    );
    this.addSql(
      `alter table "household_file" add constraint "household_file_categories_check" check (cardinality("categories") >= 1);`,
    );

    // Row-level security (api/db/rls.ts, written out).
    for (const table of ['household_file', 'household_member', 'household_event', 'household_objection']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`drop policy if exists tenant_scope on "${table}";`);
      this.addSql(
        `create policy tenant_scope on "${table}" using (tenant_id = any ((select app_scope_tenant_ids())::uuid[])) with check (tenant_id = any ((select app_scope_tenant_ids())::uuid[]));`,
      );
    }

    // The job queue. pg-boss keeps jobs as rows in its own schema; created here (not by the
    // runner's start) so that every database can enqueue jobs inside a request's transaction,
    // whether or not a runner ever starts against it. This is pg-boss 10.4.2's construction
    // plan for schema version 24 (`PgBoss.getConstructionPlans('pgboss')`), written out so this
    // migration never changes, less its own BEGIN/COMMIT (migrations run in one transaction).
    // A later pg-boss migrates its schema itself when the runner starts (`migrate: true`).
    this.addSql(PGBOSS_SCHEMA_V24);
    // The queue of the household notice-period job (household-notice.job.ts): retried with
    // back-off if the database is briefly unavailable; the handler is idempotent.
    this.addSql(
      `select pgboss.create_queue('household-notice-end', '{"policy":"standard","retryLimit":5,"retryDelay":30,"retryBackoff":true}');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists pgboss cascade;`);
    this.addSql(`drop table if exists "household_objection" cascade;`);
    this.addSql(`drop table if exists "household_event" cascade;`);
    this.addSql(`drop table if exists "household_member" cascade;`);
    this.addSql(`drop table if exists "household_file" cascade;`);

    this.addSql(`drop type "household_objection_status";`);
    this.addSql(`drop type "household_action";`);
    this.addSql(`drop type "household_relation";`);
    this.addSql(`drop type "household_status";`);
  }
}

const PGBOSS_SCHEMA_V24 = `
  SELECT pg_advisory_xact_lock(
    ('x' || encode(sha224((current_database() || '.pgboss.pgboss')::bytea), 'hex'))::bit(64)::bigint
  );

  CREATE SCHEMA IF NOT EXISTS pgboss
  ;

  CREATE TYPE pgboss.job_state AS ENUM (
    'created',
    'retry',
    'active',
    'completed',
    'cancelled',
    'failed'
  )
  ;

  CREATE TABLE pgboss.version (
    version int primary key,
    maintained_on timestamp with time zone,
    cron_on timestamp with time zone,
    monitored_on timestamp with time zone
  )
  ;

  CREATE TABLE pgboss.queue (
    name text,
    policy text,
    retry_limit int,
    retry_delay int,
    retry_backoff bool,
    expire_seconds int,
    retention_minutes int,
    dead_letter text REFERENCES pgboss.queue (name),
    partition_name text,
    created_on timestamp with time zone not null default now(),
    updated_on timestamp with time zone not null default now(),
    PRIMARY KEY (name)
  )
  ;

  CREATE TABLE pgboss.schedule (
    name text REFERENCES pgboss.queue ON DELETE CASCADE,
    cron text not null,
    timezone text,
    data jsonb,
    options jsonb,
    created_on timestamp with time zone not null default now(),
    updated_on timestamp with time zone not null default now(),
    PRIMARY KEY (name)
  )
  ;

  CREATE TABLE pgboss.subscription (
    event text not null,
    name text not null REFERENCES pgboss.queue ON DELETE CASCADE,
    created_on timestamp with time zone not null default now(),
    updated_on timestamp with time zone not null default now(),
    PRIMARY KEY(event, name)
  )
  ;

  CREATE TABLE pgboss.job (
    id uuid not null default gen_random_uuid(),
    name text not null,
    priority integer not null default(0),
    data jsonb,
    state pgboss.job_state not null default('created'),
    retry_limit integer not null default(2),
    retry_count integer not null default(0),
    retry_delay integer not null default(0),
    retry_backoff boolean not null default false,
    start_after timestamp with time zone not null default now(),
    started_on timestamp with time zone,
    singleton_key text,
    singleton_on timestamp without time zone,
    expire_in interval not null default interval '15 minutes',
    created_on timestamp with time zone not null default now(),
    completed_on timestamp with time zone,
    keep_until timestamp with time zone NOT NULL default now() + interval '14 days',
    output jsonb,
    dead_letter text,
    policy text
  ) PARTITION BY LIST (name)
  ;
  ALTER TABLE pgboss.job ADD PRIMARY KEY (name, id);
  CREATE TABLE pgboss.archive (LIKE pgboss.job);
  ALTER TABLE pgboss.archive ADD PRIMARY KEY (name, id);
  ALTER TABLE pgboss.archive ADD archived_on timestamptz NOT NULL DEFAULT now();
  CREATE INDEX archive_i1 ON pgboss.archive(archived_on);

  CREATE FUNCTION pgboss.create_queue(queue_name text, options json)
  RETURNS VOID AS
  $$
  DECLARE
    table_name varchar := 'j' || encode(sha224(queue_name::bytea), 'hex');
    queue_created_on timestamptz;
  BEGIN

    WITH q as (
    INSERT INTO pgboss.queue (
      name,
      policy,
      retry_limit,
      retry_delay,
      retry_backoff,
      expire_seconds,
      retention_minutes,
      dead_letter,
      partition_name
    )
    VALUES (
      queue_name,
      options->>'policy',
      (options->>'retryLimit')::int,
      (options->>'retryDelay')::int,
      (options->>'retryBackoff')::bool,
      (options->>'expireInSeconds')::int,
      (options->>'retentionMinutes')::int,
      options->>'deadLetter',
      table_name
    )
    ON CONFLICT DO NOTHING
    RETURNING created_on
    )
    SELECT created_on into queue_created_on from q;

    IF queue_created_on IS NULL THEN
      RETURN;
    END IF;

    EXECUTE format('CREATE TABLE pgboss.%I (LIKE pgboss.job INCLUDING DEFAULTS)', table_name);

    EXECUTE format('ALTER TABLE pgboss.%1$I ADD PRIMARY KEY (name, id)', table_name);
    EXECUTE format('ALTER TABLE pgboss.%1$I ADD CONSTRAINT q_fkey FOREIGN KEY (name) REFERENCES pgboss.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED', table_name);
    EXECUTE format('ALTER TABLE pgboss.%1$I ADD CONSTRAINT dlq_fkey FOREIGN KEY (dead_letter) REFERENCES pgboss.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED', table_name);
    EXECUTE format('CREATE UNIQUE INDEX %1$s_i1 ON pgboss.%1$I (name, COALESCE(singleton_key, '''')) WHERE state = ''created'' AND policy = ''short''', table_name);
    EXECUTE format('CREATE UNIQUE INDEX %1$s_i2 ON pgboss.%1$I (name, COALESCE(singleton_key, '''')) WHERE state = ''active'' AND policy = ''singleton''', table_name);
    EXECUTE format('CREATE UNIQUE INDEX %1$s_i3 ON pgboss.%1$I (name, state, COALESCE(singleton_key, '''')) WHERE state <= ''active'' AND policy = ''stately''', table_name);
    EXECUTE format('CREATE UNIQUE INDEX %1$s_i4 ON pgboss.%1$I (name, singleton_on, COALESCE(singleton_key, '''')) WHERE state <> ''cancelled'' AND singleton_on IS NOT NULL', table_name);
    EXECUTE format('CREATE INDEX %1$s_i5 ON pgboss.%1$I (name, start_after) INCLUDE (priority, created_on, id) WHERE state < ''active''', table_name);

    EXECUTE format('ALTER TABLE pgboss.%I ADD CONSTRAINT cjc CHECK (name=%L)', table_name, queue_name);
    EXECUTE format('ALTER TABLE pgboss.job ATTACH PARTITION pgboss.%I FOR VALUES IN (%L)', table_name, queue_name);
  END;
  $$
  LANGUAGE plpgsql;
  ;

  CREATE FUNCTION pgboss.delete_queue(queue_name text)
  RETURNS VOID AS
  $$
  DECLARE
    table_name varchar;
  BEGIN
    WITH deleted as (
      DELETE FROM pgboss.queue
      WHERE name = queue_name
      RETURNING partition_name
    )
    SELECT partition_name from deleted INTO table_name;

    EXECUTE format('DROP TABLE IF EXISTS pgboss.%I', table_name);
  END;
  $$
  LANGUAGE plpgsql;
  ;
  INSERT INTO pgboss.version(version) VALUES ('24');
`;
