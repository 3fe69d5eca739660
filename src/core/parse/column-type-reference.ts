/**
 * `table.column%TYPE` where a type is expected (a function's argument or result). Postgres looks
 * the column up when the statement runs and stores the column's type in its place, without the
 * column's modifiers (`varchar(150)` becomes `character varying`, as for any argument), plus any
 * `[]` written after `%TYPE` (PG 17). It cannot be kept as written: the function's identity is
 * its argument types, so `f(t.c%TYPE)` is `f(character varying)` to DROP FUNCTION and to a diff.
 */
import type { Column, TypeRef } from '../model/types';
import { type Fields, stringList } from './ast';

/**
 * The referenced column's type, or undefined when the TypeName is not a `%TYPE` reference or the
 * column is not known (then Postgres would fail; the caller keeps the reference as written).
 */
export function columnTypeReference(
  fields: Fields | undefined,
  columnsOf: (relation: { schema?: string; name: string }) => Column[] | undefined,
): TypeRef | undefined {
  if (!fields?.pct_type) return undefined;
  const parts = stringList(fields.names);
  // [table, column] or [schema, table, column]; a leading database name is Postgres's to check.
  if (parts.length < 2) return undefined;
  const columnName = parts[parts.length - 1]!;
  const name = parts[parts.length - 2]!;
  const schema = parts.length >= 3 ? parts[parts.length - 3] : undefined;
  const column = columnsOf(schema ? { schema, name } : { name })?.find((c) => c.name === columnName);
  if (!column) return undefined;
  const written = (fields.arrayBounds as unknown[] | undefined)?.length ?? 0;
  const ref: TypeRef = { name: column.type.name, modifiers: [], arrayDims: column.type.arrayDims + written };
  if (column.type.schema) ref.schema = column.type.schema;
  return ref;
}
