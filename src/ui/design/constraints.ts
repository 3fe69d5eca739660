/** Design edits on a table's checks, indexes, constraints and comments. */
import type { SchemaChange } from '../../core/changes';
import { chooseName, nameAddition } from '../../core/model/auto-names';
import { type ObjectRef, type QualifiedName, type Schema } from '../../core/model';
import { displayName } from '../lib/display-name';
import { fail } from './errors';
import { checkIdentifier } from './identifiers';
import { columnOf, constraintNames, relationNames, tableOf, tableRef } from './lookup';
import { isUniqueKey, referencedColumnsOf } from '../../core/model/relationships';
import { sameName } from '../../core/model';

/** Index methods Postgres ships with. */
export const INDEX_METHODS = ['btree', 'hash', 'gin', 'gist', 'spgist', 'brin'] as const;

/** A table CHECK; `expression` is canonical SQL (checked by the parser before it gets here). */
export function addCheck(schema: Schema, ref: QualifiedName, expression: string, name?: string): SchemaChange[] {
  const table = tableOf(schema, ref);
  if (!expression.trim()) fail('The check has no expression.');
  const taken = constraintNames(table);
  if (name !== undefined && name !== '') {
    checkIdentifier(name, 'Constraint name');
    if (taken.has(name)) fail(`${table.name} already has a constraint ${name}.`);
  }
  const constraint = name || chooseName(table.name, undefined, 'check', (n) => taken.has(n));
  return [{ kind: 'add-constraint', table: tableRef(table), constraint: { type: 'check', name: constraint, expression, notValid: false, noInherit: false, deferrable: false, initiallyDeferred: false } }];
}

/** Drops a constraint by name; a key other tables' foreign keys point at is refused. */
export function dropConstraint(schema: Schema, ref: QualifiedName, name: string): SchemaChange[] {
  const table = tableOf(schema, ref);
  if (!constraintNames(table).has(name)) fail(`${table.name} has no constraint ${name} (any more).`);
  const isKey = table.primaryKey?.name === name || table.uniqueConstraints.some((c) => c.name === name);
  if (isKey) {
    const stripped = { ...table, primaryKey: table.primaryKey?.name === name ? undefined : table.primaryKey, uniqueConstraints: table.uniqueConstraints.filter((c) => c.name !== name) };
    const needed: string[] = [];
    for (const other of Object.values(schema.tables)) {
      for (const fk of other.foreignKeys) {
        if (sameName(fk.references, table) && !isUniqueKey(stripped, referencedColumnsOf(schema, fk))) needed.push(`${displayName(other)}.${fk.name}`);
      }
    }
    if (needed.length > 0) fail(`${needed.join(', ')} point${needed.length === 1 ? 's' : ''} at ${name}; delete ${needed.length === 1 ? 'that foreign key' : 'those foreign keys'} first.`);
  }
  return [{ kind: 'drop-constraint', table: tableRef(table), name }];
}

export interface IndexDraft {
  columns: string[];
  unique: boolean;
  method: string;
  /** Partial index predicate, canonical SQL. */
  where?: string;
  name?: string;
}

export function addIndex(schema: Schema, ref: QualifiedName, draft: IndexDraft): SchemaChange[] {
  const table = tableOf(schema, ref);
  if (draft.columns.length === 0) fail('Choose at least one column for the index.');
  for (const column of draft.columns) columnOf(table, column);
  if (new Set(draft.columns).size !== draft.columns.length) fail('A column is listed twice.');
  if (!(INDEX_METHODS as readonly string[]).includes(draft.method)) fail(`Unknown index method ${draft.method}.`);
  if (draft.unique && draft.method !== 'btree') fail('Only btree indexes can be unique.');
  const taken = relationNames(schema, table.schema);
  if (draft.name) {
    checkIdentifier(draft.name, 'Index name');
    if (taken.has(draft.name)) fail(`${displayName({ schema: table.schema, name: draft.name })} already exists.`);
  }
  const name = draft.name || chooseName(table.name, nameAddition(draft.columns), draft.unique ? 'key' : 'idx', (n) => taken.has(n));
  return [
    {
      kind: 'add-index',
      table: tableRef(table),
      index: {
        name,
        unique: draft.unique,
        method: draft.method,
        elements: draft.columns.map((column) => ({ column, descending: false })),
        include: [],
        nullsNotDistinct: false,
        only: false,
        ...(draft.where ? { where: draft.where } : {}),
      },
    },
  ];
}

export function dropIndex(schema: Schema, ref: QualifiedName, name: string): SchemaChange[] {
  const table = tableOf(schema, ref);
  if (!table.indexes.some((i) => i.name === name)) fail(`${table.name} has no index ${name} (any more).`);
  return [{ kind: 'drop-index', table: tableRef(table), name }];
}

/** COMMENT ON a table or a column; an empty text removes the comment. */
export function setComment(schema: Schema, ref: QualifiedName, column: string | undefined, text: string): SchemaChange[] {
  const table = tableOf(schema, ref);
  const current = column === undefined ? table.comment : columnOf(table, column).comment;
  const comment = text.trim() === '' ? null : text;
  if ((current ?? null) === comment) return [];
  const target: ObjectRef = column === undefined ? { kind: 'table', schema: table.schema, name: table.name } : { kind: 'column', schema: table.schema, table: table.name, name: column };
  return [{ kind: 'set-comment', target, comment }];
}
