import { CREATED_COLUMNS, UPDATED_COLUMNS, column, isAppendOnlyLog, isUserDataTable } from './heuristics';
import { defineRule } from './types';

/**
 * Audit columns (pattern catalogue, tier 1): every user-data table records when a row was created
 * and last changed, and optionally by whom. Without them, support questions ("when did this
 * change?") and incremental syncs have nothing to go on.
 */
export default defineRule({
  meta: {
    id: 'require-audit-columns',
    category: 'patterns',
    description: 'User-data tables must have created_at and updated_at (created_by / updated_by as an option).',
    recommended: 'warn',
    strict: 'error',
    pattern: 'audit-columns',
    defaultOptions: { requireActor: false },
  },
  create(context) {
    const requireActor = Boolean(context.options.requireActor);
    return {
      table(table) {
        if (!isUserDataTable(table)) return;
        const missing: string[] = [];
        // Append-only logs record when a row happened; their rows never change.
        const appendOnly = isAppendOnlyLog(table);
        // Lemmy's `published` (ActivityPub's word) and OpenStreetMap's `timestamp` record when a
        // row was made when they are NOT NULL; a nullable published_at is a draft's publish time.
        const createdWhen = column(table, ['published_at', 'published', 'timestamp'])?.notNull === true;
        if (!createdWhen && !column(table, appendOnly ? [...CREATED_COLUMNS, 'occurred_at', 'logged_at', 'recorded_at', 'happened_at', 'at', 'ts', 'timestamp'] : CREATED_COLUMNS)) missing.push('created_at');
        if (!appendOnly && !column(table, UPDATED_COLUMNS)) missing.push('updated_at');
        if (requireActor) {
          if (!column(table, ['created_by', 'creator_id', 'created_by_id'])) missing.push('created_by');
          if (!column(table, ['updated_by', 'updater_id', 'updated_by_id', 'modified_by'])) missing.push('updated_by');
        }
        if (missing.length === 0) return;
        context.report({
          target: { schema: table.schema, table: table.name },
          message: `Table ${table.name} has no ${missing.join(' / ')} column${missing.length > 1 ? 's' : ''}.`,
          help: 'Record when rows are created and changed: timestamptz NOT NULL DEFAULT now(), with a trigger keeping updated_at current.',
          fix: {
            kind: 'pattern',
            description: `Apply the audit-columns pattern to ${table.name}`,
            pattern: 'audit-columns',
            target: { schema: table.schema, name: table.name },
          },
        });
      },
    };
  },
});
