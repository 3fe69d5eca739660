import { historyMainOf, isToolSchemaTable, mentions, UPDATED_COLUMNS, column } from './heuristics';
import { creationColumn, tableRole } from './table-roles';
import { defineRule } from './types';
import { describeSite, unseenChange } from './unseen';

/**
 * An updated_at column is only trustworthy when the database maintains it: a BEFORE UPDATE row
 * trigger that sets it. Otherwise every code path (scripts, admin consoles, other services) must
 * remember to, and bulk updates usually do not.
 */
export default defineRule({
  meta: {
    id: 'require-updated-at-trigger',
    category: 'patterns',
    description: 'An updated_at column must be maintained by a BEFORE UPDATE trigger.',
    recommended: 'info',
    strict: 'warn',
    pattern: 'audit-columns',
  },
  create(context) {
    return {
      table(table) {
        // A platform's own tables (Supabase's auth.users) are not the application's to add triggers
        // to; a link table's rows are inserted and deleted, never updated.
        if (table.partitionOf || isToolSchemaTable(table) || tableRole(table, context.schema).role === 'link') return;
        const updated = column(table, UPDATED_COLUMNS);
        if (!updated) return;
        // A history table's updated_at is the main row's value at the time of the snapshot; its
        // rows are written once per change and never updated.
        if (historyMainOf(table, (name) => context.index.table({ schema: table.schema, name }))) return;
        // Lemmy's `updated`: nullable with no default beside a creation column that is always set.
        // It says when the content was edited (NULL until then), and the application sets it on
        // edits only; a trigger bumping it on every update (a vote count, a flag) would change that.
        const created = creationColumn(table, context.schema);
        if (!updated.notNull && updated.default === undefined && created && created !== updated && (created.notNull || created.default !== undefined)) return;
        const maintained = context.index.triggersOf(table).some(({ trigger, routine }) => {
          if (!trigger.events.includes('update') || trigger.level !== 'row' || trigger.timing !== 'before') return false;
          // moddatetime(updated_at), a body that assigns NEW.updated_at, or a conventional name.
          if (trigger.arguments.some((arg) => arg === updated.name)) return true;
          if (routine && mentions(routine.body, updated.name)) return true;
          return /updated?_at|timestamp|modified|touch/i.test(trigger.function.name);
        });
        if (maintained) return;
        const unseen = unseenChange(context.schema, table, ['trigger']);
        context.report({
          target: { schema: table.schema, table: table.name, column: updated.name },
          message: unseen
            ? `Could not see a trigger maintaining ${table.name}.${updated.name}: ${describeSite(unseen)} may create one.`
            : `${table.name}.${updated.name} is not maintained by a trigger.`,
          help: 'Add a BEFORE UPDATE ... FOR EACH ROW trigger that sets NEW.updated_at = now() (the audit-columns pattern does).',
          source: updated.source,
          fix: { kind: 'pattern', description: `Apply the audit-columns pattern to ${table.name}`, pattern: 'audit-columns', target: { schema: table.schema, name: table.name } },
        });
      },
    };
  },
});
