import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema';

/**
 * `npm run schema`: prints the contract, sorted so diffs show real changes only, to
 * schema/schema.graphql. CI regenerates it and fails when the committed file differs.
 */
export async function printContract(): Promise<string> {
  const schema = await createSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (require.main === module) {
  void printContract().then((sdl) => {
    const target = resolve(__dirname, '../../../schema/schema.graphql');
    mkdirSync(resolve(target, '..'), { recursive: true });
    writeFileSync(target, sdl);
    process.stdout.write(`wrote ${target}\n`);
  });
}
