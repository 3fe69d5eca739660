/** Design edits on whole tables: create, rename, delete (tables and views). */
import type { SchemaChange } from '../../core/changes';
import { chooseName } from '../../core/model/auto-names';
import { emptyTable, keyOf, type QualifiedName, type Schema, type Table } from '../../core/model';
import { displayName } from '../lib/display-name';
import { fail } from './errors';
import { checkIdentifier } from './identifiers';
import { relationNames, tableOf, tableRef } from './lookup';
import { renamedObjects } from './object-names';

/** `table_1`, `table_2`, ...: the first name no relation of the schema has. */
export function newTableName(schema: Schema, schemaName = 'public'): string {
  const taken = relationNames(schema, schemaName);
  for (let n = 1; ; n++) if (!taken.has(`table_${n}`)) return `table_${n}`;
}

/**
 * A new table with what nearly every table starts with: `id bigint GENERATED ALWAYS AS
 * IDENTITY PRIMARY KEY` (the linter's own advice: bigint keys, identity rather than serial).
 */
export function createTable(schema: Schema, name: string, schemaName = 'public'): { changes: SchemaChange[]; table: Table } {
  checkIdentifier(name, 'Table name');
  const taken = relationNames(schema, schemaName);
  if (taken.has(name)) fail(`${displayName({ schema: schemaName, name })} already exists.`);
  if (!schema.namespaces[schemaName]) fail(`Schema ${schemaName} does not exist.`);
  const table = emptyTable(schemaName, name);
  table.columns = [{ name: 'id', type: { name: 'bigint', modifiers: [], arrayDims: 0 }, notNull: true, identity: { kind: 'always' } }];
  table.primaryKey = {
    name: chooseName(name, undefined, 'pkey', (candidate) => taken.has(candidate) || candidate === name),
    columns: ['id'],
    include: [],
    deferrable: false,
    initiallyDeferred: false,
  };
  return { changes: [{ kind: 'add-table', table }], table };
}

/**
 * RENAME TABLE. A table the design itself created also gets its generated constraint and index
 * names (`table_1_pkey`) renamed with it, so the CREATE TABLE in the migration reads as if it
 * had been named so from the start; a table of the database keeps them (renaming them would be
 * extra statements on a live database nobody asked for).
 */
export function renameTable(schema: Schema, ref: QualifiedName, newName: string): SchemaChange[] {
  const table = tableOf(schema, ref);
  checkIdentifier(newName, 'Table name');
  if (newName === table.name) return [];
  if (relationNames(schema, table.schema).has(newName)) fail(`${displayName({ schema: table.schema, name: newName })} already exists.`);
  const changes: SchemaChange[] = [{ kind: 'rename-table', table: tableRef(table), newName }];
  if (table.source) return changes;
  const renamed = { schema: table.schema, name: newName };
  const taken = relationNames(schema, table.schema);
  taken.add(newName);
  for (const { kind, from, to } of renamedObjects(table, newName, taken)) {
    changes.push(kind === 'index' ? { kind: 'rename-index', table: renamed, name: from, newName: to } : { kind: 'rename-constraint', table: renamed, name: from, newName: to });
  }
  return changes;
}

/**
 * Deletes tables and views (by node id). Foreign keys of other tables that point at a deleted
 * table go too (as DROP TABLE ... CASCADE would take them); partitions go with their parent. A
 * view that reads a deleted relation must be deleted with it: the user decides, not the tool.
 */
export function deleteNodes(schema: Schema, ids: readonly string[]): { changes: SchemaChange[]; deleted: string[] } {
  const doomed = new Set(ids.filter((id) => schema.tables[id] || schema.views[id]));
  // Partitions follow their parents (to any depth).
  for (let grew = true; grew; ) {
    grew = false;
    for (const [key, table] of Object.entries(schema.tables)) {
      if (!doomed.has(key) && table.partitionOf && doomed.has(keyOf(table.partitionOf.parent))) {
        doomed.add(key);
        grew = true;
      }
    }
  }
  for (const [key, view] of Object.entries(schema.views)) {
    if (doomed.has(key)) continue;
    const reads = view.dependsOn.find((ref) => doomed.has(keyOf(ref)));
    if (reads) fail(`View ${displayName(view)} reads ${displayName(reads)}: select the view too to delete both.`);
  }
  const changes: SchemaChange[] = [];
  for (const [key, table] of Object.entries(schema.tables)) {
    if (doomed.has(key)) continue;
    for (const fk of table.foreignKeys) {
      if (doomed.has(keyOf(fk.references))) changes.push({ kind: 'drop-constraint', table: tableRef(table), name: fk.name });
    }
  }
  // Views first (they read the tables), then partitions before their parents.
  for (const key of doomed) {
    const view = schema.views[key];
    if (view) changes.push({ kind: 'drop-view', view: tableRef(view) });
  }
  const tables = [...doomed].filter((key) => schema.tables[key]).sort((a, b) => depth(schema, b) - depth(schema, a));
  for (const key of tables) changes.push({ kind: 'drop-table', table: tableRef(schema.tables[key]!) });
  return { changes, deleted: [...doomed] };
}

function depth(schema: Schema, key: string): number {
  let n = 0;
  for (let table = schema.tables[key]; table?.partitionOf && n < 64; table = schema.tables[keyOf(table.partitionOf.parent)]) n++;
  return n;
}
