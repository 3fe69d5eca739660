/**
 * event-store (schema level, catalogue tier 3): events as the immutable source of truth.
 * event_store ("position" identity key giving the global order, stream_id, stream_type, version,
 * event_type, payload, metadata, occurred_at), UNIQUE (stream_id, version) so two writers cannot
 * append the same version (and reading a stream in order is an index scan), an index on
 * (stream_type, position) for projections catching up on a kind of stream, and triggers that
 * reject UPDATE, DELETE and TRUNCATE. On an existing event table it adds the missing guards.
 */
import type { SchemaChange } from '../changes/types';
import { nameAddition } from '../model/auto-names';
import { emptyTable } from '../model/empty';
import type { QualifiedName, Schema, Table } from '../model/types';
import { btreeIndex, column, columnOf, constraintNames, findRoutine, findTable, fitName, freeName, refOf, relationNames, rowTrigger, sameRoutine, triggerFunction, TYPES, patternTableRef, startNewTable } from './build';
import { changes, decline, defineSchemaPattern } from './define';
import { canonical, mentionsColumn } from './sql-text';
import { appendAll } from '../lib/arrays';

export interface EventStoreParams {
  table: string;
  streamIdType: 'uuid' | 'text' | 'bigint';
}

const STREAM = ['stream_id', 'aggregate_id', 'stream_name', 'entity_id'];
const VERSION = ['version', 'stream_version', 'sequence', 'sequence_number', 'aggregate_version'];

const APPEND_ONLY_BODY = `
BEGIN
  RAISE EXCEPTION '%.% is append-only: % is not allowed', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation', HINT = 'Append a compensating event instead.';
END
`;

function guardChanges(schema: Schema, table: Table): SchemaChange[] {
  const ref = refOf(table);
  const out: SchemaChange[] = [];
  const fnRef = { schema: table.schema, name: fitName(table.name, 'append_only') };
  const routine = triggerFunction(fnRef, APPEND_ONLY_BODY);
  const found = findRoutine(schema, fnRef);
  if (!found) out.push({ kind: 'add-routine', routine });
  else if (!sameRoutine(found, routine)) out.push({ kind: 'replace-routine', routine });
  const names = new Set(table.triggers.map((t) => t.name));
  const calls = table.triggers.filter((t) => t.function.schema === fnRef.schema && t.function.name === fnRef.name);
  const add = (label: string, trigger: (name: string) => Table['triggers'][number]) => {
    let name = fitName(table.name, label);
    for (let i = 1; names.has(name); i++) name = fitName(table.name, `${label}${i}`);
    names.add(name);
    out.push({ kind: 'add-trigger', table: ref, trigger: trigger(name) });
  };
  if (!calls.some((t) => t.level === 'row')) add('append_only', (name) => rowTrigger(name, 'before', ['update', 'delete'], fnRef));
  if (!calls.some((t) => t.level === 'statement')) add('no_truncate', (name) => rowTrigger(name, 'before', ['truncate'], fnRef, { level: 'statement' }));
  return out;
}

export default defineSchemaPattern<EventStoreParams>({
  id: 'event-store',
  title: 'Event store',
  description:
    'Events as the immutable source of truth, with state as a projection of them: an event_store table ("position" identity giving the global order, stream_id, stream_type, version, event_type, payload jsonb, metadata jsonb, occurred_at). UNIQUE (stream_id, version) makes two concurrent writers of the same stream fail instead of both appending (optimistic concurrency) and serves reading a stream in order; an index on (stream_type, position) lets projections catch up on one kind of stream; triggers reject UPDATE, DELETE and TRUNCATE, so history cannot be rewritten. Replay the events up to a time to rebuild the state as it was then.',
  defaultParams: { table: 'event_store', streamIdType: 'uuid' },
  params: [
    { name: 'table', label: 'Table', kind: 'table', help: 'Name of the event table (schema.table or table, in public); an existing one gets the missing guards.' },
    { name: 'streamIdType', label: 'Stream id type', kind: 'choice', choices: ['uuid', 'text', 'bigint'], help: 'Type of stream_id: the key of the aggregate the stream belongs to.' },
  ],
  serves: ['require-append-only-event-store'],
  analyze(schema, target, params) {
    const ref: QualifiedName = patternTableRef(schema, target, params.table);
    const existing = findTable(schema, ref);
    const taken = relationNames(schema, ref.schema);
    const out: SchemaChange[] = [];
    if (!existing) {
      const start = startNewTable(schema, ref, taken);
      if ('reason' in start) return decline(start.reason);
      appendAll(out, start.changes);
      const { pkName } = start;
      const uniqueName = freeName(ref.name, 'stream_id_version', 'key', (n) => taken.has(n));
      taken.add(uniqueName);
      const table: Table = {
        ...emptyTable(ref.schema, ref.name),
        columns: [
          column('position', TYPES.bigint, { identity: true }),
          column('stream_id', params.streamIdType === 'uuid' ? TYPES.uuid : params.streamIdType === 'bigint' ? TYPES.bigint : TYPES.text, { notNull: true }),
          column('stream_type', TYPES.text, { notNull: true }),
          column('version', TYPES.integer, { notNull: true }),
          column('event_type', TYPES.text, { notNull: true }),
          column('payload', TYPES.jsonb, { notNull: true }),
          column('metadata', TYPES.jsonb, { notNull: true, default: "'{}'" }),
          column('occurred_at', TYPES.timestamptz, { notNull: true, default: 'now()' }),
        ],
        primaryKey: { name: pkName, columns: ['position'], include: [], deferrable: false, initiallyDeferred: false },
        uniqueConstraints: [{ name: uniqueName, columns: ['stream_id', 'version'], include: [], nullsNotDistinct: false, deferrable: false, initiallyDeferred: false }],
        checks: [{ name: freeName(ref.name, 'version', 'check', () => false), expression: canonical('version > 0'), notValid: false, noInherit: false, deferrable: false, initiallyDeferred: false }],
        indexes: [btreeIndex(freeName(ref.name, 'stream_type_position', 'idx', (n) => taken.has(n)), ['stream_type', 'position'])],
        comment: 'Event store: append-only; UNIQUE (stream_id, version) orders each stream, "position" all events.',
      };
      out.push({ kind: 'add-table', table });
      appendAll(out, guardChanges(schema, table));
      return changes(out);
    }
    const stream = STREAM.map((n) => columnOf(existing, n)).find(Boolean);
    const version = VERSION.map((n) => columnOf(existing, n)).find(Boolean);
    if (!stream || !version) return decline(`${existing.name} has no ${!stream ? 'stream column (stream_id, aggregate_id, ...)' : 'version column (version, sequence, ...)'}: it is not an event store this pattern can complete`);
    const pair = [stream.name, version.name];
    const unique = [...(existing.primaryKey ? [existing.primaryKey.columns] : []), ...existing.uniqueConstraints.map((u) => u.columns), ...existing.indexes.filter((ix) => ix.unique && !ix.where).map((ix) => ix.elements.map((e) => e.column ?? ''))]
      .some((cols) => cols.length === 2 && pair.every((c) => cols.includes(c)));
    if (!unique) {
      const constraints = constraintNames(existing);
      out.push({ kind: 'add-constraint', table: refOf(existing), constraint: { type: 'unique', name: freeName(existing.name, nameAddition(pair), 'key', (n) => taken.has(n) || constraints.has(n)), columns: pair, include: [], nullsNotDistinct: false, deferrable: false, initiallyDeferred: false } });
    }
    const guarded = existing.triggers.some((t) => {
      if (t.timing !== 'before' || !(t.events.includes('update') || t.events.includes('delete'))) return false;
      const routine = findRoutine(schema, t.function);
      return !routine || mentionsColumn(routine.body, 'raise') || /append|immutable|forbid|prevent|reject/i.test(t.function.name);
    });
    if (!guarded) appendAll(out, guardChanges(schema, existing));
    return changes(out);
  },
});
