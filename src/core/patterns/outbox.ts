/**
 * outbox (schema level): the table events are written to in the same transaction as the data, for
 * a relay to publish at least once: id, aggregate_type, aggregate_id, event_type, payload jsonb,
 * headers jsonb, created_at, published_at, attempts, and a partial index on the unpublished rows
 * the relay polls. On an existing outbox table it adds what the relay needs (published_at, the
 * partial index).
 */
import type { SchemaChange } from '../changes/types';
import { emptyTable } from '../model/empty';
import type { QualifiedName, Schema, Table } from '../model/types';
import { btreeIndex, column, columnOf, findTable, freeName, patternTableRef, q, refOf, relationNames, startNewTable, TYPES } from './build';
import { type Analysis, changes, decline, defineSchemaPattern } from './define';
import { canonical } from './sql-text';

export interface OutboxParams {
  table: string;
}

const PUBLISHED = ['published_at', 'processed_at', 'sent_at', 'dispatched_at', 'published', 'processed'];

function unpublishedIndexed(table: Table, published: string): boolean {
  const unpublished = new RegExp(`(^|[^a-z0-9_])${published}\\s+IS\\s+NULL|NOT\\s+\\(?${published}(?![a-z0-9_])`, 'i');
  return table.indexes.some((ix) => (ix.where !== undefined && unpublished.test(ix.where)) || (!ix.where && ix.elements[0]?.column === published));
}

/** The changes that make `ref` an outbox (shared with outbox-publisher, which turns it on). */
export function outboxChanges(schema: Schema, ref: QualifiedName): Analysis {
  const existing = findTable(schema, ref);
  const taken = relationNames(schema, ref.schema);
  if (!existing) {
    const start = startNewTable(schema, ref, taken);
    if ('reason' in start) return decline(start.reason);
    const out: SchemaChange[] = [...start.changes];
    const { pkName } = start;
    const table: Table = {
      ...emptyTable(ref.schema, ref.name),
      columns: [
        column('id', TYPES.bigint, { identity: true }),
        column('aggregate_type', TYPES.text, { notNull: true }),
        column('aggregate_id', TYPES.text, { notNull: true }),
        column('event_type', TYPES.text, { notNull: true }),
        column('payload', TYPES.jsonb, { notNull: true }),
        column('headers', TYPES.jsonb, { notNull: true, default: "'{}'" }),
        column('created_at', TYPES.timestamptz, { notNull: true, default: 'now()' }),
        column('published_at', TYPES.timestamptz),
        column('attempts', TYPES.integer, { notNull: true, default: '0' }),
      ],
      primaryKey: { name: pkName, columns: ['id'], include: [], deferrable: false, initiallyDeferred: false },
      indexes: [btreeIndex(freeName(ref.name, 'unpublished', 'idx', (n) => taken.has(n)), ['id'], { where: canonical('published_at IS NULL') })],
      comment: 'Transactional outbox: rows written with the data they describe, published by a relay (at least once), published_at set when done.',
    };
    out.push({ kind: 'add-table', table });
    return changes(out);
  }
  const out: SchemaChange[] = [];
  const tableRef = refOf(existing);
  let published = PUBLISHED.map((n) => columnOf(existing, n)).find(Boolean);
  if (!published) {
    published = column('published_at', TYPES.timestamptz);
    out.push({ kind: 'add-column', table: tableRef, column: published });
  }
  if (!unpublishedIndexed(existing, published.name)) {
    const key = existing.primaryKey?.columns ?? [existing.columns[0]!.name];
    const name = freeName(existing.name, 'unpublished', 'idx', (n) => taken.has(n));
    out.push({
      kind: 'add-index',
      table: tableRef,
      index: published.type.name === 'boolean' ? btreeIndex(name, [published.name, ...key]) : btreeIndex(name, key, { where: canonical(`${q(published.name)} IS NULL`) }),
    });
  }
  return changes(out);
}

export default defineSchemaPattern<OutboxParams>({
  id: 'outbox',
  title: 'Outbox',
  description:
    'A transactional outbox: an outbox table (id, aggregate_type, aggregate_id, event_type, payload jsonb, headers jsonb, created_at, published_at, attempts) that the application writes in the same transaction as the data it changes, and that a relay reads to publish each event to the message broker at least once, without distributed transactions. A partial index on the unpublished rows keeps the relay\'s polling cheap however large the table grows. Turn on outbox-publisher for a table to have a trigger write its changes here.',
  defaultParams: { table: 'outbox' },
  params: [{ name: 'table', label: 'Table', kind: 'table', help: 'Name of the outbox table (schema.table or table, in public).' }],
  serves: ['require-outbox-unpublished-index'],
  analyze(schema, target, params) {
    return outboxChanges(schema, patternTableRef(schema, target, params.table));
  },
});
