import { column, isUserDataTable, softDeleteColumn } from './heuristics';
import { defineRule } from './types';

/**
 * The catalogue's strategic alignment: implement soft delete for user-controlled data, so an
 * accidental or malicious delete can be undone and history keeps its references.
 */
export default defineRule({
  meta: {
    id: 'require-soft-delete',
    category: 'patterns',
    description: 'User-data tables should be soft-deleted (a deleted_at column).',
    recommended: 'off',
    strict: 'warn',
    pattern: 'soft-delete',
  },
  create(context) {
    return {
      table(table) {
        if (!isUserDataTable(table) || softDeleteColumn(table)) return;
        // Rows that expire or are revoked (tokens, invitations, grants) end their life that way.
        if (column(table, ['expires', 'expires_at', 'expiry', 'expiration', 'expired_at', 'expires_ts', 'revoked_at', 'valid_until'])) return;
        // Accounts deactivated rather than deleted (Synapse's users.deactivated) keep their rows.
        if (column(table, ['deactivated', 'deactivated_at', 'is_deactivated'])) return;
        // Rows keyed by a parent they cascade away with (a connection's parameters) are parts
        // of that parent: soft delete belongs on the parent, which keeps them.
        const pk = new Set(table.primaryKey?.columns ?? []);
        if (pk.size >= 2 && table.foreignKeys.some((fk) => fk.onDelete === 'cascade' && fk.columns.every((c) => pk.has(c)))) return;
        context.report({
          target: { schema: table.schema, table: table.name },
          message: `${table.name} has no soft-delete column.`,
          help: 'Mark rows deleted (deleted_at timestamptz) instead of removing them, with unique indexes partial on live rows.',
          fix: { kind: 'pattern', description: `Apply soft-delete to ${table.name}`, pattern: 'soft-delete', target: { schema: table.schema, name: table.name } },
        });
      },
    };
  },
});
