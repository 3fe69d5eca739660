/**
 * What a table is for, judged from its name, its columns and its keys: the pattern rules ask
 * whether a table holds the application's own records (an entity) before they ask for soft
 * delete or audit columns, and skip the many tables real schemas keep for other jobs (logs,
 * queues, caches, positions, tokens, derived data, link and lookup tables, parts of a parent).
 * Each role comes with the reason a rule can quote. Names are matched by whole words of
 * snake_case (`_queue_items` matches, `queueing` does not); structural roles need no name.
 */
import type { Schema, Table } from '../model/types';
import { CREATED_COLUMNS, UPDATED_COLUMNS, historyBaseName, isInfrastructureTable, singular } from './heuristics';
import { typeFamily } from './type-families';
import { isWarehouseTable } from './warehouse-tables';
import { creationColumn, isTimeColumn } from './time-columns';
import { isConsumerPositions, isRetryState, isSyncMarker, isTypedValueStore, keyColumns, uniqueKey } from './runtime-tables';
import { isLookupTable, sameTable } from './lookup-tables';

export type TableRole =
  | 'entity'
  /** A 1:1 extension of another table: its key is a foreign key to that table. */
  | 'extension'
  | 'partition'
  | 'infrastructure'
  | 'utility'
  | 'history'
  | 'log'
  | 'event'
  | 'stream'
  | 'staging'
  | 'idempotency'
  | 'session'
  | 'cache'
  | 'lock'
  | 'queue'
  | 'position'
  | 'token'
  | 'derived'
  | 'document-store'
  | 'link'
  | 'parts'
  | 'lookup'
  | 'keyless';

export interface TableRoleVerdict {
  role: TableRole;
  /** Why, in a phrase a message can use: "a work queue", "a cache". */
  why: string;
}

/** Rows written once and never changed: they record when something happened. */
export const APPEND_ONLY_ROLES: ReadonlySet<TableRole> = new Set(['history', 'log', 'event', 'stream']);

/** Helper schemas of migration tools and DBAs (Lemmy's `utils`), not the application's data. */
const UTILITY_SCHEMAS = /^(utils?|utilities|helpers?|_[a-z0-9_]+)$/;

/** Name patterns per role, tried in this order; the first that matches wins. */
const BY_NAME: [TableRole, RegExp, string][] = [
  ['history', /(^|_)(history|histories|archives?)$|[a-z]history$|[a-z]historyarchive$/, 'a history table (rows record past states)'],
  ['log', /(^|_)(log|logs|logging|audits?|audit_log|audit_log_entries|log_entries|log_lines?|activity|activities|activity_log|changelog|trail|journal)$|(^|_)(mod|audit|change|access|error|event)logs?$|^versions$/, 'an append-only log'],
  ['event', /(^|_)(events?|event_store)$/, 'an event table'],
  ['stream', /(^|_)stream(_by_[a-z_]+)?$/, 'a change stream (rows ordered by a stream position)'],
  ['staging', /(^|_)(outbox|inbox|staging|incoming)($|_)|^inbound_/, 'a staging area (outbox, inbox or inbound queue)'],
  ['idempotency', /(^|_)idempotency(_keys?|_records?)?$/, 'an idempotency record'],
  ['session', /(^|_)sessions?($|_)/, 'session state'],
  ['cache', /(^|_)(caches?|cached)($|_)|^latest_/, 'a cache'],
  ['lock', /(^|_)(locks?|leases?|mutex(es)?|semaphores?|slots?|runtimes?|limits|quotas|throttles?)$/, 'a lock, lease, slot or rate-limit table'],
  ['queue', /(^|_)(queues?|queue_items?|queue_messages)($|_)|^pending_|_(pending|backlog|to_calculate|to_process|to_send)$/, 'a work queue'],
  ['position', /(^|_)(positions?|offsets?|cursors?|watermarks?|checkpoints?|last_success|sync_state|queue_state|stream_state)$/, 'replication or consumer positions'],
  ['derived', /(^|_)(stats?|statistics?|counts?|counters?|totals|summary|summaries|aggregates|aggregations|rollups?|search|directory|simplified|zooms|materialized|snapshots?|scores|combined)($|_)/, 'derived data (computed from other tables)'],
  ['token', /(^|_)(tokens?|nonces?|otps?|verifications?|password_resets?|reset_requests?|access_grants|magic_links?|login_codes?|one_time_keys(_json)?|(activation|verification|confirmation|recovery|backup|reset)_codes?)$/, 'short-lived credentials'],
];

/** `deleted_<things>`, `removed_<things>`, `<thing>_tombstone(s)`, `<thing>_deletions`. */
const DELETION_RECORD = /^(deleted|removed|purged|destroyed|erased)_[a-z0-9_]+$|(^|_)(tombstones?|deletions)$/;

/** Verdicts for the lint run under way (see `withRoleCache`). */
let cache: WeakMap<Table, TableRoleVerdict> | undefined;

export function withRoleCache<T>(body: () => T): T {
  const previous = cache;
  cache = new WeakMap();
  try {
    return body();
  } finally {
    cache = previous;
  }
}

export function tableRole(table: Table, schema?: Schema): TableRoleVerdict {
  const cached = cache?.get(table);
  if (cached) return cached;
  const verdict = judge(table, schema);
  cache?.set(table, verdict);
  return verdict;
}

function judge(table: Table, schema: Schema | undefined): TableRoleVerdict {
  if (table.partitionOf) return { role: 'partition', why: 'a partition (its parent is checked)' };
  if (isInfrastructureTable(table)) return { role: 'infrastructure', why: "a framework's or tool's own table" };
  if (UTILITY_SCHEMAS.test(table.schema)) return { role: 'utility', why: `a helper table in the ${table.schema} schema` };
  if (isWarehouseTable(table, schema)) return { role: 'derived', why: 'a data-warehouse fact or dimension (loaded from the sources)' };
  const name = table.name.toLowerCase();
  // A key and an encoded document whatever the name (Temporal's buffered_events is one).
  if (isDocumentStore(table)) return { role: 'document-store', why: 'a document store (a key and an encoded document)' };
  if (isTypedValueStore(table)) return { role: 'document-store', why: 'a key-value store (one value per key, in typed slots)' };
  if (historyBaseName(name) !== undefined) return { role: 'history', why: 'a history table (rows record past states)' };
  // Nothing but declared references, keyed by all of them (OpenMeter's
  // notification_event_delivery_status_events: a status and an event): a link whatever its name,
  // with no action, time or payload that an `_events` or `_log` name would have it record.
  if (isPureLink(table)) return { role: 'link', why: 'a link table (only its references, keyed by them)' };
  for (const [role, pattern, why] of BY_NAME) if (pattern.test(name)) return { role, why };
  // Rows ordered by a change-stream position (Synapse's stream_id): consumers sync by position.
  if (table.columns.some((c) => c.notNull && /^(stream_id|stream_ordering|event_stream_ordering)$/.test(c.name))) return { role: 'stream', why: 'rows ordered by a stream position' };
  // A record of deleted rows (iNaturalist's deleted_photos, Nakama's user_tombstone): it names
  // rows that are gone, for clean-up jobs and for clients to sync the deletion, so it must
  // outlive them; a key to the deleted row's table would forbid every row of it.
  if (DELETION_RECORD.test(name)) return { role: 'log', why: 'a record of deleted rows (tombstones)' };
  // A liveness record (a worker's or member's heartbeat) is transient state.
  if (table.columns.some((c) => /(^|_)heartbeat(_at|_time|_ts)?$/.test(c.name))) return { role: 'session', why: 'liveness state (heartbeats)' };
  // Layers imported by ogr2ogr or shp2pgsql (keyed by ogc_fid or gid) are reference geodata.
  if (table.primaryKey?.columns.length === 1 && /^(ogc_fid|gid)$/.test(table.primaryKey.columns[0]!)) return { role: 'derived', why: 'an imported geographic layer' };
  if (isVersionedHistory(table)) return { role: 'history', why: 'versioned rows (the key includes the version)' };
  if (recordsOnlyEventTimes(table)) return { role: 'log', why: 'a record of changes (its only times say when something happened)' };
  if (isActionLog(table, schema)) return { role: 'log', why: 'a record of actions (who did what to which, and when)' };
  if (!hasKey(table)) return { role: 'keyless', why: 'a table with no key (rows cannot be addressed one by one)' };
  if (isDeliveryLog(table)) return { role: 'log', why: 'a delivery log (payloads sent and the responses)' };
  if (isDispatchRecord(table)) return { role: 'log', why: 'a record of messages sent (recipients, what was sent, its status)' };
  if (isSeriesOfReadings(table)) return { role: 'log', why: 'a series of readings (one row per source and instant)' };
  if (isJoinTable(table)) return { role: 'link', why: 'a link table' };
  if (isPartsOfParent(table)) return { role: 'parts', why: 'rows that are parts of a parent row (keyed by it, deleted with it)' };
  if (isNumberedWithinParent(table)) return { role: 'parts', why: 'rows numbered within a parent row (an order line, a step condition)' };
  if (isOwnedSettings(table, schema)) return { role: 'parts', why: "an owner's names or name/value settings, deleted with it" };
  if (isLookupTable(table, schema)) return { role: 'lookup', why: 'reference data (a key and labels)' };
  const keys = keyColumns(table);
  if (table.columns.filter((c) => !keys.has(c.name)).length < 2) return { role: 'lookup', why: 'a key with at most one value (a set of values, not records)' };
  if (isExpiring(table)) return { role: 'token', why: 'rows that expire' };
  if (isSyncMarker(table, schema)) return { role: 'position', why: 'a record of when each source was last updated' };
  if (isRetryState(table)) return { role: 'position', why: 'retry and backoff state (last attempt, failures, next try)' };
  if (isConsumerPositions(table)) return { role: 'position', why: "a consumer's positions in the streams it reads" };
  if (isExtension(table, schema)) return { role: 'extension', why: 'a one-to-one extension of another table' };
  if (isKeyedByUrl(table)) return { role: 'cache', why: 'data about an outside resource, keyed by its URL' };
  return { role: 'entity', why: "the application's records" };
}

/** OpenStreetMap's nodes (node_id, version): every version is a row, written once. */
function isVersionedHistory(table: Table): boolean {
  const pk = table.primaryKey?.columns ?? [];
  return pk.length >= 2 && pk.some((c) => /^(version|revision|version_number)$/.test(c));
}

/** A primary key, unique constraint or non-partial unique index: rows can be addressed one by one. */
function hasKey(table: Table): boolean {
  return Boolean(table.primaryKey) || table.uniqueConstraints.length > 0 || table.indexes.some((ix) => ix.unique && !ix.where);
}

const PAYLOAD = /^(value|data|document|doc|payload|body|blob|content|object|state|json|metadata|input|message_payload|metadata_payload)$/;
const PAYLOAD_TYPES = new Set(['json', 'jsonb', 'bytea', 'xml']);
/**
 * Text columns that hold an encoded document by their name: schemas written for several databases
 * (Synapse also runs on SQLite) keep JSON in `text`. Free-text names (`content`, `body`, `value`)
 * are left out: in text they are usually prose.
 */
const TEXT_PAYLOAD = /^(data|json|payload|document|blob)$|_json$/;
/**
 * Columns that describe how the document is stored rather than what it says: its encoding, format
 * version, media type and compression (docs.rs's files: path, mime, content, compression).
 */
const ENVELOPE = /(_encoding|_version|^version|^revision|_type)$|^(encoding|data_encoding|db_record_version|mime|mimetype|compression)$/;

/**
 * A key-value or document store (Temporal's persistence, Kestra's repositories, Synapse's
 * receipts_graph): a key, an encoded document (json, jsonb, bytea or xml, or text named as one),
 * and otherwise at most two columns of the row's own besides those generated from it or
 * describing its encoding. The program that owns the documents keeps their metadata inside them.
 */
function isDocumentStore(table: Table): boolean {
  const payloads = table.columns.filter(
    (c) =>
      !c.type.schema &&
      c.type.arrayDims === 0 &&
      ((PAYLOAD_TYPES.has(c.type.name) && (PAYLOAD.test(c.name) || /_(data|payload|blob)$/.test(c.name))) || (c.type.name === 'text' && TEXT_PAYLOAD.test(c.name))),
  );
  if (payloads.length === 0) return false;
  const keys = keyColumns(table);
  const rest = table.columns.filter((c) => !keys.has(c.name) && !payloads.includes(c) && !c.generated && !ENVELOPE.test(c.name));
  return rest.length <= 2;
}

const QUALIFIER = /(^|_)(position|sort|sort_order|ordinal|rank|priority|weight|role|permission|kind|type|flag|exception)$|.name$/;

/**
 * A many-to-many link: a key made of references (foreign key or `<x>_id` columns), optionally with
 * one qualifier (a permission or role), or a table whose other columns are all references and
 * timestamps, at least two of them.
 */
function isPureLink(table: Table): boolean {
  const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  const key = keyColumns(table);
  return table.foreignKeys.length >= 2 && table.columns.length >= 2 && table.columns.every((c) => fkColumns.has(c.name) && key.has(c.name));
}

function isJoinTable(table: Table): boolean {
  const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  const isReference = (c: string) => fkColumns.has(c) || c.endsWith('_id');
  const key = table.primaryKey?.columns ?? table.uniqueConstraints[0]?.columns;
  if (key && key.length >= 2) {
    const nonReferences = key.filter((c) => !isReference(c));
    if (nonReferences.length === 0) return true;
    // guacamole_connection_permission (entity_id, connection_id, permission): a grant.
    if (nonReferences.length === 1 && key.length >= 3 && table.columns.length === key.length) return true;
  }
  const keys = new Set(table.primaryKey?.columns ?? []);
  const rest = table.columns.filter((c) => !keys.has(c.name) && !CREATED_COLUMNS.includes(c.name) && !UPDATED_COLUMNS.includes(c.name));
  const references = rest.filter((c) => isReference(c.name));
  // A link may carry one qualifier: a position, a flag, a role, a copied label (campaign_lists.list_name).
  const qualifiers = rest.filter((c) => !isReference(c.name));
  return references.length >= 2 && qualifiers.length <= 1 && qualifiers.every((c) => c.type.name === 'boolean' || QUALIFIER.test(c.name));
}

/**
 * Rows keyed by a parent they are deleted with (a connection's parameters, a user's attributes):
 * a composite key that contains an ON DELETE CASCADE foreign key, and at most two other columns.
 */
function isPartsOfParent(table: Table): boolean {
  const key = new Set(table.primaryKey?.columns ?? []);
  if (key.size < 2) return false;
  if (!table.foreignKeys.some((fk) => fk.onDelete === 'cascade' && fk.columns.every((c) => key.has(c)))) return false;
  return table.columns.filter((c) => !key.has(c.name)).length <= 2;
}

/**
 * An owner's list of names or name/value settings behind a surrogate id (Kanboard's
 * action_has_params: an action's name and value; project_has_notification_types; Concourse's
 * jobs_serial_groups): one ON DELETE CASCADE reference to the owner and one or two text labels
 * named as a name, value, key, type or group. The rows are written and removed with the owner,
 * whose own times answer when they changed. A free text (a comment's body) is not such a label,
 * and a table other tables reference is a record of its own (Kanboard's actions, which own
 * parameters; Guacamole's sharing profiles).
 */
const SETTING_LABEL = /^(name|value|key|tag|label)$|_(name|value|key|type|kind|group|tag|label|code)$/;

function isOwnedSettings(table: Table, schema: Schema | undefined): boolean {
  if (!schema) return false;
  const pk = table.primaryKey?.columns ?? [];
  if (pk.length !== 1 || table.foreignKeys.length !== 1) return false;
  const [owner] = table.foreignKeys;
  if (owner!.columns.length !== 1 || owner!.columns[0] === pk[0]) return false;
  const rest = table.columns.filter((c) => c.name !== pk[0] && c.name !== owner!.columns[0]);
  const textual = (c: Table['columns'][number]) => !c.type.schema && c.type.arrayDims === 0 && /^(text|character varying|varchar|character|char|citext)$/.test(c.type.name);
  if (rest.length < 1 || rest.length > 2 || !rest.every((c) => textual(c) && SETTING_LABEL.test(c.name))) return false;
  // A single NOT NULL label is a set of values of the owner (OpenStreetMap's gpx_file_tags: a
  // trace's tags, deleted by the application with the trace); a name/value pair needs the
  // cascade to show it is the owner's and not a record that merely points at it.
  // A nullable or self reference (a competitor's optional sponsor, a tree's parent) is no owner.
  const ownerColumn = table.columns.find((c) => c.name === owner!.columns[0]);
  if (owner!.onDelete !== 'cascade' && !(rest.length === 1 && rest[0]!.notNull && ownerColumn?.notNull && !sameTable(owner!.references, table))) return false;
  return !Object.values(schema.tables).some((other) => other !== table && other.foreignKeys.some((fk) => sameTable(fk.references, table)));
}

/**
 * A key that numbers rows within a parent: (salesorderid, salesorderdetailid), (step_id, id). The
 * parent's reference comes first and the row's own number last.
 */
function isNumberedWithinParent(table: Table): boolean {
  const pk = table.primaryKey?.columns ?? [];
  if (pk.length < 2) return false;
  const own = pk[pk.length - 1]!.toLowerCase();
  const compact = table.name.toLowerCase().replace(/_/g, '');
  const ownNumber = own === 'id' || own.replace(/_/g, '') === `${compact}id` || own.replace(/_/g, '') === `${singular(table.name.toLowerCase()).replace(/_/g, '')}id`;
  const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  return ownNumber && pk.slice(0, -1).every((c) => fkColumns.has(c) || /_?id$/i.test(c));
}

/**
 * Readings in a time series (a sensor's samples, a meter's readings): a unique key of exactly the
 * source's reference and the instant read, named as one (`UNIQUE (sensor_id, observed_at)`). A
 * point is written once; a quality code or status beside it qualifies the reading, it is not a
 * state that changes. A booking keyed by its room and `starts_at` is not read as one.
 */
const READ_AT = /^(observed|measured|recorded|sampled|captured|collected|reported|polled|read)_(at|on|time|ts)$|^(ts|time|timestamp|(reading|sample|measurement|observation)_(at|time|ts))$/;

function isSeriesOfReadings(table: Table): boolean {
  const fkColumns = new Set(table.foreignKeys.filter((fk) => fk.columns.length === 1).map((fk) => fk.columns[0]!));
  const keys = [table.primaryKey?.columns, ...table.uniqueConstraints.map((u) => u.columns), ...table.indexes.filter((ix) => ix.unique && !ix.where && ix.elements.every((e) => e.column)).map((ix) => ix.elements.map((e) => e.column!))];
  return keys.some((key) => {
    if (key?.length !== 2) return false;
    const columns = key.map((name) => table.columns.find((c) => c.name === name));
    const source = columns.find((c) => c && fkColumns.has(c.name));
    const instant = columns.find((c) => c && c !== source && c.notNull && /^timestamp/.test(c.type.name) && READ_AT.test(c.name));
    return Boolean(source?.notNull && instant);
  });
}

/**
 * Outbound deliveries (webhook calls, sent notifications): the payload sent, the response and the
 * attempts. They must keep naming their subject after it is gone, like any log.
 */
function isDeliveryLog(table: Table): boolean {
  const has = (pattern: RegExp) => table.columns.some((c) => pattern.test(c.name));
  return has(/^(payload|request|request_body|body)$/) && has(/^(response|response_body|http_status|response_code|status_code)$/) && has(/^(retries|attempts|attempt_count|retry_count|last_retried_at)$/);
}

/**
 * A record of a message sent (ThingsBoard's notification_request: its targets, the template as it
 * was sent, its status): it must keep naming what triggered it and whom it went to after those
 * rows are gone, as a webhook's delivery log does. Recipients, content and a status together.
 */
function isDispatchRecord(table: Table): boolean {
  const has = (pattern: RegExp) => table.columns.some((c) => pattern.test(c.name));
  return (
    has(/^(targets|recipients|recipient|recipient_ids?|target_ids|recipients_config)$/) &&
    has(/^(template|subject|body|message|content|rendered_body|rendered_content)$/) &&
    has(/^(status|state|delivery_status)$/)
  );
}

/**
 * The table's key is a foreign key to another table, or a single `<x>_id` naming a table of this
 * schema (Synapse's presence, keyed by user_id, declares no FK): it adds columns to that row.
 */
function isExtension(table: Table, schema: Schema | undefined): boolean {
  const pk = table.primaryKey?.columns ?? (table.primaryKey ? [] : uniqueKey(table));
  if (!pk || pk.length === 0) return false;
  if (table.foreignKeys.some((fk) => fk.columns.length === pk.length && fk.columns.every((c) => pk.includes(c)) && fk.references.name !== table.name)) return true;
  const stem = pk.length === 1 ? /^(.+)_id$/.exec(pk[0]!)?.[1] : undefined;
  if (!stem || !schema) return false;
  const names = new Set(Object.values(schema.tables).filter((t) => t !== table).map((t) => t.name));
  return [`${stem}s`, `${stem}es`, stem.endsWith('y') ? `${stem.slice(0, -1)}ies` : ''].some((n) => names.has(n));
}

/** Keyed by a URL (a remote image's link): what the table holds describes something outside. */
function isKeyedByUrl(table: Table): boolean {
  const pk = table.primaryKey?.columns ?? [];
  return pk.length === 1 && /^(url|uri|link|href)$/.test(pk[0]!);
}

/**
 * A record of changes: its only time columns say when something happened (`changed_at`,
 * `occurred_at`, `logged_at`), none when the row was created or changed.
 */
function recordsOnlyEventTimes(table: Table): boolean {
  const times = table.columns.filter((c) => /^(timestamp|date$)/.test(c.type.name));
  return times.length > 0 && times.every((c) => /^(changed|occurred|logged|happened|performed|executed)(_at|_on|_time)$/.test(c.name));
}

const ACTION = /^(action|action_type|action_name|operation|op|verb|change_type)$/;

/**
 * A record of actions (iNaturalist's atlas_alterations: atlas_id, user_id, place_id, action,
 * created_at): a text action verb, references to who acted and on what, and times, nothing
 * else, with no key but a surrogate one. Such a row states that something was done; it holds no
 * state of its own to edit, and must keep naming the user or the subject after they are gone. A
 * table that also keeps a reason, a flag or content (a moderation case) is more than that, and a
 * key over its references (a grant: role, resource, action) makes it a set of permissions.
 */
function isActionLog(table: Table, schema: Schema | undefined): boolean {
  const actions = table.columns.filter((c) => ACTION.test(c.name) && c.type.arrayDims === 0 && (schema ? typeFamily(c.type, schema) === 'string' : /^(text|character varying)$/.test(c.type.name)));
  if (actions.length !== 1 || !creationColumn(table, schema)) return false;
  const pk = table.primaryKey?.columns ?? [];
  if (pk.length !== 1 || table.uniqueConstraints.length > 0 || table.indexes.some((ix) => ix.unique && !ix.where)) return false;
  const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  const rest = table.columns.filter((c) => c.name !== pk[0] && c !== actions[0] && !isTimeColumn(c, schema));
  const references = rest.filter((c) => fkColumns.has(c.name) || /_id$/.test(c.name));
  return references.length >= 2 && references.length === rest.length;
}

/** Credentials that expire: an expiry column (`expires_at`, `valid_until`) beside a token, code or secret. */
function isExpiring(table: Table): boolean {
  return (
    table.columns.some((c) => /^(expires|expiry|expiration|expire_at|expires_at|expired_at|expires_ts|expiry_ts|expiry_time|valid_until|valid_until_ms|ts_valid_until_ms|expires_in)$/.test(c.name)) &&
    table.columns.some((c) => /(^|_)(token|code|secret|nonce|key_hash|digest|otp)$/.test(c.name))
  );
}
