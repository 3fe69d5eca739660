import { quoteIdent } from '../model/names';
import { defineRule } from './types';

/**
 * reg* types that store OIDs of objects whose OIDs pg_upgrade does not preserve: a table with a
 * column of one of them cannot be upgraded with pg_upgrade (it refuses to start). regclass,
 * regrole and regtype are preserved and allowed (pg_upgrade's check_for_reg_data_type_usage).
 */
const BLOCKING = new Set(['regproc', 'regprocedure', 'regoper', 'regoperator', 'regconfig', 'regdictionary', 'regnamespace', 'regcollation']);

/** Columns of reg* types that block pg_upgrade (splinter 0018, unsupported_reg_types). */
export default defineRule({
  meta: {
    id: 'no-reg-type-columns',
    category: 'types',
    description: 'Columns must not use reg* types (regproc, regconfig, ...) that block pg_upgrade.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        if (table.partitionOf) return;
        for (const column of table.columns) {
          if (column.inherited || column.type.schema || !BLOCKING.has(column.type.name)) continue;
          context.report({
            target: { schema: table.schema, table: table.name, column: column.name },
            message: `Column ${table.name}.${column.name} is ${column.type.name}${'[]'.repeat(column.type.arrayDims)}: pg_upgrade refuses a database with such a column.`,
            help: `Store the name as text (${column.name}::text gives it) and cast it back (::${column.type.name}) where it is used; the stored OIDs would not survive the upgrade anyway.`,
            source: column.source,
            suggestions: [
              {
                kind: 'changes',
                description: `Store ${table.name}.${column.name} as text`,
                changes: [
                  {
                    kind: 'alter-column',
                    table: { schema: table.schema, name: table.name },
                    column: column.name,
                    set: { type: { name: 'text', modifiers: [], arrayDims: column.type.arrayDims }, using: `${quoteIdent(column.name)}::text${'[]'.repeat(column.type.arrayDims)}` },
                  },
                ],
              },
            ],
          });
        }
      },
    };
  },
});
