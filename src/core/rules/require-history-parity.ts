import type { SchemaChange } from '../changes/types';
import { formatType } from '../model/format-type';
import { keyOf } from '../model/names';
import type { Column, Schema, Table } from '../model/types';
import { historyBaseName, looksLikeHistoryOf, columnsNamed } from './heuristics';
import { creationColumn, updateColumn } from './time-columns';
import { typeFamily } from './type-families';
import { defineRule } from './types';

/**
 * Main-table columns a history holds under another name: a single-column reference whose
 * history twin, under its own name, references the same table (OpenOLAT's password history keeps
 * `o_bs_authentication.identity_fk` as `fk_identity`, both keys to `o_bs_identity`).
 */
function referencesHeldUnderAnotherName(history: Table, main: Table): Set<string> {
  const held = new Set<string>();
  const target = (t: { references: { schema?: string; name: string } }) => keyOf({ schema: t.references.schema ?? main.schema, name: t.references.name });
  for (const fk of main.foreignKeys) {
    const [name] = fk.columns;
    if (fk.columns.length !== 1 || name === undefined || columnsNamed(history, name).length > 0) continue;
    const twin = history.foreignKeys.find((h) => h.columns.length === 1 && target(h) === target(fk) && columnsNamed(main, h.columns[0]).length === 0);
    if (twin) held.add(name);
  }
  return held;
}

/**
 * The live row's bookkeeping, which a snapshot need not copy: its optimistic-lock counter (JPA's
 * and Hibernate's `version`, Rails' `lock_version`: an integer NOT NULL bumped on every write)
 * and, when the history row records its own time, the main row's last-change time, which that
 * time replaces.
 */
/** Hibernate's and JPA's spellings of the last-change time, run together (`lastmodified`). */
const LAST_CHANGE = /^last_?(modified|updated|changed)(_?(at|on|date|time))?$/i;

function isLiveRowBookkeeping(column: Column, main: Table, history: Table, schema: Schema): boolean {
  if (/^(version|lock_version)$/i.test(column.name) && column.notNull && typeFamily(column.type, schema) === 'integer') return true;
  const lastChange = updateColumn(main, schema)?.name === column.name || (LAST_CHANGE.test(column.name) && /^(timestamp|date$)/.test(column.type.name));
  return lastChange && creationColumn(history, schema) !== undefined;
}

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
        const renamed = referencesHeldUnderAnotherName(history, main);
        for (const column of main.columns) {
          const copy = columnsNamed(history, column.name)[0];
          if (!copy) {
            if (!renamed.has(column.name) && !isLiveRowBookkeeping(column, main, history, context.schema)) missing.push(column.name);
          }
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
