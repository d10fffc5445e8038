import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { createSchema } from '../../api/app/schema';

/** The adoption operations the SDK is generated from are valid against the schema as built. */
describe('clients/operations/adoption', () => {
  it('validates every operation against the schema', async () => {
    const schema = await createSchema();
    const dir = join(__dirname, '../../clients/operations/adoption');
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
  });
});
