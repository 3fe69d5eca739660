/**
 * Rules of the shape "columns of type X should be type Y": one visitor, options for the types
 * involved, a fix that changes the type.
 */
import type { SchemaChange } from '../changes/types';
import type { Column, Table, TypeRef } from '../model/types';
import { isLedgerTable } from './heuristics';
import { defineRule, type Rule, type RuleMeta } from './types';

export interface ColumnTypeRuleSpec {
  meta: RuleMeta;
  matches(column: Column, table: Table): boolean;
  message(table: Table, column: Column): string;
  help: string;
  /** The replacement type, when a mechanical fix is safe to offer. */
  replacement?(column: Column): TypeRef;
  /** Offer the replacement as a suggestion rather than a fix (it changes behaviour). */
  suggestOnly?: boolean;
}

export function columnTypeRule(spec: ColumnTypeRuleSpec): Rule {
  return defineRule({
    meta: spec.meta,
    create(context) {
      return {
        table(table) {
          // A migration ledger's column types are its tool's business (Rails' ar_internal_metadata).
          if (table.partitionOf || isLedgerTable(table)) return;
          for (const column of table.columns) {
            if (column.inherited || !spec.matches(column, table)) continue;
            const replacement = spec.replacement?.(column);
            const change: SchemaChange[] = replacement
              ? [{ kind: 'alter-column', table: { schema: table.schema, name: table.name }, column: column.name, set: { type: replacement } }]
              : [];
            const fix = replacement ? { kind: 'changes' as const, description: `Change ${table.name}.${column.name}'s type`, changes: change } : undefined;
            context.report({
              target: { schema: table.schema, table: table.name, column: column.name },
              message: spec.message(table, column),
              help: spec.help,
              source: column.source,
              ...(fix && !spec.suggestOnly ? { fix } : {}),
              ...(fix && spec.suggestOnly ? { suggestions: [fix] } : {}),
            });
          }
        },
      };
    },
  });
}
