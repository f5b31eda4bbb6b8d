/** The schema explains itself: every type, field, argument and enum value has a description. */
import { type GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/schema.js';

function undocumented(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text?.trim();
  if (blank(type.description)) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      for (const arg of field.args) if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('schema documentation', () => {
  it('describes every type, field, argument and enum value', () => {
    const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
    const builtInScalars = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
    const missing = types.filter((type) => !builtInScalars.has(type.name)).flatMap(undocumented);
    expect(missing).toEqual([]);
  });

  it('exposes the root fields the service promises', () => {
    const fields = Object.keys(schema.getQueryType()!.getFields());
    for (const name of [
      'node',
      'nodes',
      'role',
      'roles',
      'responsibility',
      'responsibilities',
      'skillDomain',
      'skillDomains',
      'certification',
      'certifications',
      'issuer',
      'issuers',
      'itilFunction',
      'itilFunctions',
      'comparisonDimensions',
      'source',
    ]) {
      expect(fields).toContain(name);
    }
  });
});
