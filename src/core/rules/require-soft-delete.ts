import type { Table } from '../model/types';
import { softDeleteColumn } from './heuristics';
import { tableRole } from './table-roles';
import { defineRule } from './types';

/** Rows that end by a state change (terminated, cancelled, deactivated, expired) are kept, not deleted. */
const LIFECYCLE = /^(status|state|[a-z_]*_status|lifecycle_state|terminated_at|canceled_at|cancelled_at|closed_at|ended_at|deactivated|deactivated_at|is_deactivated|disabled|disabled_at|is_disabled|enabled|is_enabled|active|is_active|revoked_at|voided_at|expires|expires_at|expiry|expiration|expired_at|expires_ts|valid_until)$/;

/** Tables using soft delete before the schema counts as having the convention. */
const CONVENTION = 2;

/**
 * Soft delete where the schema itself shows it is needed: the schema soft-deletes some tables
 * (`deleted_at`, `discarded_at`, `is_deleted`), and soft-deleted rows reference this table with ON
 * DELETE CASCADE. A hard delete here then defeats theirs: it takes their kept rows with it.
 * Elsewhere soft delete is a design choice the schema gives no evidence for, and the rule stays
 * silent unless `everyUserTable` says it is the team's policy.
 */
export default defineRule({
  meta: {
    id: 'require-soft-delete',
    category: 'patterns',
    description: 'Tables whose deletes cascade to soft-deleted rows should be soft-deleted too.',
    recommended: 'off',
    strict: 'warn',
    pattern: 'soft-delete',
    defaultOptions: { everyUserTable: false },
  },
  create(context) {
    const everyUserTable = Boolean(context.options.everyUserTable);
    let softDeleted: Set<Table> | undefined;
    const softDeletedTables = () => (softDeleted ??= new Set(context.index.tables.filter((t) => !t.partitionOf && softDeleteColumn(t))));
    return {
      table(table) {
        const { role } = tableRole(table, context.schema);
        if (role !== 'entity' || softDeleteColumn(table)) return;
        if (endsByStateChange(table)) return;
        const fix = { kind: 'pattern' as const, description: `Apply soft-delete to ${table.name}`, pattern: 'soft-delete', target: { schema: table.schema, name: table.name } };
        const help = 'Mark rows deleted (deleted_at timestamptz) instead of removing them, with unique indexes partial on live rows.';
        const kept = softDeletedTables();
        // Only ON DELETE CASCADE destroys kept rows: NO ACTION and RESTRICT refuse the delete (which
        // protects them), and SET NULL is the schema's own statement that losing the link is fine.
        const keepers = context.index.referencing(table).filter(({ table: other, fk }) => other !== table && kept.has(other) && fk.onDelete === 'cascade');
        const convention = [...kept].filter((t) => t !== table).length >= CONVENTION;
        if (convention && keepers.length > 0) {
          const names = [...new Set(keepers.map(({ table: t }) => t.name))];
          const listed = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
          context.report({
            target: { schema: table.schema, table: table.name },
            message: `${table.name} has no soft-delete column, yet ${listed} ${names.length === 1 ? 'is' : 'are'} soft-deleted and reference${names.length === 1 ? 's' : ''} it: deleting a row of ${table.name} deletes their rows with it (ON DELETE CASCADE), soft-deleted ones included.`,
            help: `${help} A hard delete here undoes the soft delete of the rows that reference it.`,
            fix,
          });
          return;
        }
        if (!everyUserTable) return;
        // The team's policy (option everyUserTable): every entity table keeps deleted rows.
        context.report({ target: { schema: table.schema, table: table.name }, message: `${table.name} has no soft-delete column.`, help, fix });
      },
    };
  },
});

/** Address columns: a `state` beside them is a region, not the row's lifecycle. */
const ADDRESS = /^(country|country_code|city|zipcode|zip|postal_code|postcode|address|address_line1|street)$/;

function endsByStateChange(table: Table): boolean {
  const address = table.columns.some((c) => ADDRESS.test(c.name));
  return table.columns.some((c) => LIFECYCLE.test(c.name) && !(address && c.name === 'state'));
}

