/** Enum types made in the design (CREATE TYPE ... AS ENUM) and values added to them. */
import type { SchemaChange } from '../../core/changes';
import { keyOf, type QualifiedName, type Schema } from '../../core/model';
import { displayName } from '../lib/display-name';
import { fail } from './errors';
import { checkIdentifier, identifierProblem } from './identifiers';
import { relationNames } from './lookup';

/** Values typed as `a, b, c` (or one per line): trimmed, empty ones left out. */
export function parseEnumValues(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function checkValue(value: string): void {
  const problem = identifierProblem(value, `Value "${value}"`);
  if (problem) fail(problem);
}

export function createEnum(schema: Schema, name: string, values: string[], schemaName = 'public'): SchemaChange[] {
  checkIdentifier(name, 'Type name');
  if (relationNames(schema, schemaName).has(name)) fail(`${displayName({ schema: schemaName, name })} already exists.`);
  if (values.length === 0) fail('An enum needs at least one value.');
  for (const value of values) checkValue(value);
  const duplicate = values.find((v, i) => values.indexOf(v) !== i);
  if (duplicate !== undefined) fail(`The value "${duplicate}" is listed twice.`);
  return [{ kind: 'add-type', type: { kind: 'enum', schema: schemaName, name, values } }];
}

export function addEnumValue(schema: Schema, ref: QualifiedName, value: string): SchemaChange[] {
  const type = schema.types[keyOf(ref)];
  if (!type || type.kind !== 'enum') fail(`Enum ${displayName(ref)} does not exist (any more).`);
  checkValue(value);
  if (type.values.includes(value)) fail(`${type.name} already has the value "${value}".`);
  return [{ kind: 'add-enum-value', type: { schema: type.schema, name: type.name }, value }];
}
