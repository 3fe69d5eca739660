import type { Column, ForeignKey, Table } from '../model/types';
import { withoutSource } from './fixes';
import { columnsNamed, ownForeignKeys } from './heuristics';
import { defineRule } from './types';

/**
 * The columns a referential action writes NULL into. `SET NULL` nulls every key column, or only
 * those listed (`ON DELETE SET NULL (col)`, Postgres 15+); `SET DEFAULT` writes each column's
 * default, which is NULL for a column without one (or whose default is NULL).
 */
function nulledColumns(table: Table, fk: ForeignKey, action: 'delete' | 'update'): Column[] {
  const kind = action === 'delete' ? fk.onDelete : fk.onUpdate;
  if (kind !== 'set-null' && kind !== 'set-default') return [];
  const listed = action === 'delete' && fk.onDeleteColumns?.length ? fk.onDeleteColumns : fk.columns;
  return listed.flatMap((name) => {
    const column = columnsNamed(table, name)[0];
    if (!column) return [];
    if (kind === 'set-default' && column.default !== undefined && !/^null(::.*)?$/i.test(column.default.trim())) return [];
    return [column];
  });
}

/**
 * A foreign key whose ON DELETE / ON UPDATE SET NULL (or SET DEFAULT with no default) writes NULL
 * into a NOT NULL column. Postgres accepts the declaration, and every delete (or key update) of a
 * parent row that a child references then fails with a not-null violation: the action the key
 * promises never happens. It is the multi-column key's trap: `FOREIGN KEY (tenant_id, parent_id)
 * ... ON DELETE SET NULL` nulls tenant_id too.
 */
export default defineRule({
  meta: {
    id: 'no-set-null-on-not-null-column',
    category: 'keys',
    description: 'A foreign key may not SET NULL (or SET DEFAULT to NULL) a NOT NULL column.',
    recommended: 'error',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        for (const fk of ownForeignKeys(table)) {
          for (const action of ['delete', 'update'] as const) {
            const blocked = nulledColumns(table, fk, action).filter((c) => c.notNull);
            if (blocked.length === 0) continue;
            const kind = (action === 'delete' ? fk.onDelete : fk.onUpdate) === 'set-null' ? 'SET NULL' : 'SET DEFAULT';
            const names = blocked.map((c) => c.name).join(', ');
            const parentWrite = action === 'delete' ? `deleting a row of ${fk.references.name}` : `changing the key of a row of ${fk.references.name}`;
            const nullable = fk.columns.filter((c) => !columnsNamed(table, c)[0]?.notNull);
            // Postgres 15+ nulls only the listed columns of a delete: the nullable ones.
            const listFix = action === 'delete' && kind === 'SET NULL' && nullable.length > 0 && nullable.length < fk.columns.length;
            const ref = { schema: table.schema, name: table.name };
            context.report({
              target: { schema: table.schema, table: table.name, name: fk.name },
              message: `Foreign key ${fk.name} is ON ${action.toUpperCase()} ${kind}, but ${names} ${blocked.length === 1 ? 'is' : 'are'} NOT NULL: ${parentWrite} that ${table.name} references fails with a not-null violation.`,
              help: listFix
                ? `Null only the nullable columns: ON DELETE SET NULL (${nullable.join(', ')}) (Postgres 15+), or choose another action.`
                : `Choose another action (CASCADE, RESTRICT, NO ACTION)${kind === 'SET DEFAULT' ? ', give the columns a default' : ''}, or drop NOT NULL from ${names}.`,
              source: fk.source,
              ...(listFix
                ? {
                    suggestions: [
                      {
                        kind: 'changes' as const,
                        description: `Make ${fk.name} ON DELETE SET NULL (${nullable.join(', ')})`,
                        changes: [
                          { kind: 'drop-constraint' as const, table: ref, name: fk.name },
                          { kind: 'add-constraint' as const, table: ref, constraint: { type: 'foreign-key' as const, ...withoutSource(fk), onDeleteColumns: nullable } },
                        ],
                      },
                    ],
                  }
                : {}),
            });
          }
        }
      },
    };
  },
});
