import { keyOf, sameName } from '../model/names';
import { historyBaseName, historyMainOf, pluralCandidates, columnsNamed } from './heuristics';
import { APPEND_ONLY_ROLES, tableRole, type TableRole } from './table-roles';
import type { Table } from '../model/types';
import { defineRule } from './types';

const ACTOR_TABLES = ['users', 'user', 'accounts', 'account', 'people', 'persons', 'members'];

/** Tables whose references must not have foreign keys (see the visitor), or are not the application's. */
const WITHOUT_FKS: ReadonlySet<TableRole> = new Set(['partition', 'infrastructure', 'utility', 'history', 'log', 'event', 'stream', 'staging', 'idempotency']);

/**
 * High-water marks (`last_subscriber_id`, `max_event_id`) and low-water marks named for the state
 * that bounds them (`first_logged_build_id`: the first build whose logs are kept). A plain
 * `first_<x>_id` (`first_observation_id`) points at one row and is checked.
 */
const WATERMARK = /^(last|max|min|latest|highest|lowest)_(?![a-z0-9_]*_by_)[a-z0-9_]+_id$|^(first|earliest|oldest)_(?![a-z0-9_]*_by_)[a-z]+(ed|en)_[a-z0-9_]+_id$/;

/**
 * `<verb>_by` names who did something when the verb is a past participle (`created_by`,
 * `approved_by`, `written_by`, `sent_by`); `due_by` (a deadline), `sort_by` or `group_by` name no one.
 */
const ACTOR_BY = /^(?:[a-z0-9_]*_)?([a-z]+(?:ed|en)|sent|made|done|set|paid|sold|bought|built|held|led|read|run|won|put|cut|shut|spent|told|found|kept|left|lost|met|brought|caught|taught)_by$/;

/**
 * `replaced_by`, `superseded_by`: a past participle of succession names the row that took this
 * one's place, another row of the same table (Safecast's `measurements.replaced_by` beside
 * `original_id` and `expired_at`), not who did it.
 */
const SUCCESSOR_BY = /^(?:[a-z0-9_]*_)?(replaced|superseded|succeeded|obsoleted|preceded)_by$/;

/**
 * A column named like a reference (`customer_id`, `created_by`) to a table that exists, with no
 * foreign key: nothing stops it from pointing at a row that was never there or was deleted
 * (the catalogue: enforce constraints from day one).
 */
export default defineRule({
  meta: {
    id: 'require-foreign-key',
    category: 'keys',
    description: '*_id, id_* and *_by columns that name an existing table must have a foreign key.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    const findTarget = (table: Table, stem: string): Table | undefined => {
      for (const name of pluralCandidates(stem)) {
        const matches = context.index.tablesNamed(name);
        const target = matches.find((t) => t.schema === table.schema) ?? matches[0];
        if (target?.primaryKey?.columns.length === 1) return target;
      }
      return undefined;
    };
    let byParent: Map<string, Table[]> | undefined;
    const partitionsOf = (table: Table): Table[] => {
      if (!byParent) {
        byParent = new Map();
        for (const t of context.index.tables) {
          if (!t.partitionOf) continue;
          const key = keyOf(t.partitionOf.parent);
          byParent.set(key, [...(byParent.get(key) ?? []), t]);
        }
      }
      return byParent.get(keyOf(table)) ?? [];
    };
    /**
     * An append-only event or log table that no foreign key in the schema points at (Lago's raw
     * usage `events`): the schema keeps it apart from the relational model, an ingest table pruned
     * by retention, partitioned away or moved to another store, and names its rows only by value.
     * A first foreign key into it would block that pruning; where the schema does declare one
     * (an event store its projections reference), the missing ones are reported.
     */
    const isUnreferencedIngest = (target: Table): boolean =>
      APPEND_ONLY_ROLES.has(tableRole(target, context.schema).role) && context.index.referencing(target).length === 0;
    return {
      table(table) {
        // History tables, event logs and change streams must outlive the rows they record, and
        // staging areas hold rows that arrive before what they name exists, so their references
        // have no FK (one would block deleting the row, cascade the record away, or refuse the
        // arrival); a tool's tables (pg_partman's templates, job queues) are not the application's.
        if (WITHOUT_FKS.has(tableRole(table, context.schema).role)) return;
        const base = historyBaseName(table.name);
        if (base && ([base, ...pluralCandidates(base).slice(1)].some((name) => context.index.table({ schema: table.schema, name })) || historyMainOf(table, (name) => context.index.table({ schema: table.schema, name })))) return;
        const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
        const names = new Set(table.columns.map((c) => c.name));
        for (const column of table.columns) {
          if (fkColumns.has(column.name) || column.type.arrayDims > 0) continue;
          if (table.primaryKey?.columns.length === 1 && table.primaryKey.columns[0] === column.name) continue;
          // last_subscriber_id, max_event_id, first_logged_build_id: a position reached (a high- or
          // low-water mark), not a link; the row it names may be deleted while the mark stays.
          if (WATERMARK.test(column.name)) continue;
          let target: Table | undefined;
          const idMatch = /^(.+)_id$/.exec(column.name);
          // `id_cliente`, `id_producto`: the id first, as Spanish, Portuguese, Italian and French
          // schemas name their keys; OpenID Connect's `id_token` is a token, not a reference.
          const idFirst = idMatch ? undefined : /^id_([a-z][a-z0-9_]*[a-z0-9])$/.exec(column.name);
          if (idFirst && idFirst[1] !== 'token') {
            target = findTarget(table, idFirst[1]!);
          } else if (idMatch) {
            const stem = idMatch[1]!;
            // `<x>_type` + `<x>_id` is a polymorphic pair: no-type-tag-polymorphism speaks for it.
            if (['_type', '_kind', '_class', '_table'].some((s) => names.has(`${stem}${s}`))) continue;
            // Concourse's `meta_job_id` beside `meta_job_name`: an id kept under a prefix with the
            // named row's name beside it is a copy of the row's context taken when it was written
            // (to show, to filter by), not a link: it must outlive that row, and holds 0 for none.
            if (stem.includes('_') && names.has(`${stem}_name`) && !findTarget(table, stem)) continue;
            target = findTarget(table, stem) ?? findTarget(table, stem.split('_').pop() ?? stem);
          } else if (SUCCESSOR_BY.test(column.name)) {
            target = table.primaryKey?.columns.length === 1 ? table : undefined;
          } else if (ACTOR_BY.test(column.name)) {
            target = ACTOR_TABLES.map((n) => context.index.tablesNamed(n).find((t) => t.primaryKey?.columns.length === 1)).find(Boolean);
          }
          if (!target || (target === table && column.name === 'id')) continue;
          if (isUnreferencedIngest(target)) continue;
          // reactions.reaction_id names the kind of reaction: a column named after its own table
          // is not a link to another of its rows (those are parent_id, previous_<x>_id, ...).
          const stem = idMatch?.[1] ?? idFirst?.[1];
          if (target === table && stem && pluralCandidates(stem).includes(table.name)) continue;
          const pkColumn = columnsNamed(target, target!.primaryKey!.columns[0])[0];
          // `flow_id` names flows.id or flows.flow_id; a table keyed by something else (Kestra's
          // flows by `key`) is not what the column holds.
          if (pkColumn && pkColumn.name !== 'id' && pkColumn.name !== column.name) continue;
          // A text column pointing at an integer key is not that reference.
          if (pkColumn && pkColumn.type.name !== column.type.name && !(isInteger(pkColumn.type.name) && isInteger(column.type.name))) continue;
          // pg_dump of an older partitioned table (pagila's payment) declares the key on each
          // partition: the rows are checked, but a partition attached later is not.
          const partitions = table.partitioning ? partitionsOf(table) : [];
          const withKey = partitions.filter((p) => p.foreignKeys.some((fk) => fk.columns.length === 1 && fk.columns[0] === column.name && sameName(fk.references, target!))).length;
          const onPartitions = partitions.length > 0 && withKey === partitions.length;
          context.report({
            target: { schema: table.schema, table: table.name, column: column.name },
            message: onPartitions
              ? `${table.name}.${column.name} references ${target.name} through a foreign key on each of its ${partitions.length} partition${partitions.length === 1 ? '' : 's'}, but none on ${table.name}: a partition attached later is not checked.`
              : withKey > 0
                ? `${table.name}.${column.name} looks like a reference to ${target.name} but has no foreign key; only ${withKey} of its ${partitions.length} partitions declare one.`
                : `${table.name}.${column.name} looks like a reference to ${target.name} but has no foreign key.`,
            help: `Add FOREIGN KEY (${column.name}) REFERENCES ${target.name}, added NOT VALID then validated on a live database.`,
            source: column.source,
            fix: {
              kind: 'changes',
              description: `Foreign key ${table.name}.${column.name} -> ${target.name}`,
              changes: [{
                kind: 'add-constraint',
                table: { schema: table.schema, name: table.name },
                constraint: {
                  type: 'foreign-key',
                  name: `${table.name}_${column.name}_fkey`.slice(0, 63),
                  columns: [column.name],
                  references: { schema: target.schema, name: target.name },
                  referencedColumns: [...target.primaryKey!.columns],
                  onDelete: 'no-action',
                  onUpdate: 'no-action',
                  match: 'simple',
                  notValid: false,
                  deferrable: false,
                  initiallyDeferred: false,
                },
              }],
            },
          });
        }
      },
    };
  },
});

function isInteger(type: string): boolean {
  return type === 'integer' || type === 'bigint' || type === 'smallint';
}
