import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Request, ServerMode, SqlCount, StartMessage } from './server-process';

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** Parent side of one server under test, running in its own process (bench/server-process.ts). */
export class ServerProcess {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private exited: string | null = null;
  url = '';

  private constructor(
    readonly mode: ServerMode,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (reply: Reply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new Error(`${mode} server: ${reply.error}`));
    });
    child.on('exit', (code, signal) => {
      this.exited = `exited with ${signal ?? code}`;
      for (const waiter of this.pending.values()) waiter.reject(new Error(`${mode} server ${this.exited}`));
      this.pending.clear();
    });
  }

  /** Forks the server; with `profileDir`, the child writes a V8 CPU profile there when it stops. */
  static async start(start: StartMessage, profileDir?: string): Promise<ServerProcess> {
    // The API runs with the flags `npm start` gives it (a larger young generation: see README).
    const execArgv = [...process.execArgv, ...(start.mode === 'api' ? ['--max-semi-space-size=64'] : [])];
    if (profileDir) {
      mkdirSync(profileDir, { recursive: true });
      execArgv.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${start.mode}.cpuprofile`);
    }
    const child = fork(join(__dirname, 'server-process.js'), [], {
      execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const server = new ServerProcess(start.mode, child);
    const { url } = (await server.call({ type: 'start', ...start })) as { url: string };
    server.url = url;
    return server;
  }

  private call(message: Request): Promise<unknown> {
    if (this.exited) return Promise.reject(new Error(`${this.mode} server ${this.exited}`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, ...message });
    });
  }

  /** Statements one in-process execution of the operation sends (the second run: warm caches). */
  async sqlCount(query: string, variables: Record<string, unknown> | undefined, token: string) {
    await this.call({ type: 'sql', query, variables, token });
    return (await this.call({ type: 'sql', query, variables, token })) as SqlCount;
  }

  resetPeak = () => this.call({ type: 'peak-reset' });
  peak = () => this.call({ type: 'peak' }) as Promise<{ peakRss: number; maxRss: number }>;
  cpuMicros = async () => ((await this.call({ type: 'cpu' })) as { micros: number }).micros;
  rawStats = () => this.call({ type: 'raw-stats' }) as Promise<{ requests: number; statements: number }>;

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.call({ type: 'stop' }).catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (!this.exited) this.child.kill('SIGKILL');
  }
}
