import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { hashSecret } from '../api/core/auth/secrets';
import { maskName, maskPhone } from '../api/core/privacy/masking';

/**
 * The floor for the nested community query: `node:http` and `pg`, no GraphQL, no ORM. Per
 * request it does what the API must do at least — one transaction as the API role with the
 * RLS scope set, the same batched reads (one query per level, in the same orders as the API's
 * loaders), masking of the personal fields — and writes JSON of the same shape.
 */
export interface RawBaselineOptions {
  /** The API role's URL (`withCredentials(url, config.apiRole, config.apiRolePassword)`). */
  apiUrl: string;
  poolSize: number;
  /** The integrator's bearer secret: the one credential this server accepts. */
  integratorKey: string;
  districtId: string;
  maxPageSize: number;
}

export interface RawBaseline {
  url: string;
  /** Requests answered and SQL statements sent, for statements per request. */
  stats(): { requests: number; statements: number };
  close(): Promise<void>;
}

interface Row {
  id: string;
  name: string;
}
interface GridRow extends Row {
  tenant_id: string;
}
interface MicroGridRow extends Row {
  grid_id: string;
  leader_id: string | null;
}
interface AssignmentRow {
  grid_id: string;
  role: string;
  person_id: string;
}
interface PersonRow extends Row {
  phone: string | null;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startRawBaseline(options: RawBaselineOptions): Promise<RawBaseline> {
  const pool = new Pool({ connectionString: options.apiUrl, max: options.poolSize });
  const keyHash = hashSecret(options.integratorKey);
  // Like the API's principal cache: the scope is resolved once, not per request.
  const { rows: scopeRows } = await pool.query<{ id: string }>(
    `select t.id from tenant t join tenant n on t.path like n.path || '%' where n.id = $1`,
    [options.districtId],
  );
  const scope = scopeRows.map((r) => r.id);
  let requests = 0;
  let statements = 0;

  async function nested(first: number) {
    const client = await pool.connect();
    // Counted per request, added when it completes: a rate over a window sees whole requests only.
    // begin/commit are not counted, as the API's counter (MikroORM's onQuery) does not see them.
    let sent = 0;
    const query = async <T extends object>(sql: string, params: unknown[]) => {
      sent += 1;
      return (await client.query<T>(sql, params)).rows;
    };
    try {
      await client.query('begin');
      await query("select set_config('app.tenant_ids', $1, true)", [scope.join(',')]);
      const communities = await query<Row>(
        `select id, name from tenant where id = any($1::uuid[]) and kind = 'COMMUNITY' order by created_at, id limit $2`,
        [scope, first],
      );
      const grids = await query<GridRow>(
        'select id, tenant_id, name from grid where tenant_id = any($1::uuid[]) order by code, id',
        [communities.map((c) => c.id)],
      );
      const gridIds = grids.map((g) => g.id);
      const microGrids = await query<MicroGridRow>(
        'select id, grid_id, name, leader_id from micro_grid where grid_id = any($1::uuid[]) order by code, id',
        [gridIds],
      );
      const assignments = await query<AssignmentRow>(
        `select grid_id, role, person_id from grid_assignment where grid_id = any($1::uuid[])
         order by started_on, created_at, id`,
        [gridIds],
      );
      const personIds = new Set(assignments.map((a) => a.person_id));
      for (const m of microGrids) if (m.leader_id) personIds.add(m.leader_id);
      const persons = await query<PersonRow>(
        'select id, name, phone from person where id = any($1::uuid[])',
        [[...personIds]],
      );
      await client.query('commit');
      statements += sent;
      requests += 1;
      return shape(communities, grids, microGrids, assignments, persons);
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req);
    // As the API does per request: hash the presented secret, compare with the stored hash.
    const presented = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!presented || hashSecret(presented) !== keyHash) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"no"}]}');
      return;
    }
    const { variables } = JSON.parse(body) as { variables?: { first?: number } };
    const first = Math.min(variables?.first ?? 20, options.maxPageSize);
    const data = await nested(first);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: String(error) }] }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stats: () => ({ requests, statements }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

function shape(
  communities: Row[],
  grids: GridRow[],
  microGrids: MicroGridRow[],
  assignments: AssignmentRow[],
  persons: PersonRow[],
) {
  const personById = new Map(persons.map((p) => [p.id, p]));
  const gridsByCommunity = groupBy(grids, (g) => g.tenant_id);
  const microByGrid = groupBy(microGrids, (m) => m.grid_id);
  const assignmentsByGrid = groupBy(assignments, (a) => a.grid_id);
  const maskedPerson = (id: string | null) => {
    const p = id ? personById.get(id) : undefined;
    return p ? { name: maskName(p.name), phone: maskPhone(p.phone) } : null;
  };
  return {
    communities: {
      edges: communities.map((c) => ({
        node: {
          name: c.name,
          grids: (gridsByCommunity.get(c.id) ?? []).map((g) => ({
            name: g.name,
            microGrids: (microByGrid.get(g.id) ?? []).map((m) => {
              const leader = maskedPerson(m.leader_id);
              return { name: m.name, leader: leader ? { name: leader.name } : null };
            }),
            assignments: (assignmentsByGrid.get(g.id) ?? []).map((a) => ({
              role: a.role,
              person: maskedPerson(a.person_id),
            })),
          })),
        },
      })),
    },
  };
}
