import 'reflect-metadata';
import { resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './mikro-orm.config';
import { loadConfig } from '../config';

/**
 * Developer tool: diff the entities against the migration snapshot and write a new migration
 * (`npm run migration:create`). Needs DATABASE_URL of a scratch database.
 */
async function main() {
  const url = loadConfig().databaseUrl;
  if (!url) throw new Error('Set DATABASE_URL to a scratch database to create a migration.');
  // Run from dist/: write into the source folder, which is what gets committed.
  const migrationsPath = resolve(__dirname, '../../../api/migrations');
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolSize: 1, migrationsPath }));
  const initial = process.argv.includes('--initial');
  const result = await orm.getMigrator().createMigration(undefined, false, initial);
  process.stdout.write(`${result.fileName || 'no changes'}\n`);
  await orm.close(true);
}
void main();
