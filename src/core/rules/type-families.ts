/**
 * Types that can stand for the same key: a reference column can only point at a key of its own
 * family (integers of any width, uuids, strings), whatever the exact width. Domains count as
 * their base type.
 */
import { keyOf } from '../model/names';
import type { Schema, TypeRef } from '../model/types';

export type TypeFamily = 'integer' | 'uuid' | 'string' | 'other';

const INTEGER = new Set(['smallint', 'integer', 'bigint', 'numeric']);
const STRING = new Set(['text', 'character varying', 'character', 'citext', 'name']);

export function typeFamily(type: TypeRef, schema: Schema): TypeFamily {
  let current = type;
  for (let depth = 0; depth < 5 && current.schema; depth++) {
    const user = schema.types[keyOf({ schema: current.schema, name: current.name })];
    if (user?.kind !== 'domain') break;
    current = user.baseType;
  }
  if (current.arrayDims > 0) return 'other';
  if (current.schema) return current.name === 'citext' ? 'string' : 'other';
  if (INTEGER.has(current.name)) return 'integer';
  if (current.name === 'uuid') return 'uuid';
  if (STRING.has(current.name)) return 'string';
  return 'other';
}

/** Families of the single-column primary keys of the schema's tables: what a reference can point at. */
export function keyFamilies(schema: Schema): Set<TypeFamily> {
  const families = new Set<TypeFamily>();
  for (const table of Object.values(schema.tables)) {
    const pk = table.primaryKey?.columns;
    if (pk?.length !== 1) continue;
    const column = table.columns.find((c) => c.name === pk[0]);
    if (column) families.add(typeFamily(column.type, schema));
  }
  return families;
}
