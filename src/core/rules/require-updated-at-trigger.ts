import type { Table } from '../model/types';
import { historyMainOf, isFrameworkTable, mentions, snapshotLogMainOf, UPDATED_COLUMNS, column } from './heuristics';
import { tableRole } from './table-roles';
import { creationColumn } from './time-columns';
import { defineRule } from './types';
import { describeSite, unseenChange } from './unseen';

/**
 * An updated_at column is only trustworthy when the database maintains it: a BEFORE UPDATE row
 * trigger that sets it. Otherwise every code path (scripts, admin consoles, other services) must
 * remember to, and bulk updates usually do not.
 *
 * A finding where the schema keeps other updated columns by trigger (this one was forgotten); a
 * suggestion where it keeps none (the application owns them), unless `everyTable` makes the
 * trigger the team's policy.
 */
export default defineRule({
  meta: {
    id: 'require-updated-at-trigger',
    category: 'patterns',
    description: 'An updated_at column must be maintained by a BEFORE UPDATE trigger.',
    recommended: 'info',
    strict: 'warn',
    pattern: 'audit-columns',
    defaultOptions: { everyTable: false },
  },
  create(context) {
    const everyTable = context.options.everyTable === true;
    /** Tables whose updated column a trigger keeps current: the schema's own convention, when any. */
    let kept: Set<Table> | undefined;
    const keptByTrigger = () => (kept ??= new Set(context.index.tables.filter((t) => {
      const updated = column(t, UPDATED_COLUMNS);
      return Boolean(updated && !t.partitionOf && maintainedByTrigger(t, updated.name));
    })));
    const maintainedByTrigger = (table: Table, name: string) => context.index.triggersOf(table).some(({ trigger, routine }) => {
      if (!trigger.events.includes('update') || trigger.level !== 'row' || trigger.timing !== 'before') return false;
      // moddatetime(updated_at), a body that assigns NEW.updated_at, or a conventional name.
      if (trigger.arguments.some((arg) => arg === name)) return true;
      if (routine && mentions(routine.body, name) && !onlyCopiesOldValue(routine.body, name)) return true;
      return /updated?_at|timestamp|modified|touch/i.test(trigger.function.name);
    });
    return {
      table(table) {
        // A link table's rows are inserted and deleted, never updated. (A platform's own tables,
        // Supabase's auth.users, are not visited: RuleMeta.platformTables.)
        const { role } = tableRole(table, context.schema);
        if (table.partitionOf || role === 'link') return;
        // A framework's own table (GoodJob's process registry, whose updated_at is the heartbeat
        // the gem sets; Rails' ar_internal_metadata): the framework writes every row, and the
        // application adds no triggers to it.
        if (isFrameworkTable(table)) return;
        const updated = column(table, UPDATED_COLUMNS);
        if (!updated) return;
        // A history table's updated_at is the main row's value at the time of the snapshot; its
        // rows are written once per change and never updated.
        const findTable = (name: string) => context.index.table({ schema: table.schema, name });
        if (historyMainOf(table, findTable)) return;
        // So is a snapshot log's (DolphinScheduler's t_ds_process_definition_log copies every
        // column of the definition at each save): its update time is the copied row's, and a
        // trigger setting it to now() would overwrite the version's own date.
        if (snapshotLogMainOf(table, findTable)) return;
        // So is a history that records only who and when (a `user_login_histories` row per login:
        // a key, the user, and its times): no value of its own can change, and its updated_at is
        // an ORM's default column a trigger would never touch. A history with values (a pay rate
        // in AdventureWorks' EmployeePayHistory, an archive's status, a transfer's EndDate) is
        // updated when they are set or corrected: reported.
        const created = creationColumn(table, context.schema);
        if (role === 'history' && onlyReferencesAndOwnTimes(table, updated.name, created?.name)) return;
        // Lemmy's `updated`: nullable with no default beside a creation column that is always set.
        // It says when the content was edited (NULL until then), and the application sets it on
        // edits only; a trigger bumping it on every update (a vote count, a flag) would change that.
        if (!updated.notNull && updated.default === undefined && created && created !== updated && (created.notNull || created.default !== undefined)) return;
        // Harbor's clair_vuln_timestamp.last_update: NOT NULL with no default and no creation time
        // beside it, so every insert must supply it. The writer records when something outside the
        // row last changed (Clair's vulnerability data for a namespace), not when the row did.
        if (updated.notNull && updated.default === undefined && !updated.generated && !created) return;
        if (maintainedByTrigger(table, updated.name)) return;
        // Where the schema keeps other tables' updated columns by trigger, this one was forgotten.
        // Where it keeps none, the application sets them (Rails, Ecto, Django and Hibernate do on
        // every save): a trigger is the safer design, but its absence is a choice, not a defect.
        const others = [...keptByTrigger()].filter((t) => t !== table);
        const convention = others.length > 0;
        const unseen = unseenChange(context.schema, table, ['trigger']);
        const help = 'Add a BEFORE UPDATE ... FOR EACH ROW trigger that sets NEW.updated_at = now() (the audit-columns pattern does).';
        context.report({
          target: { schema: table.schema, table: table.name, column: updated.name },
          message: unseen
            ? `Could not see a trigger maintaining ${table.name}.${updated.name}: ${describeSite(unseen)} may create one.`
            : `${table.name}.${updated.name} is not maintained by a trigger.`,
          help: convention
            ? `${help} The schema keeps ${others.length === 1 ? `${others[0]!.name}'s` : `${others.length} other tables'`} updated column by trigger; this one was left out.`
            : `${help} No table of this schema has one, so the application sets these columns itself; every write that bypasses it (a bulk UPDATE, a console, another service) leaves them stale.`,
          source: updated.source,
          fix: { kind: 'pattern', description: `Apply the audit-columns pattern to ${table.name}`, pattern: 'audit-columns', target: { schema: table.schema, name: table.name } },
          ...(convention || everyTable ? {} : { suggestion: true as const }),
        });
      },
    };
  },
});

/**
 * A versioning trigger copies the old row, `OLD.updated_at` with the rest, into a history table
 * before an update: it names the column but never sets it. A body that names `OLD.<column>` and
 * never `NEW.<column>` does not maintain it.
 */
function onlyCopiesOldValue(body: string, name: string): boolean {
  const column = name.replace(/[^a-z0-9_]/gi, '');
  const on = (record: string) => new RegExp(`\\b${record}\\s*\\.\\s*"?${column}"?([^a-z0-9_]|$)`, 'i').test(body);
  return on('old') && !on('new');
}

/** Every column is part of the key or of a foreign key, or is the row's creation or update time. */
function onlyReferencesAndOwnTimes(table: Table, updated: string, created: string | undefined): boolean {
  const structural = new Set([...(table.primaryKey?.columns ?? []), ...table.foreignKeys.flatMap((fk) => fk.columns), updated, ...(created ? [created] : [])]);
  return table.columns.every((c) => structural.has(c.name));
}
