import type { SchemaChange } from '../changes/types';
import { formatType } from '../model/format-type';
import { historyBaseName, looksLikeHistoryOf, columnsNamed } from './heuristics';
import { defineRule } from './types';

/**
 * A history table must be able to hold every column of its main table with the same type;
 * otherwise the trigger fails (or silently drops data) once the main table gains a column.
 */
export default defineRule({
  meta: {
    id: 'require-history-parity',
    category: 'patterns',
    description: 'A history table must have every column of its main table, with the same types.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'history-table',
  },
  create(context) {
    return {
      table(history) {
        const baseName = historyBaseName(history.name);
        const main = baseName ? context.index.table({ schema: history.schema, name: baseName }) : undefined;
        if (!main || !looksLikeHistoryOf(history, main)) return;
        const missing: string[] = [];
        const differing: string[] = [];
        for (const column of main.columns) {
          const copy = columnsNamed(history, column.name)[0];
          if (!copy) missing.push(column.name);
          else if (formatType(copy.type) !== formatType(column.type)) differing.push(`${column.name} (${formatType(copy.type)} vs ${formatType(column.type)})`);
        }
        if (missing.length === 0 && differing.length === 0) return;
        const parts = [missing.length ? `lacks ${missing.join(', ')}` : '', differing.length ? `has other types for ${differing.join(', ')}` : ''].filter(Boolean);
        context.report({
          target: { schema: history.schema, table: history.name },
          message: `${history.name} ${parts.join(' and ')} compared with ${main.name}.`,
          help: `Keep ${history.name} in step with ${main.name}: add the missing columns with the same types (nullable).`,
          fix: {
            kind: 'changes',
            description: `Bring ${history.name}'s columns in line with ${main.name}`,
            changes: main.columns.flatMap((c): SchemaChange[] => {
              const ref = { schema: history.schema, name: history.name };
              if (missing.includes(c.name)) return [{ kind: 'add-column' as const, table: ref, column: { name: c.name, type: c.type, notNull: false } }];
              if (differing.some((d) => d.startsWith(`${c.name} (`))) return [{ kind: 'alter-column' as const, table: ref, column: c.name, set: { type: c.type } }];
              return [];
            }),
          },
        });
      },
    };
  },
});
