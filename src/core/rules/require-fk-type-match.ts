import { formatType } from '../model/format-type';
import { columnsNamed, ownForeignKeys } from './heuristics';
import { defineRule } from './types';

/**
 * A foreign key column whose type differs from the referenced column's (int vs bigint, varchar
 * vs text): Postgres accepts it when the types are comparable, but every check and join needs a
 * cast, the key can overflow on the narrower side, and index use may suffer.
 */
export default defineRule({
  meta: {
    id: 'require-fk-type-match',
    category: 'keys',
    description: 'Foreign key columns must have the same type as the columns they reference.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        for (const fk of ownForeignKeys(table)) {
          const target = context.index.table(fk.references);
          if (!target) continue;
          fk.columns.forEach((name, i) => {
            const column = columnsNamed(table, name)[0];
            const referenced = columnsNamed(target, fk.referencedColumns[i])[0];
            if (!column || !referenced) return;
            const from = formatType(column.type);
            const to = formatType(referenced.type);
            if (from === to) return;
            context.report({
              target: { schema: table.schema, table: table.name, column: name, name: fk.name },
              message: `${table.name}.${name} is ${from} but references ${target.name}.${referenced.name} (${to}).`,
              help: `Make both columns ${to} so comparisons need no cast and values always fit.`,
              source: column.source ?? fk.source,
              fix: {
                kind: 'changes',
                description: `Change ${table.name}.${name} to ${to}`,
                changes: [{ kind: 'alter-column', table: { schema: table.schema, name: table.name }, column: name, set: { type: referenced.type } }],
              },
            });
          });
        }
      },
    };
  },
});
