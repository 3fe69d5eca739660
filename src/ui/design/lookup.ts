/** Finding the objects a design edit names, with errors the user can act on. */
import { keyOf, type Column, type QualifiedName, type Schema, type Table } from '../../core/model';
import { displayName } from '../lib/display-name';
import { fail } from './errors';

export function tableOf(schema: Schema, ref: QualifiedName): Table {
  return schema.tables[keyOf(ref)] ?? fail(`Table ${displayName(ref)} does not exist (any more).`);
}

export function columnOf(table: Table, name: string): Column {
  return table.columns.find((c) => c.name === name) ?? fail(`Column ${table.name}.${name} does not exist (any more).`);
}

// The names a new table, index, enum or constraint must not take: the core's own look-ups.
export { constraintNames, relationNames } from '../../core/model/names-in-use';

/** `base`, else `base_2`, `base_3`, ... : the first that `taken` does not hold. */
export function freeName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}_${n}`)) return `${base}_${n}`;
}

export function tableRef(table: QualifiedName): QualifiedName {
  return { schema: table.schema, name: table.name };
}
