import 'reflect-metadata';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { validate } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { loadConfig } from '../config';
import { startDatabase, type Database } from '../db/database';
import { DomainError } from '../core/errors/domain-error';
import { Role } from '../core/auth/role.enum';
import { parseGlobalId, toGlobalId } from '../core/graphql/global-id';
import { TenantKind } from '../modules/tenants/tenant-kind.enum';
import {
  ApiKeyIssueInput,
  PartnerUnitRegisterInput,
  TenantCreateInput,
  UserCreateInput,
} from '../modules/admin/admin.inputs';
import {
  assignRole,
  createTenant,
  createUser,
  findPartnerUnitByCode,
  findTenantByCode,
  findUserByUsername,
  gridIdsByCode,
  issueApiKey,
  listAllApiKeys,
  listAllTenants,
  registerPartnerUnit,
  revokeApiKey,
} from '../modules/admin/admin.service';

/** Where the CLI writes; a test passes its own to read the output. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

const USAGE = `Usage: npm run tenants -- <command> [options]

  create-tenant --kind DISTRICT|STREET|COMMUNITY --code <12 digits> --name <name> [--full-name <name>] [--parent <code>]
  issue-key     --role PLATFORM_ADMIN|DISTRICT_INTEGRATOR|PARTNER|DEVICE|MOBILE_PROBE --name <name> [--tenant <district or community code>]
                [--partner <credit code>] [--expires-at <ISO time>]       prints the secret once
  revoke-key    <key id>
  create-user   --username <name> --display-name <name> --password <password, or - to read stdin> [--partner <credit code>]
  assign-role   --username <name> --role <role> --tenant <code> [--grids G01,G02]
  register-partner --name <name> --credit-code <unified social credit code>
  list-tenants
  list-keys`;

/** A failure the operator can fix: printed without a stack trace. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The flag an input field comes from, so errors name what the operator typed. */
const FLAG: Record<string, string> = {
  parentId: '--parent',
  tenantId: '--tenant',
  partnerUnitId: '--partner',
  displayName: '--display-name',
  fullName: '--full-name',
  expiresAt: '--expires-at',
  creditCode: '--credit-code',
  gridIds: '--grids',
  id: 'key id',
};
const flagOf = (field: string) => FLAG[field] ?? `--${field}`;

/** Runs the same class-validator rules as the GraphQL inputs. */
async function check<T extends object>(input: T): Promise<T> {
  const errors = await validate(input, { forbidUnknownValues: false });
  const first = errors.find((e) => e.constraints);
  if (first) throw new CliError(`${Object.values(first.constraints!)[0]} (${flagOf(first.property)})`);
  return input;
}

function options(
  argv: string[],
  names: string[],
  required: string[] = [],
): Record<string, string | undefined> {
  const config: ParseArgsConfig = {
    args: argv,
    options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
    allowPositionals: false,
    strict: true,
  };
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs(config).values as Record<string, string | undefined>;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const absent = required.filter((r) => values[r] === undefined);
  if (absent.length) throw new CliError(`missing ${absent.map((a) => `--${a}`).join(', ')}\n\n${USAGE}`, 2);
  return values;
}

function oneOf<T extends string>(values: Record<string, T>, value: string, flag: string): T {
  const found = Object.values(values).find((v) => v === value.toUpperCase());
  if (!found) throw new CliError(`${flag} must be one of ${Object.values(values).join(', ')}`);
  return found;
}

async function tenantId(em: EntityManager, code: string, flag: string): Promise<string> {
  const tenant = await findTenantByCode(em, code);
  if (!tenant) throw new CliError(`no tenant has the code ${code} (${flag})`);
  return tenant.id;
}

async function partnerUnitId(em: EntityManager, creditCode: string): Promise<string> {
  const unit = await findPartnerUnitByCode(em, creditCode);
  if (!unit) throw new CliError(`no partner unit has the credit code ${creditCode} (--partner)`);
  return unit.id;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

type Command = (em: EntityManager, argv: string[], io: CliIo) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  async 'create-tenant'(em, argv, io) {
    const o = options(argv, ['kind', 'code', 'name', 'full-name', 'parent'], ['kind', 'code', 'name']);
    const input = await check(
      Object.assign(new TenantCreateInput(), {
        kind: oneOf(TenantKind, o.kind!, '--kind'),
        code: o.code,
        name: o.name,
        fullName: o['full-name'],
      }),
    );
    const parentId = o.parent ? await tenantId(em, o.parent, '--parent') : null;
    const tenant = await createTenant(em, { ...input, parentId });
    io.out(`created ${tenant.kind} ${tenant.code} ${tenant.name} (id ${toGlobalId('Tenant', tenant.id)})`);
  },

  async 'issue-key'(em, argv, io) {
    const o = options(argv, ['role', 'name', 'tenant', 'partner', 'expires-at'], ['role', 'name']);
    const expiresAt = o['expires-at'] ? new Date(o['expires-at']) : undefined;
    const input = await check(
      Object.assign(new ApiKeyIssueInput(), {
        role: oneOf(Role, o.role!, '--role'),
        name: o.name,
        expiresAt,
      }),
    );
    const { key, secret } = await issueApiKey(em, {
      ...input,
      tenantId: o.tenant ? await tenantId(em, o.tenant, '--tenant') : null,
      partnerUnitId: o.partner ? await partnerUnitId(em, o.partner) : null,
    });
    io.out(`issued ${key.role} key "${key.name}" (id ${toGlobalId('ApiKey', key.id)}, prefix ${key.prefix})`);
    io.out('The secret is shown only now; store it safely (send it as "Authorization: Bearer <secret>"):');
    io.out(secret);
  },

  async 'revoke-key'(em, argv, io) {
    if (argv.length !== 1) throw new CliError(`revoke-key takes one key id\n\n${USAGE}`, 2);
    const raw = argv[0];
    const id = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(raw)
      ? raw
      : parseGlobalId(raw, 'id').id;
    const key = await revokeApiKey(em, id);
    io.out(`revoked ${key.role} key "${key.name}" (prefix ${key.prefix})`);
  },

  async 'create-user'(em, argv, io) {
    const o = options(
      argv,
      ['username', 'display-name', 'password', 'partner'],
      ['username', 'display-name', 'password'],
    );
    const password = o.password === '-' ? await readStdin() : o.password;
    const input = await check(
      Object.assign(new UserCreateInput(), {
        username: o.username,
        displayName: o['display-name'],
        password,
      }),
    );
    const user = await createUser(em, {
      ...input,
      partnerUnitId: o.partner ? await partnerUnitId(em, o.partner) : null,
    });
    io.out(`created user ${user.username} (id ${toGlobalId('User', user.id)})`);
  },

  async 'assign-role'(em, argv, io) {
    const o = options(argv, ['username', 'role', 'tenant', 'grids'], ['username', 'role', 'tenant']);
    const user = await findUserByUsername(em, o.username!);
    if (!user) throw new CliError(`no user is called ${o.username} (--username)`);
    const tenant = await tenantId(em, o.tenant!, '--tenant');
    const codes = o.grids
      ? o.grids
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
      : [];
    const grids = codes.length ? await gridIdsByCode(em, tenant, codes) : new Map<string, string>();
    const unknown = codes.filter((c) => !grids.has(c));
    if (unknown.length) throw new CliError(`no grid ${unknown.join(', ')} in ${o.tenant} (--grids)`);
    const assignment = await assignRole(em, {
      userId: user.id,
      role: oneOf(Role, o.role!, '--role'),
      tenantId: tenant,
      gridIds: codes.map((c) => grids.get(c)!),
    });
    io.out(`gave ${user.username} ${assignment.role} at ${assignment.tenant?.unwrap().name} (${o.tenant})`);
  },

  async 'register-partner'(em, argv, io) {
    const o = options(argv, ['name', 'credit-code'], ['name', 'credit-code']);
    const input = await check(
      Object.assign(new PartnerUnitRegisterInput(), { name: o.name, creditCode: o['credit-code'] }),
    );
    const unit = await registerPartnerUnit(em, input);
    io.out(`registered ${unit.name} ${unit.creditCode} (id ${toGlobalId('PartnerUnit', unit.id)})`);
  },

  async 'list-tenants'(em, argv, io) {
    options(argv, []);
    const tenants = await listAllTenants(em);
    if (!tenants.length) io.out('no tenants yet');
    for (const t of tenants) {
      const depth = t.path.split('/').filter(Boolean).length - 1;
      io.out(`${'  '.repeat(depth)}${t.code}  ${t.kind.padEnd(9)}  ${t.name}`);
    }
  },

  async 'list-keys'(em, argv, io) {
    options(argv, []);
    const keys = await listAllApiKeys(em);
    if (!keys.length) io.out('no API keys yet');
    const now = Date.now();
    for (const k of keys) {
      const status = k.revokedAt
        ? 'revoked'
        : k.expiresAt && k.expiresAt.getTime() <= now
          ? 'expired'
          : 'active';
      const scope = k.tenant?.unwrap().code ?? k.partnerUnit?.unwrap().creditCode ?? '-';
      const used = k.lastUsedAt ? k.lastUsedAt.toISOString() : 'never used';
      io.out(
        [toGlobalId('ApiKey', k.id), k.prefix, k.role, scope, status, used, JSON.stringify(k.name)].join(
          '  ',
        ),
      );
    }
  },
};

/**
 * Platform administration from a shell (`npm run tenants -- <command>`), on the owner connection
 * and the same use cases as the GraphQL admin path. Returns the exit code.
 */
export async function runTenantsCli(argv: string[], db: Database, io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    await command(db.owner.em.fork({ clear: true, useContext: false }), rest, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`error: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof DomainError) {
      const field = error.extensions.field as string | undefined;
      io.err(`error: ${error.message}${field ? ` (${flagOf(field)})` : ''}`);
      return 1;
    }
    if (error instanceof UniqueConstraintViolationException) {
      io.err('error: a record with the same unique value already exists');
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  (async () => {
    const db = await startDatabase(loadConfig());
    try {
      process.exitCode = await runTenantsCli(process.argv.slice(2), db);
    } finally {
      await db.close();
    }
  })().catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
