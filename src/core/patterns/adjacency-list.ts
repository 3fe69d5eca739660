/**
 * adjacency-list: a tree stored as `parent_id` referencing the same table. A self foreign key (so
 * a parent cannot vanish under its children), an index on parent_id (children of a node, and the
 * foreign key's checks on delete), `CHECK (parent_id <> id)`; parent_id nullable so roots exist.
 */
import type { SchemaChange } from '../changes/types';
import { formatType } from '../model/format-type';
import type { Table } from '../model/types';
import { btreeIndex, column, columnOf, constraintNames, foreignKey, freeName, q, refOf, relationNames, singleKey, singular } from './build';
import { changes, decline, defineTablePattern } from './define';
import { canonical, mentionsColumn } from './sql-text';

export interface AdjacencyListParams {
  parentColumn: string;
  onDelete: 'restrict' | 'cascade' | 'set-null' | 'no-action';
}

/** The parent column a table already has (the names rule require-parent-fk knows), if any. */
export function parentColumnOf(table: Table): string | undefined {
  const names = ['parent_id', `${singular(table.name)}_parent_id`, `parent_${singular(table.name)}_id`];
  return names.find((n) => columnOf(table, n));
}

/** The column of a self-referencing single-column foreign key to the table's key, if any. */
export function selfReference(table: Table, parent: string): boolean {
  const key = singleKey(table);
  return Boolean(key) && table.foreignKeys.some((fk) => fk.columns.length === 1 && fk.columns[0] === parent && fk.references.schema === table.schema && fk.references.name === table.name && fk.referencedColumns.join() === key!.name);
}

export default defineTablePattern<AdjacencyListParams>({
  id: 'adjacency-list',
  title: 'Adjacency list (tree)',
  description:
    'Stores a tree as a parent_id column referencing the same table: a self foreign key so a parent cannot be deleted under its children (ON DELETE as you choose), an index on parent_id for listing children, and CHECK (parent_id <> id) so a row cannot be its own parent. Roots have no parent (parent_id is nullable). Read a subtree with a recursive CTE.',
  defaultParams: { parentColumn: '', onDelete: 'restrict' },
  params: [
    { name: 'parentColumn', label: 'Parent column', kind: 'string', help: 'Name of the parent column; empty: an existing parent_id (or <singular>_parent_id), else parent_id.' },
    { name: 'onDelete', label: 'On parent delete', kind: 'choice', choices: ['restrict', 'cascade', 'set-null', 'no-action'], help: 'restrict: a node with children cannot be deleted; cascade: its subtree goes with it; set-null: its children become roots.' },
  ],
  serves: ['require-parent-fk', 'no-self-fk-not-null'],
  analyze(schema, table, params) {
    const key = singleKey(table);
    if (!key) return decline(`${table.name} has no single-column primary key for parent_id to reference`);
    const ref = refOf(table);
    const parentName = params.parentColumn || parentColumnOf(table) || 'parent_id';
    if (parentName === key.name) return decline('the parent column cannot be the primary key');
    const out: SchemaChange[] = [];
    const parent = columnOf(table, parentName);
    if (parent) {
      if (formatType(parent.type) !== formatType(key.type)) return decline(`${table.name}.${parentName} is ${formatType(parent.type)} but ${key.name} is ${formatType(key.type)}`);
      if (parent.generated || parent.identity) return decline(`${table.name}.${parentName} is generated`);
      if (parent.notNull) out.push({ kind: 'alter-column', table: ref, column: parentName, set: { notNull: false } });
    } else {
      out.push({ kind: 'add-column', table: ref, column: column(parentName, { ...key.type, modifiers: [...key.type.modifiers] }) });
    }
    const constraints = constraintNames(table);
    const taken = relationNames(schema, table.schema);
    if (!selfReference(table, parentName)) {
      if (table.foreignKeys.some((fk) => fk.columns.includes(parentName))) return decline(`${table.name}.${parentName} already references another table`);
      const name = freeName(table.name, parentName, 'fkey', (n) => constraints.has(n) || taken.has(n));
      constraints.add(name);
      out.push({ kind: 'add-constraint', table: ref, constraint: { type: 'foreign-key', ...foreignKey(name, [parentName], ref, [key.name], params.onDelete) } });
    }
    if (!table.indexes.some((ix) => ix.elements[0]?.column === parentName && !ix.where)) {
      out.push({ kind: 'add-index', table: ref, index: btreeIndex(freeName(table.name, parentName, 'idx', (n) => taken.has(n)), [parentName]) });
    }
    const expression = canonical(`${q(parentName)} <> ${q(key.name)}`);
    if (!table.checks.some((c) => c.expression === expression || (mentionsColumn(c.expression, parentName) && mentionsColumn(c.expression, key.name) && /<>|!=|IS DISTINCT FROM/i.test(c.expression)))) {
      out.push({ kind: 'add-constraint', table: ref, constraint: { type: 'check', name: freeName(table.name, parentName, 'check', (n) => constraints.has(n)), expression, notValid: false, noInherit: false, deferrable: false, initiallyDeferred: false } });
    }
    return changes(out);
  },
});
