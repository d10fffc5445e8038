import { createHash } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Client as PgClient, QueryArrayResult, QueryResult } from 'pg';

/**
 * A statement sent by the driver itself on the transaction's own connection (the one MikroORM
 * reads and writes on, with the same type parsers), with its values as protocol parameters.
 * MikroORM's `execute` writes every value into the SQL text first: it escaped a request's scope
 * (521 ids, 19 KB) character by character, and PostgreSQL parsed and planned every read anew.
 * Counted (`onQuery`) and its errors converted as MikroORM's own statements are.
 */
export interface DriverStatement {
  sql: string;
  params: unknown[];
  /**
   * Prepare it under a name derived from its text, where the connection allows it: parsed once
   * per connection and, after PostgreSQL's five custom plans, run on its generic plan. For texts
   * that do not vary with their values (a list is one array parameter).
   */
  prepare?: boolean;
}

export async function queryInTransaction(
  em: EntityManager,
  trx: Knex.Transaction,
  statement: DriverStatement,
  rowMode: 'array',
): Promise<unknown[][]>;
export async function queryInTransaction(
  em: EntityManager,
  trx: Knex.Transaction,
  statement: DriverStatement,
): Promise<Record<string, unknown>[]>;
export async function queryInTransaction(
  em: EntityManager,
  trx: Knex.Transaction,
  statement: DriverStatement,
  rowMode?: 'array',
): Promise<unknown[]> {
  em.config.get('onQuery')(statement.sql, statement.params);
  const connection = (await trx.client.acquireConnection()) as PgClient;
  try {
    const config = {
      name: statement.prepare && preparing.has(connection) ? statementName(statement.sql) : undefined,
      text: statement.sql,
      values: statement.params,
    };
    const result: QueryResult | QueryArrayResult = rowMode
      ? await connection.query({ ...config, rowMode })
      : await connection.query(config);
    return result.rows;
  } catch (error) {
    throw em
      .getPlatform()
      .getExceptionConverter()
      .convertException(error as Error);
  }
}

/** Connections of pools configured to prepare statements (`DATABASE_PREPARED_STATEMENTS`). */
const preparing = new WeakSet<PgClient>();

export function allowPreparedStatements(connection: PgClient): void {
  preparing.add(connection);
}

/**
 * Statement names by SQL text. Prepared texts are a fixed set (the loaders' shapes); past this
 * many distinct ones (a shape built from input, say) statements go unnamed, so no connection
 * accumulates prepared statements without bound.
 */
const MAX_NAMED_STATEMENTS = 500;
const statementNames = new Map<string, string>();

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `prepared_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    statementNames.set(sql, name);
  }
  return name;
}
