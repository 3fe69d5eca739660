import { keywordKindOf } from '@pgsql/quotes';
import { isInfrastructureTable } from './heuristics';
import { defineRule, type Target } from './types';

/**
 * A table or column named with a reserved SQL keyword (`user`, `order`, `group`) must be quoted in
 * every query, and tools that generate SQL forget to. Unreserved keywords are fine.
 */
export default defineRule({
  meta: {
    id: 'no-reserved-word-identifier',
    category: 'naming',
    description: 'Do not name tables or columns with reserved SQL keywords.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
    foreignTables: true,
  },
  create(context) {
    const check = (name: string, target: Target, source: Parameters<typeof context.report>[0]['source']) => {
      const kind = keywordKindOf(name.toLowerCase());
      if (kind !== 'RESERVED_KEYWORD' && kind !== 'TYPE_FUNC_NAME_KEYWORD') return;
      context.report({
        target,
        message: `"${name}" is a reserved word in SQL.`,
        help: 'It must be double-quoted everywhere it is used; choose another name (e.g. app_user, sort_order).',
        source,
      });
    };
    return {
      table(table) {
        // A framework's or library's own table (Oban's oban_beats."limit") is named by its tool:
        // the application cannot rename it.
        if (table.partitionOf || isInfrastructureTable(table)) return;
        check(table.name, { schema: table.schema, table: table.name }, table.source);
        for (const c of table.columns) if (!c.inherited) check(c.name, { schema: table.schema, table: table.name, column: c.name }, c.source);
      },
    };
  },
});
