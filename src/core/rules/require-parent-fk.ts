import { columnsNamed, historyBaseName, singular } from './heuristics';
import { sameName } from '../model/names';
import { typeFamily } from './type-families';
import { defineRule } from './types';

/**
 * Adjacency list (pattern catalogue): `parent_id` pointing at the same table. Without the
 * self-referencing foreign key, a parent can be deleted under its children and the tree breaks.
 */
export default defineRule({
  meta: {
    id: 'require-parent-fk',
    category: 'patterns',
    description: 'parent_id columns must have a self-referencing foreign key.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'adjacency-list',
  },
  create(context) {
    return {
      table(table) {
        // In a version or history table, parent_id is a copy of the tracked row's own parent.
        if (table.partitionOf || !table.primaryKey || table.primaryKey.columns.length !== 1 || historyBaseName(table.name) !== undefined) return;
        const names = ['parent_id', `${singular(table.name)}_parent_id`, `parent_${singular(table.name)}_id`];
        for (const column of table.columns.filter((c) => names.includes(c.name))) {
          if (table.foreignKeys.some((fk) => fk.columns.length === 1 && fk.columns[0] === column.name)) continue;
          // A composite key back to this table that maps the column to the primary key is the
          // parent link, carrying more: Concourse's (parent_id, parent_state) REFERENCES
          // volumes (id, state) pins the parent's state too.
          const pkColumn = table.primaryKey.columns[0]!;
          if (table.foreignKeys.some((fk) => sameName(fk.references, table) && fk.referencedColumns[fk.columns.indexOf(column.name)] === pkColumn)) continue;
          // parent_id beside parent_type is a polymorphic reference (Rails' commentable parent),
          // not a tree link: no-type-tag-polymorphism speaks for it.
          if (columnsNamed(table, column.name.replace(/_id$/, '_type')).length > 0) continue;
          const pk = table.primaryKey.columns[0]!;
          // A text parent_id beside a bigint key names something else (another system's id).
          const key = columnsNamed(table, pk)[0];
          if (key && typeFamily(column.type, context.schema) !== typeFamily(key.type, context.schema)) continue;
          context.report({
            target: { schema: table.schema, table: table.name, column: column.name },
            message: `${table.name}.${column.name} has no foreign key to ${table.name}.${pk}.`,
            help: 'Add the self-referencing foreign key (and an index on it) so the tree cannot lose a parent.',
            source: column.source,
            fix: { kind: 'pattern', description: `Apply adjacency-list to ${table.name}`, pattern: 'adjacency-list', target: { schema: table.schema, name: table.name }, params: { parentColumn: column.name } },
          });
        }
      },
    };
  },
});
