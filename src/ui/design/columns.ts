/** Design edits on columns: add, rename, move, alter, delete, and the keys a column is part of. */
import type { ColumnChanges, SchemaChange } from '../../core/changes';
import { chooseName, makeObjectName } from '../../core/model/auto-names';
import { formatType } from '../../core/model/format-type';
import { isUniqueKey, referencedColumnsOf } from '../../core/model/relationships';
import { sameName, type Column, type QualifiedName, type Schema, type Table, type TypeRef } from '../../core/model';
import { displayName } from '../lib/display-name';
import { fail } from './errors';
import { checkIdentifier } from './identifiers';
import { columnOf, constraintNames, relationNames, tableOf, tableRef } from './lookup';

const INTEGER_TYPES = new Set(['smallint', 'integer', 'bigint']);

export function isIntegerType(type: TypeRef): boolean {
  return !type.schema && type.arrayDims === 0 && INTEGER_TYPES.has(type.name);
}

/** `column_1`, `column_2`, ...: the first name the table does not have. */
export function newColumnName(table: Table): string {
  for (let n = 1; ; n++) if (!table.columns.some((c) => c.name === `column_${n}`)) return `column_${n}`;
}

function checkNewColumnName(table: Table, name: string): void {
  checkIdentifier(name, 'Column name');
  if (table.columns.some((c) => c.name === name)) fail(`${table.name} already has a column ${name}.`);
}

export function addColumn(schema: Schema, ref: QualifiedName, name: string, type: TypeRef, notNull = false): SchemaChange[] {
  const table = tableOf(schema, ref);
  checkNewColumnName(table, name);
  return [{ kind: 'add-column', table: tableRef(table), column: { name, type, notNull } }];
}

/** RENAME COLUMN: the column keeps its data (the migration says RENAME, not drop and add). */
export function renameColumn(schema: Schema, ref: QualifiedName, column: string, newName: string): SchemaChange[] {
  const table = tableOf(schema, ref);
  columnOf(table, column);
  if (newName === column) return [];
  checkNewColumnName(table, newName);
  return [{ kind: 'rename-column', table: tableRef(table), column, newName }];
}

/**
 * The columns that can be reordered: the trailing run of columns the design added. Postgres
 * cannot move a column that exists in the database (ADD COLUMN appends), so the database's own
 * columns stay first, in their order.
 */
export function movableFrom(table: Table): number {
  let from = table.columns.length;
  while (from > 0 && !table.columns[from - 1]!.source) from--;
  return from;
}

/**
 * Moves a designed column up (-1) or down (+1) among the movable ones: the columns from the
 * first affected position on are removed and added again in the new order (their definitions,
 * keys and comments are kept whole; only the order of the new columns in CREATE/ADD changes).
 */
export function moveColumn(schema: Schema, ref: QualifiedName, column: string, delta: number): SchemaChange[] {
  const table = tableOf(schema, ref);
  const from = table.columns.findIndex((c) => c.name === column);
  if (from < 0) fail(`Column ${table.name}.${column} does not exist (any more).`);
  const to = from + delta;
  if (to < 0 || to >= table.columns.length) return [];
  const start = movableFrom(table);
  if (Math.min(from, to) < start) fail('Postgres cannot reorder columns that already exist in the database; only columns added in the design move (among themselves).');
  const order = [...table.columns];
  const [moved] = order.splice(from, 1);
  order.splice(to, 0, moved!);
  const first = Math.min(from, to);
  const t = tableRef(table);
  const changes: SchemaChange[] = table.columns.slice(first).map((c) => ({ kind: 'drop-column', table: t, column: c.name }));
  for (const c of order.slice(first)) changes.push({ kind: 'add-column', table: t, column: c });
  return changes;
}

/** Type, nullability, default, identity, comment of a column; rules Postgres enforces are checked. */
export function alterColumn(schema: Schema, ref: QualifiedName, name: string, set: ColumnChanges): SchemaChange[] {
  const table = tableOf(schema, ref);
  const column = columnOf(table, name);
  const next: ColumnChanges = { ...set };
  const type = next.type ?? column.type;
  const identity = next.identity === undefined ? column.identity : (next.identity ?? undefined);
  if (next.identity) {
    if (!isIntegerType(type)) fail(`Identity needs smallint, integer or bigint; ${name} is ${formatType(type)}.`);
    if (column.generated) fail(`${name} is a generated column; it cannot be an identity too.`);
    // Postgres requires both: an identity column is NOT NULL and has no default of its own.
    next.notNull = true;
    if (column.default !== undefined) next.default = null;
  }
  if (next.type && identity && !isIntegerType(next.type)) fail(`${name} is an identity column: it must stay smallint, integer or bigint (turn identity off first).`);
  if (typeof next.default === 'string' && identity) fail(`${name} is an identity column: its values come from its sequence (turn identity off to give it a default).`);
  if (next.notNull === false) {
    if (table.primaryKey?.columns.includes(name)) fail(`${name} is in the primary key, which is always NOT NULL.`);
    if (identity) fail(`${name} is an identity column, which is always NOT NULL.`);
  }
  const changed = (Object.keys(next) as (keyof ColumnChanges)[]).filter((key) => {
    const value = next[key];
    const current = key === 'using' ? undefined : column[key as keyof Column];
    return JSON.stringify(value ?? null) !== JSON.stringify(current ?? null);
  });
  if (changed.length === 0) return [];
  const only: ColumnChanges = {};
  for (const key of changed) (only as Record<string, unknown>)[key] = next[key];
  return [{ kind: 'alter-column', table: tableRef(table), column: name, set: only }];
}

/** Foreign keys anywhere that point at `columns` of `table` (resolved to the referenced PK). */
function referencingKeys(schema: Schema, table: Table, uses: (referenced: string[]) => boolean) {
  const out: { table: Table; name: string }[] = [];
  for (const other of Object.values(schema.tables)) {
    for (const fk of other.foreignKeys) {
      if (sameName(fk.references, table) && uses(referencedColumnsOf(schema, fk))) out.push({ table: other, name: fk.name });
    }
  }
  return out;
}

/** Whether an expression names the column (as a word, quoted or not). */
function mentions(expression: string, column: string): boolean {
  const escaped = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w$"])("${escaped.replace(/"/g, '""')}"|${escaped})($|[^\\w$"])`, 'i').test(expression);
}

/**
 * DROP COLUMN, with what Postgres would drop along: the keys, indexes and checks using the
 * column, and foreign keys elsewhere that point at it (which plain DROP COLUMN would refuse:
 * the designer asked for the column to go, so its dependants go visibly with it).
 */
export function dropColumn(schema: Schema, ref: QualifiedName, name: string): SchemaChange[] {
  const table = tableOf(schema, ref);
  columnOf(table, name);
  const t = tableRef(table);
  const changes: SchemaChange[] = [];
  const dropConstraint = (owner: Table, constraint: string) => changes.push({ kind: 'drop-constraint', table: tableRef(owner), name: constraint });
  for (const other of referencingKeys(schema, table, (cols) => cols.includes(name))) {
    if (other.table === table && other.table.foreignKeys.find((fk) => fk.name === other.name)?.columns.includes(name)) continue;
    dropConstraint(other.table, other.name);
  }
  if (table.primaryKey?.columns.includes(name)) dropConstraint(table, table.primaryKey.name);
  for (const c of table.uniqueConstraints) if (c.columns.includes(name) || c.include.includes(name)) dropConstraint(table, c.name);
  for (const c of table.foreignKeys) if (c.columns.includes(name)) dropConstraint(table, c.name);
  for (const c of table.exclusions) if (c.elements.some((e) => e.column === name || (e.expression && mentions(e.expression, name)))) dropConstraint(table, c.name);
  for (const c of table.checks) if (mentions(c.expression, name)) dropConstraint(table, c.name);
  for (const index of table.indexes) {
    const uses = index.elements.some((e) => e.column === name || (e.expression && mentions(e.expression, name))) || index.include.includes(name) || (index.where && mentions(index.where, name));
    if (uses) changes.push({ kind: 'drop-index', table: t, name: index.name });
  }
  changes.push({ kind: 'drop-column', table: t, column: name });
  return changes;
}

/** Foreign keys that need `columns` of `table` to stay a key, when `without` (a constraint) goes. */
function keysNeeding(schema: Schema, table: Table, without: string): string[] {
  const stripped: Table = {
    ...table,
    primaryKey: table.primaryKey?.name === without ? undefined : table.primaryKey,
    uniqueConstraints: table.uniqueConstraints.filter((c) => c.name !== without),
  };
  return referencingKeys(schema, table, (cols) => !isUniqueKey(stripped, cols)).map((r) => `${displayName(r.table)}.${r.name}`);
}

/** A unique constraint on the column alone (added or dropped). */
export function setColumnUnique(schema: Schema, ref: QualifiedName, name: string, unique: boolean): SchemaChange[] {
  const table = tableOf(schema, ref);
  columnOf(table, name);
  const own = table.uniqueConstraints.filter((c) => c.columns.length === 1 && c.columns[0] === name);
  if (unique) {
    if (own.length > 0) return [];
    const taken = relationNames(schema, table.schema);
    const constraint = chooseName(table.name, name, 'key', (n) => taken.has(n) || constraintNames(table).has(n));
    return [{ kind: 'add-constraint', table: tableRef(table), constraint: { type: 'unique', name: constraint, columns: [name], include: [], nullsNotDistinct: false, deferrable: false, initiallyDeferred: false } }];
  }
  const changes: SchemaChange[] = [];
  for (const constraint of own) {
    const needed = keysNeeding(schema, table, constraint.name);
    if (needed.length > 0) fail(`${needed.join(', ')} point${needed.length === 1 ? 's' : ''} at ${table.name}.${name}; delete ${needed.length === 1 ? 'that foreign key' : 'those foreign keys'} first.`);
    changes.push({ kind: 'drop-constraint', table: tableRef(table), name: constraint.name });
  }
  return changes;
}

/** The name Postgres gives a column's CHECK (`t_col_check`): the check the column row edits. */
export function columnCheckName(table: Table, column: string): string {
  return makeObjectName(table.name, column, 'check');
}

/** Sets (or, with null, removes) the column's own CHECK; `expression` is canonical SQL. */
export function setColumnCheck(schema: Schema, ref: QualifiedName, name: string, expression: string | null): SchemaChange[] {
  const table = tableOf(schema, ref);
  columnOf(table, name);
  const checkName = columnCheckName(table, name);
  const existing = table.checks.find((c) => c.name === checkName);
  if ((existing?.expression ?? null) === expression) return [];
  const changes: SchemaChange[] = [];
  if (existing) changes.push({ kind: 'drop-constraint', table: tableRef(table), name: checkName });
  if (expression !== null) {
    changes.push({ kind: 'add-constraint', table: tableRef(table), constraint: { type: 'check', name: checkName, expression, notValid: false, noInherit: false, deferrable: false, initiallyDeferred: false } });
  }
  return changes;
}

/** The primary key becomes `columns` (in that order); none removes it. */
export function setPrimaryKey(schema: Schema, ref: QualifiedName, columns: string[]): SchemaChange[] {
  const table = tableOf(schema, ref);
  for (const column of columns) columnOf(table, column);
  const current = table.primaryKey;
  if (current && current.columns.length === columns.length && current.columns.every((c, i) => c === columns[i])) return [];
  if (!current && columns.length === 0) return [];
  const changes: SchemaChange[] = [];
  if (current) {
    const stripped: Table = { ...table, primaryKey: columns.length > 0 ? { ...current, columns } : undefined };
    const needed = referencingKeys(schema, table, (cols) => !isUniqueKey(stripped, cols)).map((r) => `${displayName(r.table)}.${r.name}`);
    if (needed.length > 0) fail(`${needed.join(', ')} point${needed.length === 1 ? 's' : ''} at the primary key of ${table.name}; delete ${needed.length === 1 ? 'that foreign key' : 'those foreign keys'} first.`);
    changes.push({ kind: 'drop-constraint', table: tableRef(table), name: current.name });
  }
  if (columns.length > 0) {
    const taken = relationNames(schema, table.schema);
    if (current) taken.delete(current.name);
    const name = current?.name ?? chooseName(table.name, undefined, 'pkey', (n) => taken.has(n) || constraintNames(table).has(n));
    changes.push({ kind: 'add-constraint', table: tableRef(table), constraint: { type: 'primary-key', name, columns, include: [], deferrable: false, initiallyDeferred: false } });
  }
  return changes;
}
