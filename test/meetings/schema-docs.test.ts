import { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { createSchema } from '../../api/app/schema';

/** Every type, field, argument, enum value and input field this module adds is described. */
describe('meetings schema documentation', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await createSchema();
  });

  it('describes the meeting types, their fields, arguments and values', () => {
    const missing: string[] = [];
    const types = Object.values(schema.getTypeMap()).filter((t) => t.name.startsWith('Meeting'));
    expect(types.length).toBeGreaterThan(15);
    for (const type of types) {
      if (!type.description) missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (type instanceof GraphQLEnumType) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    const roots = [schema.getQueryType()!, schema.getMutationType()!];
    for (const root of roots) {
      for (const field of Object.values(root.getFields()).filter((f) => f.name.startsWith('meeting'))) {
        if (!field.description) missing.push(`${root.name}.${field.name}`);
        for (const arg of field.args)
          if (!arg.description) missing.push(`${root.name}.${field.name}(${arg.name})`);
      }
    }
    const linked = ['HouseholdFile', 'Case'].map((t) => (schema.getType(t) as GraphQLObjectType).getFields());
    for (const fields of linked) if (!fields.meetingDecisions?.description) missing.push('meetingDecisions');
    expect(missing).toEqual([]);
  });
});
