import { historyBaseName, pluralCandidates, columnsNamed } from './heuristics';
import type { Table } from '../model/types';
import { defineRule } from './types';

const ACTOR_TABLES = ['users', 'user', 'accounts', 'account', 'people', 'persons', 'members'];

/**
 * A column named like a reference (`customer_id`, `created_by`) to a table that exists, with no
 * foreign key: nothing stops it from pointing at a row that was never there or was deleted
 * (the catalogue: enforce constraints from day one).
 */
export default defineRule({
  meta: {
    id: 'require-foreign-key',
    category: 'keys',
    description: '*_id and *_by columns that name an existing table must have a foreign key.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    const findTarget = (table: Table, stem: string): Table | undefined => {
      for (const name of pluralCandidates(stem)) {
        const matches = context.index.tablesNamed(name);
        const target = matches.find((t) => t.schema === table.schema) ?? matches[0];
        if (target?.primaryKey?.columns.length === 1) return target;
      }
      return undefined;
    };
    return {
      table(table) {
        // A history table must outlive the rows it records, so its references have no FK.
        const base = historyBaseName(table.name);
        if (table.partitionOf || (base && context.index.table({ schema: table.schema, name: base }))) return;
        const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
        const names = new Set(table.columns.map((c) => c.name));
        for (const column of table.columns) {
          if (fkColumns.has(column.name) || column.type.arrayDims > 0) continue;
          if (table.primaryKey?.columns.length === 1 && table.primaryKey.columns[0] === column.name) continue;
          let target: Table | undefined;
          const idMatch = /^(.+)_id$/.exec(column.name);
          if (idMatch) {
            const stem = idMatch[1]!;
            // `<x>_type` + `<x>_id` is a polymorphic pair: no-type-tag-polymorphism speaks for it.
            if (['_type', '_kind', '_class', '_table'].some((s) => names.has(`${stem}${s}`))) continue;
            target = findTarget(table, stem) ?? findTarget(table, stem.split('_').pop() ?? stem);
          } else if (/_by$/.test(column.name)) {
            target = ACTOR_TABLES.map((n) => context.index.tablesNamed(n).find((t) => t.primaryKey?.columns.length === 1)).find(Boolean);
          }
          if (!target || target === table && column.name === 'id') continue;
          const pkColumn = columnsNamed(target, target!.primaryKey!.columns[0])[0];
          // A text column pointing at an integer key is not that reference.
          if (pkColumn && pkColumn.type.name !== column.type.name && !(isInteger(pkColumn.type.name) && isInteger(column.type.name))) continue;
          context.report({
            target: { schema: table.schema, table: table.name, column: column.name },
            message: `${table.name}.${column.name} looks like a reference to ${target.name} but has no foreign key.`,
            help: `Add FOREIGN KEY (${column.name}) REFERENCES ${target.name}, added NOT VALID then validated on a live database.`,
            source: column.source,
            fix: {
              kind: 'changes',
              description: `Foreign key ${table.name}.${column.name} -> ${target.name}`,
              changes: [{
                kind: 'add-constraint',
                table: { schema: table.schema, name: table.name },
                constraint: {
                  type: 'foreign-key',
                  name: `${table.name}_${column.name}_fkey`.slice(0, 63),
                  columns: [column.name],
                  references: { schema: target.schema, name: target.name },
                  referencedColumns: [...target.primaryKey!.columns],
                  onDelete: 'no-action',
                  onUpdate: 'no-action',
                  match: 'simple',
                  notValid: false,
                  deferrable: false,
                  initiallyDeferred: false,
                },
              }],
            },
          });
        }
      },
    };
  },
});

function isInteger(type: string): boolean {
  return type === 'integer' || type === 'bigint' || type === 'smallint';
}
