import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../api/db/mikro-orm.config';
import { migrate, withDatabase } from '../../api/db/database';
import { testConfig } from './config';

const MIGRATIONS = join(__dirname, '../../api/migrations');

/** Template name changes whenever a migration changes, so a stale template is never reused. */
function templateName(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS).sort()) {
    if (file.endsWith('.ts')) hash.update(file).update(readFileSync(join(MIGRATIONS, file)));
  }
  return `grid_tpl_${hash.digest('hex').slice(0, 12)}`;
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, cloned from a migrated template (fast: a file copy), so
 * test files never see each other's rows. Returns the owner URL and a drop function.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup).');
  const template = templateName();
  const name = `grid_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (client) => {
    await client.query('select pg_advisory_lock(727274)');
    try {
      const exists = await client.query('select 1 from pg_database where datname = $1', [template]);
      if (exists.rowCount === 0) {
        await client.query(`create database "${template}"`);
        const orm = await MikroORM.init(ormConfig({ clientUrl: withDatabase(base, template), poolSize: 1 }));
        try {
          await migrate(orm, testConfig());
        } catch (error) {
          await orm.close(true);
          await client.query(`drop database "${template}"`);
          throw error;
        }
        await orm.close(true);
      }
      await client.query(`create database "${name}" template "${template}"`);
    } finally {
      await client.query('select pg_advisory_unlock(727274)');
    }
  });
  return {
    url: withDatabase(base, name),
    drop: () =>
      withAdmin((client) =>
        client.query(`drop database if exists "${name}" with (force)`).then(() => undefined),
      ),
  };
}
