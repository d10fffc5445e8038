import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, validate, type DocumentNode } from 'graphql';

/**
 * Every ```graphql example in the README is a valid operation against the committed schema, so the
 * documentation cannot drift from the API it documents.
 */
const root = path.resolve(__dirname, '../..');
const schema = buildSchema(readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8'));
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => [i + 1, m[1]] as const);

describe('README examples', () => {
  it('has GraphQL examples', () => expect(examples.length).toBeGreaterThanOrEqual(4));

  // A block may list several operations one after another (as a reader would send them one by one).
  it.each(examples)('example %i validates against schema/schema.graphql', (_n, source) => {
    const document = parse(source);
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) {
      const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
      expect(validate(schema, single).map((e) => e.message)).toEqual([]);
    }
  });
});
