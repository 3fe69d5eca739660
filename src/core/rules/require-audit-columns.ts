import type { Table } from '../model/types';
import { column, columnsNamed, softDeleteColumn } from './heuristics';
import { APPEND_ONLY_ROLES, tableRole, type TableRole } from './table-roles';
import { creationColumn, isTimeColumn, updateColumn } from './time-columns';
import { defineRule } from './types';

/**
 * Tables whose rows are not the application's records: a queue item, a cache entry, a position,
 * a session, derived data, a link or lookup row, the parts of a parent, a tool's table. When such
 * a row was made or changed is not a question anyone asks of it (or its owner row answers it).
 */
const NOT_AUDITED: ReadonlySet<TableRole> = new Set([
  'partition', 'infrastructure', 'utility', 'stream', 'staging', 'idempotency', 'session', 'cache', 'lock', 'queue',
  'position', 'derived', 'document-store', 'link', 'parts', 'lookup', 'keyless',
]);

/** Columns that show rows change after insert: a status, counters, last-seen values, an on/off switch. */
const MUTABLE_STATE = /^(status|state|[a-z_]*_status|[a-z_]*_state|[a-z_]*_count|[a-z_]*_counter|last_[a-z_]+|enabled|is_enabled|disabled|is_disabled|active|is_active)$/;
/**
 * Counts that measure the row's own content (a message's `token_count`, a document's
 * `word_count`, a file's `page_count`): computed when the row is written, not counters.
 */
const CONTENT_MEASURE = /^(tokens?|words?|chars?|characters?|lines?|pages?|bytes?|frames?|samples?|pixels?)_count$/;

/**
 * Audit columns (pattern catalogue, tier 1): every table of the application's records says when a
 * row was created and last changed, and optionally by whom. Without them, support questions ("when
 * did this change?") and incremental syncs have nothing to go on.
 *
 * A suggestion (info) in both presets: whether a table needs them is a judgement of what it is for,
 * which names and shapes get right most of the time but not reliably (docs/lint-precision.md).
 * Teams whose policy is audit columns everywhere set the rule to warn or error.
 */
export default defineRule({
  meta: {
    id: 'require-audit-columns',
    category: 'patterns',
    description: "The application's tables must have created_at and updated_at (created_by / updated_by as an option).",
    recommended: 'info',
    strict: 'info',
    pattern: 'audit-columns',
    defaultOptions: { requireActor: false },
  },
  create(context) {
    const requireActor = Boolean(context.options.requireActor);
    return {
      table(table) {
        const { role } = tableRole(table, context.schema);
        if (NOT_AUDITED.has(role)) return;
        const missing: string[] = [];
        // Lemmy's `published` (ActivityPub's word) and OpenStreetMap's `timestamp` record when a
        // row was made when they are NOT NULL; a nullable published_at is a draft's publish time.
        const created = creationColumn(table, context.schema);
        // A creation column counts as a time whatever its type (Kanboard's epoch `date_creation`).
        const anyTime = Boolean(created) || table.columns.some((c) => isTimeColumn(c, context.schema));
        if (!anyTime && recordedElsewhere(table)) return;
        if (APPEND_ONLY_ROLES.has(role)) {
          // Logs and history are written once: any time column says when.
          if (!anyTime) missing.push('created_at');
        } else if (role === 'token') {
          // Credentials are written once and need no update time; when one was issued matters
          // (a security review asks), and a NOT NULL expiry implies it (issued = expiry - TTL).
          // A nullable `issued_at` (Plausible's email_verification_codes) still says when.
          if (!created && !table.columns.some((c) => (c.notNull || /^(issued|sent|generated)_/.test(c.name)) && isTimeColumn(c, context.schema))) missing.push('created_at');
        } else if (role === 'extension') {
          // A one-to-one extension is created with its owner row; it needs a time of its own only
          // when it records none at all, and not when its key references an owner that records
          // its creation (Spring Batch's step execution context, Marquez's stream_versions beside
          // dataset_versions.created_at): the owner's row dates it.
          const owner = table.foreignKeys.find((fk) => table.primaryKey && fk.columns.length === table.primaryKey.columns.length && fk.columns.every((c) => table.primaryKey!.columns.includes(c)));
          const ownerTable = owner && context.index.table({ schema: owner.references.schema ?? table.schema, name: owner.references.name });
          if (!anyTime && !(ownerTable && creationColumn(ownerTable, context.schema))) missing.push('created_at', 'updated_at');
        } else {
          if (!created) missing.push('created_at');
          // A table with a creation time and no update time was designed so; it needs one only when
          // its rows visibly change (a status, counters, a soft-delete mark). Versioned rows
          // (a version column beside the time) record each change's time in that column.
          const versioned = table.columns.some((c) => /^(version|revision)$/.test(c.name));
          if (!updateColumn(table, context.schema) && (!created || (showsMutableState(table) && !versioned))) missing.push('updated_at');
        }
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

/**
 * Rows whose time is another row's: facts about an event (keyed by event_id; Synapse's
 * event_relations, rejections), or parts of a versioned or logged record (OpenStreetMap's
 * way_tags, keyed by the way version they belong to).
 */
function recordedElsewhere(table: Table): boolean {
  const keys = new Set([...(table.primaryKey?.columns ?? []), ...(table.uniqueConstraints[0]?.columns ?? []), ...table.indexes.filter((ix) => ix.unique && !ix.where).flatMap((ix) => ix.elements.map((e) => e.column ?? ''))]);
  if (columnsNamed(table, 'event_id').length > 0 && keys.has('event_id')) return true;
  return table.foreignKeys.some((fk) => fk.columns.length >= 2 && fk.columns.every((c) => keys.has(c)));
}

function showsMutableState(table: Table): boolean {
  const keys = new Set(table.primaryKey?.columns ?? []);
  return Boolean(softDeleteColumn(table)) || table.columns.some((c) => !keys.has(c.name) && !c.generated && MUTABLE_STATE.test(c.name) && !CONTENT_MEASURE.test(c.name));
}
