/**
 * Tables a program keeps for its own bookkeeping, recognised by their columns whatever their
 * names: typed key-value slots, sync markers, retry state, stream positions. Their rows are
 * rewritten by the program as it runs; when a row was created or edited is not a question anyone
 * asks of them. Split from table-roles.ts, which asks these before it calls a table a record.
 */
import type { Schema, Table } from '../model/types';
import { isTimeColumn, updateColumn } from './time-columns';

/** The primary key's columns, or the first unique constraint's. */
export function keyColumns(table: Table): Set<string> {
  return new Set(table.primaryKey?.columns ?? table.uniqueConstraints[0]?.columns ?? []);
}

/** The columns of the first non-partial unique index over plain columns (Synapse keys tables so). */
export function uniqueKey(table: Table): string[] | undefined {
  if (table.uniqueConstraints[0]) return table.uniqueConstraints[0].columns;
  const ix = table.indexes.find((i) => i.unique && !i.where && i.elements.every((e) => e.column !== undefined));
  return ix?.elements.map((e) => e.column!);
}

/**
 * One slot per value type (`value_str`, `value_int`; ThingsBoard's `str_v`, `long_v`, `dbl_v`;
 * NBXplorer's `data_bytes`, `data_json`): a
 * program's store of typed values, each row holding one value in the slot of its type.
 */
const TYPED_SLOT = /^(value|val|data)_(str|string|text|int|integer|long|bigint|bool|boolean|num|number|numeric|double|dbl|float|decimal|json|jsonb|date|time|timestamp|bytes|binary|uuid)$|^(str|string|text|int|long|bool|boolean|num|dbl|double|float|json|jsonb|bytes|uuid)_(v|val|value)$/;
/** Key columns that name the value: `key`, `name`, `attribute_key`, `field_name`. */
const VALUE_NAME = /^(key|name)$|_(key|name)$/;

/**
 * A key-value store whose values are kept in typed slots (Hatchet's v1_task_expression_eval:
 * task, kind, key -> value_str or value_int; ThingsBoard's attribute_kv: entity, key -> bool_v,
 * str_v, long_v, dbl_v, json_v): a key that includes the value's name, two or more typed slots
 * and nothing else but a time. Only programs write such rows, each value as the type it has,
 * rewriting it when it changes; people edit records, not slots of a value.
 */
export function isTypedValueStore(table: Table): boolean {
  const key = table.primaryKey?.columns ?? uniqueKey(table) ?? [];
  if (key.length < 2 || !key.some((c) => VALUE_NAME.test(c.toLowerCase()))) return false;
  const rest = table.columns.filter((c) => !key.includes(c.name));
  const slots = rest.filter((c) => TYPED_SLOT.test(c.name.toLowerCase()));
  return slots.length >= 2 && rest.length - slots.length <= 1 && rest.every((c) => slots.includes(c) || isTimeColumn(c));
}

/**
 * A name and when it was last updated, nothing else (Harbor's clair_vuln_timestamp: a vulnerability
 * feed's namespace and its last_update): a sync job's marker of how far each source is done. The
 * time is the row's whole content, rewritten on each sync; when the row was first written says
 * nothing. A row with anything more (a setting, a flag) is a record of its own.
 */
export function isSyncMarker(table: Table, schema: Schema | undefined): boolean {
  const keys = keyColumns(table);
  const rest = table.columns.filter((c) => !keys.has(c.name));
  const updated = updateColumn(table, schema);
  if (keys.size !== 1 || rest.length !== 2 || !updated || !rest.includes(updated)) return false;
  const label = rest.find((c) => c !== updated)!;
  return label.notNull && !label.type.schema && /^(text|character varying|varchar|citext)$/.test(label.type.name);
}

/**
 * Retry and backoff state per destination (Synapse's destinations: retry_last_ts, retry_interval,
 * failure_ts, last_successful_stream_ordering): every column besides the key is a delivery
 * engine's bookkeeping of its attempts, rewritten on each one; nobody edits or audits such a row.
 */
const RETRY_STATE = /^(retry|retries|failure|failures|failed|failing|backoff|last|next)(_|$)/;

export function isRetryState(table: Table): boolean {
  const keys = keyColumns(table);
  const rest = table.columns.filter((c) => !keys.has(c.name));
  return rest.length >= 2 && rest.some((c) => /^(retry|retries|backoff)(_|$)/.test(c.name.toLowerCase())) && rest.every((c) => RETRY_STATE.test(c.name.toLowerCase()));
}

/**
 * A consumer's positions (Synapse's application_services_state: a state and one stream id per
 * stream it is sent): two or more columns named as stream positions and at most one other. The
 * sender advances them as it goes; nobody edits or audits a row of offsets.
 */
const STREAM_POSITION = /_(stream_id|stream_ordering|stream_position|offset|position_id)$/;

export function isConsumerPositions(table: Table): boolean {
  const keys = keyColumns(table);
  const rest = table.columns.filter((c) => !keys.has(c.name));
  const positions = rest.filter((c) => STREAM_POSITION.test(c.name.toLowerCase()));
  return positions.length >= 2 && rest.length - positions.length <= 1;
}
