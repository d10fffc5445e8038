import 'reflect-metadata';
import { loadConfig } from '../config';
import { startDatabase } from './database';

/**
 * `npm run migrate`: applies pending migrations as the owner and re-grants the API role.
 * (`startDatabase` migrates on open; this command just opens, reports and closes.)
 */
async function main() {
  const db = await startDatabase(loadConfig());
  const executed = await db.owner.getMigrator().getExecutedMigrations();
  process.stdout.write(`migrations applied: ${executed.map((m) => m.name).join(', ') || 'none'}\n`);
  await db.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
